import type { DocumentContext } from '../../pipeline/context.ts';
import { parseChineseNumeral } from '../quantity.ts';

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

const REVIEW_TITLE = /(?:综述|总结|工作报告|成就|巡礼|回顾)$/u;
const PLAN_TITLE = /(?:规划|纲要|方案|计划|意见|要点|行动|工程)$/u;

/**
 * The kind and period of a document, read from its title (and the headline above it).
 *
 * @example planProfile(context) // {kind: 'plan', period: {label: '十五五', start: 2026, end: 2030}}
 */
export function planProfile(context: DocumentContext): PlanProfile {
  const titles = [context.document.title?.text, context.document.headline?.text].filter((t): t is string => Boolean(t));
  let kind: PlanProfile['kind'] = null;
  let period: PlanPeriod | null = null;
  for (const raw of titles) {
    const full = raw.replace(/\s+/g, '');
    // `……规划（2021—2025年）`, `……方案（意见征求稿）`: the kind is before the bracket.
    const title = full.replace(/[（(][^（()）]{0,20}[)）]$/u, '');
    kind ??= REVIEW_TITLE.test(title) ? 'review' : PLAN_TITLE.test(title) ? 'plan' : null;
    period ??= periodInTitle(full);
  }
  return { kind, period };
}

function periodInTitle(title: string): PlanPeriod | null {
  const fiveYear = /“?(十?[一二三四五六七八九])五”?/u.exec(title) ?? /第(十?[一二三四五六七八九])个五年/u.exec(title);
  if (fiveYear?.[1]) {
    const years = fiveYearPeriod(fiveYear[1]);
    if (years) return { label: `${fiveYear[1]}五`, ...years };
  }
  const range = /((?:19|20)\d{2})\s*[—–\-~～至]\s*((?:19|20)\d{2})/u.exec(title);
  if (range?.[1] && range[2]) return { label: `${range[1]}—${range[2]}`, start: Number(range[1]), end: Number(range[2]) };
  const horizon = /(?:19|20)\d{2}/u.exec(title);
  return horizon ? { label: horizon[0], start: null, end: Number(horizon[0]) } : null;
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
