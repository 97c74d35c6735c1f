import type { Comparator } from '../dataset/schema.ts';

/**
 * Reading the quantities plans write: `99.95%以上`, `>96%`, `≥95%`, `不低于85%`, `10.5年`,
 * `1.2万人`, `三成`, `百分之九十五`, `两个`. Shared by the table reader (one cell at a time) and
 * the prose extractors (one clause at a time), so both read a number the same way.
 */

/** A number read from text, with what qualifies it. */
export interface Quantity {
  value: number;
  /** `>=` for ≥, 以上, 不低于 …; `<=` for ≤, 以下, 不超过 …; null when the text says neither. */
  comparator: Comparator | null;
  /** 左右, 约, 大约, 近: the value is approximate. */
  approx: boolean;
  /** The unit after the number (`%`, `年`, `万人`, `所` …), null when there is none. */
  unit: string | null;
  /** Offsets of the whole expression (comparator words included) within the text read. */
  start: number;
  end: number;
  /** Offsets of the number itself within the text read. */
  numberStart: number;
  numberEnd: number;
}

/** Words before a number that bound it, longest first so that 不低于 wins over 低于. */
const LEADING_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['≥', '>='], ['>=', '>='], ['＞＝', '>='],
  ['不高于', '<='], ['不超过', '<='], ['不多于', '<='], ['不大于', '<='], ['最多', '<='], ['≤', '<='], ['<=', '<='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['超', '>'], ['逾', '>'], ['>', '>'], ['＞', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['<', '<'], ['＜', '<'],
];

/** Words after a number (and its unit) that bound it. */
const TRAILING_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['以上', '>='], ['及以上', '>='], ['以下', '<='], ['及以下', '<='], ['以内', '<='],
];

const APPROX_BEFORE = ['大约', '约', '近'];
const APPROX_AFTER = ['左右'];

/**
 * Units plans count in, longest first. A magnitude (万, 亿) stays part of the unit, as the
 * gold and researchers keep it: `11万个` is 11 with unit `万个`, not 110000. The reader takes
 * any magnitude before any unit (see MAGNITUDES); the usual compounds are listed too, for the
 * table reader's unit suffixes (`在校生（万人）`).
 */
export const UNITS: readonly string[] = [
  '万人次', '万平方米', '个百分点', '万册', '万元', '亿元', '万人', '万个', '万所', '万名', '平方米', '人次', '百分点', '课时', '学时', '小时', '分钟', '公里',
  '%', '‰', '年', '人', '所', '个', '名', '元', '家', '项', '门', '节', '套', '间', '台', '册', '座', '支', '次', '批', '类', '班',
  '天', '岁', '条', '场', '对', '堂', '亩', '张', '处', '本', '篇', '部', '期', '届', '枚', '位', '倍', '成', '万', '亿',
];

/** Units of time among UNITS: a figure in them is a span or a duration, never a count of things. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['年', '天', '小时', '分钟', '岁', '课时', '学时']);

/** Magnitudes written between a number and its unit (`1.2万人`, `138.6亿元`), longest first. */
const MAGNITUDES = ['千万', '百万', '万', '亿'];

/** `:1` after a number, with no further digit: the number is the first term of a ratio to one. */
const RATIO_TO_ONE = /^[:：]1(?![\d.．])/u;

/** `2300余个`, `40多家`: more than the number. */
const MORE_THAN = ['余', '多'];

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a Chinese numeral below 万: `三` 3, `十五` 15, `二十一` 21, `一百零五` 105, `两` 2.
 * Returns null for anything else.
 *
 * @example parseChineseNumeral('二十九') // 29
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || !/^[零〇一二两三四五六七八九十百千]+$/u.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    const unit = CHINESE_UNITS[char];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      digit = CHINESE_DIGITS[char] ?? 0;
    }
  }
  return total + (digit ?? 0);
}

/** A full-width `．` between digits is a decimal point (normalization folds digits, not punctuation). */
const ARABIC = /^\d+(?:,\d{3})*(?:[.．]\d+)?/;
const arabicValue = (digits: string) => Number(digits.replaceAll(',', '').replace('．', '.'));
const CHINESE = /^[零〇一二两三四五六七八九十百千]+/u;
/** `九十六点五`: a Chinese numeral with decimals after 点, as 百分之 figures are written. */
const CHINESE_DECIMAL = /^[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?/u;

/** The value of a Chinese numeral with optional decimals (`九十六点五` 96.5), or null. */
function chineseDecimal(text: string): number | null {
  const [whole = '', decimals] = text.split('点');
  const value = parseChineseNumeral(whole);
  if (value === null || decimals === undefined) return value;
  const digits = [...decimals].map((char) => CHINESE_DIGITS[char] ?? 0).join('');
  return Number(`${value}.${digits}`);
}

/**
 * Reads the number that starts `text` at `from`: Arabic (`1,234.5`), `百分之九十五` (95, unit %),
 * or a Chinese numeral. Returns its value, its end, and a unit it implies (`%` for 百分之).
 */
export function readNumber(text: string, from: number): { value: number; end: number; impliedUnit: string | null } | null {
  const rest = text.slice(from, from + 40);
  const arabic = ARABIC.exec(rest);
  if (arabic) return { value: arabicValue(arabic[0]), end: from + arabic[0].length, impliedUnit: null };
  if (rest.startsWith('百分之')) {
    const chinese = CHINESE_DECIMAL.exec(rest.slice(3));
    const value = chinese ? chineseDecimal(chinese[0]) : null;
    const arabicAfter = ARABIC.exec(rest.slice(3));
    if (value !== null && chinese) return { value, end: from + 3 + chinese[0].length, impliedUnit: '%' };
    if (arabicAfter) return { value: arabicValue(arabicAfter[0]), end: from + 3 + arabicAfter[0].length, impliedUnit: '%' };
    return null;
  }
  const chinese = CHINESE.exec(rest);
  if (chinese) {
    const value = parseChineseNumeral(chinese[0]);
    if (value !== null) return { value, end: from + chinese[0].length, impliedUnit: null };
  }
  return null;
}

/**
 * Reads the quantity whose number starts at `numberStart` in `text`, taking in the comparator
 * and approximation words around it and the unit after it.
 *
 * @example readQuantityAt('达到99.95%以上', 2) // {value: 99.95, unit: '%', comparator: '>=', …}
 */
export function readQuantityAt(text: string, numberStart: number): Quantity | null {
  const number = readNumber(text, numberStart);
  if (!number || isCalendarNumber(text, numberStart, number)) return null;
  let end = skipSpaces(text, number.end);
  let unit = number.impliedUnit;
  let comparator: Comparator | null = null;
  if (unit === null) {
    let magnitude = MAGNITUDES.find((m) => text.startsWith(m, end)) ?? '';
    end += magnitude.length;
    const more = MORE_THAN.find((m) => text.startsWith(m, end));
    if (more) {
      comparator = '>';
      end += more.length;
      // 2600余万元: the magnitude may follow 余.
      if (magnitude === '') {
        magnitude = MAGNITUDES.find((m) => text.startsWith(m, end)) ?? '';
        end += magnitude.length;
      }
    }
    const base = UNITS.find((u) => text.startsWith(u, end)) ?? '';
    end += base.length;
    unit = magnitude + base || null;
  }
  // 翻一番 is twice, 翻两番 four times, the baseline the sentence names.
  if (unit === null && text[numberStart - 1] === '翻' && text[number.end] === '番') return doubling(number.value, numberStart, number.end);
  if (unit === null && comparator === null) end = number.end;
  // `生师比不高于17:1`: a ratio to one is stated by its first term, which is the value.
  const ratio = unit === null ? RATIO_TO_ONE.exec(text.slice(end, end + 4)) : null;
  if (ratio) end += ratio[0].length;
  let start = numberStart;
  let approx = false;
  const leading = LEADING_COMPARATORS.find(([word]) => text.slice(Math.max(0, start - word.length), start) === word);
  if (leading && comparator === null) {
    comparator = leading[1];
    start -= leading[0].length;
  }
  const before = APPROX_BEFORE.find((word) => text.slice(Math.max(0, start - word.length), start) === word);
  if (before) {
    approx = true;
    start -= before.length;
  }
  const afterUnit = skipSpaces(text, end);
  const trailing = TRAILING_COMPARATORS.toSorted((a, b) => b[0].length - a[0].length).find(([word]) => text.startsWith(word, afterUnit));
  if (trailing && comparator === null) {
    comparator = trailing[1];
    end = afterUnit + trailing[0].length;
  }
  const after = APPROX_AFTER.find((word) => text.startsWith(word, skipSpaces(text, end)));
  if (after) {
    approx = true;
    end = skipSpaces(text, end) + after.length;
  }
  return { value: number.value, comparator, approx, unit, start, end, numberStart, numberEnd: number.end };
}

/** `翻n番`: the value doubled n times, in 倍. 翻 is left out of the expression: it is the verb before it. */
function doubling(times: number, numberStart: number, numberEnd: number): Quantity {
  return { value: 2 ** times, comparator: null, approx: false, unit: '倍', start: numberStart, end: numberEnd + 1, numberStart, numberEnd };
}

/** Skips spaces and tabs (not line ends): `选培 10 门` prints a space either side of the number. */
function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

const YEAR_RANGE_DASHES = new Set(['—', '–', '-', '~', '～', '至']);

/**
 * Whether the number read at `numberStart` is a calendar year or a date rather than a
 * quantity: `2025年`, `2025年度`, the `2021` of `2021—2025年`, the `9` and `11` of `9月11日`.
 * Plans write years in the same digits as their figures, and a year is never a value.
 *
 * @example isCalendarNumber('到2025年', 1, readNumber('到2025年', 1)!) // true
 */
export function isCalendarNumber(text: string, numberStart: number, number: { value: number; end: number }): boolean {
  const next = text[skipSpaces(text, number.end)] ?? '';
  const isInteger = Number.isInteger(number.value) && !/[.．]/u.test(text.slice(numberStart, number.end));
  if (isInteger && number.end - numberStart === 4 && number.value >= 1900 && number.value <= 2100) {
    if (next === '年') return true;
    // `2021—2025年`, `2021-2025`: the first year of a range.
    if (YEAR_RANGE_DASHES.has(next) && /^\s*\d{4}/.test(text.slice(skipSpaces(text, number.end) + 1, skipSpaces(text, number.end) + 8))) return true;
  }
  if (!isInteger) return false;
  if (next === '月' && number.value >= 1 && number.value <= 12) return !text.startsWith('个', number.end);
  if ((next === '日' || next === '号') && number.value >= 1 && number.value <= 31) return text[numberStart - 1] === '月';
  return false;
}

/**
 * Reads a table cell or another stand-alone value: the first number in it with its comparator
 * and unit. A cell with no number (`-`, `通过自治区评估认定`) gives null. Text after the number
 * that is not a unit or comparator (`95% (基本均衡)`) is a qualifier the caller keeps in raw.
 *
 * @example parseValue('>96%') // {value: 96, comparator: '>', unit: '%', …}
 */
export function parseValue(text: string): Quantity | null {
  const match = /\d|百分之/.exec(text);
  if (!match) return null;
  return readQuantityAt(text, match.index);
}
