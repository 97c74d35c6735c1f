import { compact } from './header-words.ts';
import type { PlanPeriod } from './plan-period.ts';

/** A past figure or a planned one. */
export type ValueKind = 'baseline' | 'target';

/** Words of a column header that make its figures planned ones. */
const TARGET_HEADER = /目标|预期|规划|预计/;
/** Words of a column header that make its figures past ones. */
const BASELINE_HEADER = /现状|基期|基数|基准|完成|实际|现值/;
/** Words of a caption that make the whole table a record of results (完成情况 of a past plan). */
const BASELINE_CAPTION = /完成情况|完成值|实现情况|执行情况|落实情况|回顾/;

/** What the kind of a table's values is decided from. */
export interface KindEvidence {
  /** The caption, '' when none. */
  caption: string;
  /** The period of the caption, else of the document's title. */
  period: PlanPeriod | null;
  /** The distinct years of the table's columns, ascending. */
  years: number[];
}

/**
 * Whether a column's values are past figures or planned ones, from (in this order) its own
 * header words (`2025年目标`, `现状值`), a caption that calls the table a record of results
 * (`发展指标完成情况`), the year against the plan period (a year before the period is its base
 * year, a year in it a target), and last, in a table whose caption speaks of 目标/预期/指标,
 * its earliest year as the base year and the later ones as targets. Null when nothing says.
 *
 * @example valueKind('2025年', 2025, {caption: '“十五五”主要预期指标', period: {start: 2026, end: 2030}, years: [2025, 2030]}) // 'baseline'
 */
export function valueKind(header: string, year: number | null, evidence: KindEvidence): ValueKind | null {
  const words = compact(header);
  if (BASELINE_HEADER.test(words)) return 'baseline';
  if (TARGET_HEADER.test(words)) return 'target';
  if (BASELINE_CAPTION.test(evidence.caption)) return 'baseline';
  if (year === null) return null;
  if (evidence.period) return year < evidence.period.start ? 'baseline' : 'target';
  if (evidence.years.length >= 2 && /目标|预期|指标|规划/.test(evidence.caption)) {
    return year === evidence.years[0] ? 'baseline' : 'target';
  }
  return null;
}

/**
 * The kind of a table from the kinds of its values: all one kind, `mixed`, or null when no
 * value has a kind.
 *
 * @example tableKind(['baseline', 'target']) // 'mixed'
 */
export function tableKind(kinds: Array<ValueKind | null>): ValueKind | 'mixed' | null {
  const known = new Set(kinds.filter((kind): kind is ValueKind => kind !== null));
  if (known.size === 0) return null;
  return known.size === 1 ? ([...known][0] ?? null) : 'mixed';
}
