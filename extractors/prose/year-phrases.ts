import { fiveYearPeriod, type PlanPeriod } from './plan-profile.ts';

/**
 * The phrases that say when a sentence's figures hold:
 * - `deadline`: 到2027年, 至2035年, 2025年前, 到二〇三五年, “十四五”末, 规划期末, 到本世纪中叶 — the year a target is set for;
 * - `point`: 2024年, 于2027年 — a year, past or future by context;
 * - `as-of`: 截至2024年 — the state at a past date;
 * - `since`: 2021年以来, “十四五”以来, 近5年, 五年来 — a past period up to now;
 * - `period`: “十四五”期间, “十三五”时期 — a plan period, past or the plan's own.
 */
export type YearPhraseKind = 'deadline' | 'point' | 'as-of' | 'since' | 'period';

/** A year phrase found in a compact text. */
export interface YearPhrase {
  kind: YearPhraseKind;
  /** The year it names (the end of a period), null when it names none (近5年). */
  year: number | null;
  /** The period label for `since` and `period` phrases: 十四五, 2021年以来, 近5年. */
  period: string | null;
  /** Whether a `period` phrase names the plan's own period (“十四五”期间 in a 十四五 plan). */
  ownPeriod: boolean;
  start: number;
  end: number;
}

const CALENDAR = /(截至|截止到|截止|到|至|于|在)?((?:19|20)\d{2})(?:\s*[—–\-~～至]\s*((?:19|20)\d{2}))?(年?)(年底前|年末前|底前|末前|年底|年末|年度|底|末|前|以来|以后|之前)?/gu;
/** 比2020年, 较2020年, 在2020年的基础上: a baseline to compare with, not when a figure holds. */
const BASELINE_BEFORE = /[比较由从]$/u;
const BASELINE_AFTER = /^(?:的)?(?:基础上|水平|基数)/u;
/** `在2020年96.8%的基础上`: a baseline clause, its figure between the year and 基础上. */
const BASELINE_CLAUSE = /^[^，,。；;：:]{0,16}基础上/u;
const FIVE_YEAR = /(“?)(十?[一二三四五六七八九])五(”?)(规划)?(期末|末|期间|时期|以来|初|中期)?/gu;
/** Years in Chinese digits: 到二〇三五年. */
const CHINESE_YEAR = /(到|至)?([〇零一二三四五六七八九]{4})年/gu;
const CHINESE_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const RECENT = /近(\d{1,2}|[一二三四五六七八九十]{1,2})年|(\d{1,2}|[一二三四五六七八九十]{1,3})[多余]?年来|近年来/gu;
const PLAN_END = /规划期末|本规划期末|规划期内/gu;
const MID_CENTURY = /本世纪中叶/gu;

/**
 * Every year phrase in `text`, in order of position.
 *
 * @example findYearPhrases('到2027年，…', null)[0] // {kind: 'deadline', year: 2027, …}
 */
export function findYearPhrases(text: string, plan: PlanPeriod | null): YearPhrase[] {
  const found: YearPhrase[] = [];
  const add = (kind: YearPhraseKind, year: number | null, period: string | null, start: number, end: number, ownPeriod = false) =>
    found.push({ kind, year, period, ownPeriod, start, end });
  for (const match of text.matchAll(CALENDAR)) {
    const [whole, prefix = '', first = '', second, yearMark = '', suffix = ''] = match;
    const start = match.index;
    if (/\d/.test(text[start - 1] ?? '') || (yearMark === '' && /\d/.test(text[start + whole.length] ?? ''))) continue;
    // A bare number is a year only after 到/至 with nothing counted after it (`到 2025，实现…`).
    if (yearMark === '' && second === undefined && !(['到', '至'].includes(prefix) && suffix === '' && !/[\u4e00-\u9fff%]/u.test(text[start + whole.length] ?? ''))) continue;
    const year = Number(second ?? first);
    const end = start + whole.length;
    const baseline = (prefix === '' && BASELINE_BEFORE.test(text.slice(Math.max(0, start - 1), start))) || BASELINE_AFTER.test(text.slice(end, end + 5))
      || (prefix === '在' && BASELINE_CLAUSE.test(text.slice(end, end + 20)));
    if (baseline) continue;
    if (second !== undefined) add('period', year, `${first}—${second}`, start, end, plan?.end === year);
    else if (suffix === '以来') add('since', null, `${first}年以来`, start, end);
    else if (prefix.startsWith('截')) add('as-of', year, null, start, end);
    else if (prefix === '到' || prefix === '至' || suffix.endsWith('前')) add('deadline', year, null, start, end);
    else add('point', year, null, start, end);
  }
  for (const match of text.matchAll(FIVE_YEAR)) {
    const [whole, open = '', ordinal = '', close = '', planWord = '', suffix = ''] = match;
    // 十四五 is a period only when quoted or followed by 规划/期间/末 …, not inside 二〇三五.
    if (!(open || close || planWord || suffix)) continue;
    const years = fiveYearPeriod(ordinal);
    if (!years) continue;
    const label = `${ordinal}五`;
    const start = match.index;
    const end = start + whole.length;
    if (suffix === '末' || suffix === '期末') add('deadline', years.end, label, start, end);
    else if (suffix === '以来') add('since', null, label, start, end);
    else add('period', years.end, label, start, end, plan?.label === label);
  }
  for (const match of text.matchAll(CHINESE_YEAR)) {
    const year = Number([...(match[2] ?? '')].map((digit) => CHINESE_DIGIT[digit] ?? '').join(''));
    if (year >= 1900 && year <= 2100) add(match[1] ? 'deadline' : 'point', year, null, match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(RECENT)) add('since', null, match[0], match.index, match.index + match[0].length);
  if (plan) for (const match of text.matchAll(PLAN_END)) add('deadline', plan.end, plan.label, match.index, match.index + match[0].length);
  for (const match of text.matchAll(MID_CENTURY)) add('deadline', 2050, null, match.index, match.index + match[0].length);
  return found.toSorted((a, b) => a.start - b.start);
}
