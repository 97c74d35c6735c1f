import { parseChineseNumeral } from '../quantity.ts';

/** A date line as a plan prints it: the ISO date and the text standing before the date. */
export interface DateLine {
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is left blank (`2022年10月 日印发`). */
  date: string;
  /** What stands on the line before the date, trimmed (an issuer in a one-line sign-off), or ''. */
  before: string;
  /** Whether 印发, 成文, 发布 or 签发 follows the date: the line says what happened that day. */
  marked: boolean;
}

/**
 * Sign-off dates are short lines; longer lines are prose that mentions a date, and capping the
 * length keeps the line pattern below cheap on the 50 MB single-line files seen in the wild.
 */
const MAX_DATE_LINE = 120;

// Year: four Arabic digits or four Chinese digits (二〇二一; typists also write zero as ○, 零
// or the letter O). Month and
// day: Arabic or Chinese (九, 三十). A blank day (`10月 日`, `10月印发`) gives month precision.
// Spaced-out dates (`2021 年 9 月 30 日`) are read too. Optional brackets around the date (`(2025年9月11日)` under an article title) and an optional
// 印发/成文/发布/签发 after it, inside the brackets or outside. Every part is bounded, so the
// pattern cannot backtrack badly.
const DATE_AT_END =
  /[（(]?(\d{4}|[〇○零Oo一二三四五六七八九]{4}) {0,2}年 {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}月 {0,4}(?:(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2})?日? {0,2}(印发|成文|发布|签发)? ?[）)]? ?(印发|成文|发布|签发)?$/u;

/**
 * Reads a line that ends with a date and holds nothing after it but 印发/成文: `2021年9月30日`,
 * `二〇二一年九月三十日`, `2022年10月 日印发`, `(2025年9月11日)`, `X县人民政府办公室 2021年9月30日印发`.
 * Returns null for any other line, and for impossible dates (month 13, day 32).
 *
 * @example parseDateLine('2022年10月 日印发') // {date: '2022-10', before: '', marked: true}
 */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text.length > MAX_DATE_LINE) return null;
  const match = DATE_AT_END.exec(text);
  if (!match) return null;
  const [whole, yearText = '', monthText = '', dayText, markInside, markOutside] = match;
  const year = readYear(yearText);
  const month = readSmallNumber(monthText);
  if (year === null || month === null || month < 1 || month > 12) return null;
  const before = text.slice(0, text.length - whole.length).trim();
  const marked = markInside !== undefined || markOutside !== undefined;
  if (dayText === undefined) {
    // No day: only a blank left for it (`10月 日`) or a bare month (`10月印发`) gives a month.
    return { date: `${year}-${pad(month)}`, before, marked };
  }
  const day = readSmallNumber(dayText);
  if (day === null || day < 1 || day > 31) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, before, marked };
}

/** A year written digit by digit: `2021` or `二〇二一`. */
function readYear(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  let year = 0;
  for (const char of text) {
    const digit = '○Oo'.includes(char) ? 0 : parseChineseNumeral(char);
    if (digit === null || digit > 9) return null;
    year = year * 10 + digit;
  }
  return year;
}

/** A month or day: `9`, `09`, `九`, `三十`. */
function readSmallNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
