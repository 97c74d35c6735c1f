import type { DocumentContext } from '../../pipeline/context.ts';
import { parseChineseNumeral } from '../quantity.ts';
import { kindOf } from '../meta/kind.ts';
import { periodOf } from '../meta/period.ts';

/** A five-year plan period such as 十四五 (2021—2025), or a horizon year such as 2035. */
export interface PlanPeriod {
  label: string;
  start: number | null;
  end: number;
}

/** What a document is, as far as reading its figures goes. */
export interface PlanProfile {
  /**
   * `plan` sets out what is to be done (规划, 纲要, 方案 …): its figures are targets unless marked
   * as past; `review` reports what was done (综述, 总结 …): its figures are results unless a
   * deadline governs them.
   */
  kind: 'plan' | 'review' | null;
  period: PlanPeriod | null;
}

/** Kinds (as the metadata reads them) that report the past. */
const REVIEW_KINDS = new Set(['综述', '报告']);
/** Titles of accounts of the past that the metadata gives no kind: ……工作总结, ……成就巡礼. */
const REVIEW_TITLE = /(?:总结|回顾|巡礼)$/u;

/**
 * The kind and period of a document, read from its title (and the headline above it) the way
 * the metadata reads them.
 *
 * @example planProfile(context) // {kind: 'plan', period: {label: '十五五', start: 2026, end: 2030}}
 */
export function planProfile(context: DocumentContext): PlanProfile {
  const titles = [context.document.title?.text, context.document.headline?.text].filter((t): t is string => Boolean(t));
  let kind: PlanProfile['kind'] = null;
  let period: PlanPeriod | null = null;
  for (const title of titles) {
    const found = kindOf(title);
    kind ??= (found && REVIEW_KINDS.has(found)) || REVIEW_TITLE.test(title.trim()) ? 'review' : found ? 'plan' : null;
    const label = periodOf(title);
    period ??= label === null ? null : periodYears(label);
  }
  return { kind, period };
}

/** The years of a period label as the metadata writes it: 十四五, 2021—2025, 2035. */
function periodYears(label: string): PlanPeriod | null {
  const fiveYear = /^(十?[一二三四五六七八九])五$/u.exec(label);
  if (fiveYear?.[1]) {
    const years = fiveYearPeriod(fiveYear[1]);
    return years ? { label, ...years } : null;
  }
  const range = /^(\d{4})—(\d{4})$/u.exec(label);
  if (range) return { label, start: Number(range[1]), end: Number(range[2]) };
  return /^\d{4}$/u.test(label) ? { label, start: null, end: Number(label) } : null;
}

/**
 * The years of a five-year plan from its ordinal (`十四` for 十四五). Since the sixth (1981—1985)
 * the periods follow one another every five years.
 *
 * @example fiveYearPeriod('十四') // {start: 2021, end: 2025}
 */
export function fiveYearPeriod(ordinal: string): { start: number; end: number } | null {
  const n = parseChineseNumeral(ordinal);
  if (n === null || n < 6) return null;
  const start = 1981 + 5 * (n - 6);
  return { start, end: start + 4 };
}
