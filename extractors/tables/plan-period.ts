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
