import { compact } from './header-words.ts';

/** A past figure or a planned one. */
export type ValueKind = 'baseline' | 'target';

/** The years a plan covers: 十四五 is 2021–2025. */
export interface PlanPeriod {
  start: number;
  end: number;
}

const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;
const NUMERALS = '一二三四五六七八九';
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})/;

/**
 * The period a caption or title names: a five-year plan (`“十五五”` is 2026–2030; the third
 * plan began in 1966 and each since has run five years) or a range `2021—2025年`. Null when the
 * text names neither.
 *
 * @example planPeriod('“十四五”规划教育发展主要目标') // {start: 2021, end: 2025}
 */
export function planPeriod(text: string): PlanPeriod | null {
  const plan = FIVE_YEAR_PLAN.exec(text);
  if (plan) {
    const start = 1966 + (10 + NUMERALS.indexOf(plan[1] ?? '') + 1 - 3) * 5;
    return { start, end: start + 4 };
  }
  const range = YEAR_RANGE.exec(text);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  return null;
}

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
