import { readQuantityAt, TIME_UNITS, type Quantity } from '../quantity.ts';

/**
 * The numbers of a clause that may be figures, read as quantities, with the numbers that are
 * not figures left out: years and dates, ordinals (第八小学), ranges (1—2项, 15-20所), spans of
 * time (5年内, 近5年, 满6年), ratios (18:1), frequencies and distributives (每年至少2次, 每个乡镇1所), formula
 * names (“3+2”, 5G), and anything inside quotes, book titles or brackets (“五个一”工程,
 * 《……2035》, （2021—2025年）). Chinese numerals count only with a counter after them (两个,
 * 三成), and a lone 一 before a counter is an article (建设一支队伍), not a number.
 */

const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千]/u;
const ASCII_LETTER = /[A-Za-z]/;
const DASHES = new Set(['—', '–', '-', '~', '～', '至']);
const SPAN_AFTER = ['以来', '之内', '以内', '内', '来', '间', '里', '后', '前'];
const SPAN_BEFORE = ['连续', '历时', '近', '满', '前', '后'];
/** 每年, 每周, 每2年, 每个, 每所 …: a rule for every period or every unit, not a figure to reach. */
const EVERY = /每(?:[天日周月年]|学期|学年|个|所|名|位|班|校|生|[0-9一二两三四五六七八九十]{1,3}[年月周天日])/u;
const BASELINE_AFTER = /^的?基础上/u;
const OPENERS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '〔': '〕', '‘': '’', '【': '】', '[': ']' };

/**
 * Which characters of a text stand inside quotes, book-title marks or brackets. ASCII `"`
 * toggles. A sentence end closes whatever is left open, so one stray mark costs one sentence.
 *
 * @example enclosedMask('达到“五个一”')[3] // 1
 */
export function enclosedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const stack: string[] = [];
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const closer = OPENERS[char];
    if (closer) stack.push(closer);
    else if (char === stack[stack.length - 1]) stack.pop();
    else if (char === '"') ascii = !ascii;
    else if (char === '。') {
      stack.length = 0;
      ascii = false;
    }
    if (stack.length > 0 || ascii) mask[i] = 1;
  }
  return mask;
}

/**
 * The candidate figures of `text[start, end)`, in order; offsets are those of `text`.
 *
 * @example findCandidates('打造2所优质学校', 0, 8, enclosedMask('打造2所优质学校')).map((q) => q.value) // [2]
 */
export function findCandidates(text: string, start: number, end: number, enclosed: Uint8Array): Quantity[] {
  const found: Quantity[] = [];
  for (let i = start; i < end; i++) {
    const char = text[i] ?? '';
    const previous = text[i - 1] ?? '';
    const arabic = /\d/.test(char) && !/[\d.．]/u.test(previous) && !ASCII_LETTER.test(previous);
    const percentWords = text.startsWith('百分之', i);
    const chinese = CHINESE_NUMERAL.test(char) && !CHINESE_NUMERAL.test(previous) && previous !== '之';
    if (!arabic && !percentWords && !chinese) continue;
    const quantity = readQuantityAt(text, i);
    if (!quantity || quantity.end > end) continue;
    if (isFigure(text, start, quantity, enclosed, chinese && !percentWords)) found.push(quantity);
    if (quantity.numberEnd > i) i = quantity.numberEnd - 1;
  }
  return found;
}

function isFigure(text: string, clauseStart: number, q: Quantity, enclosed: Uint8Array, chinese: boolean): boolean {
  const before = text[q.numberStart - 1] ?? '';
  const after = text[q.numberEnd] ?? '';
  if (enclosed[q.numberStart]) return false;
  // `在2020年96.8%的基础上`: the figure a target starts from, not one to reach or reached.
  if (BASELINE_AFTER.test(text.slice(q.end, q.end + 5))) return false;
  if (before === '第' || before === '每' || before === '+' || after === '+') return false;
  // 3:2 is a ratio, not a count of 3; in a ratio to one (生师比17:1) the reader took `:1` in, and the first term is the value.
  if (((after === ':' || after === '：') && q.end === q.numberEnd && /\d/.test(text[q.numberEnd + 1] ?? '')) || ((before === ':' || before === '：') && /\d/.test(text[q.numberStart - 2] ?? ''))) return false;
  if (ASCII_LETTER.test(text[q.end] ?? '') || ASCII_LETTER.test(after)) return false;
  if (DASHES.has(after) && /[\d一二三四五六七八九十]/u.test(text[q.numberEnd + 1] ?? '')) return false;
  if (DASHES.has(before) && /[\d一二三四五六七八九十]/u.test(text[q.numberStart - 2] ?? '')) return false;
  if (q.unit !== null && TIME_UNITS.has(q.unit)) {
    if (SPAN_AFTER.some((word) => text.startsWith(word, q.end))) return false;
    if (SPAN_BEFORE.some((word) => text.slice(q.start - word.length, q.start) === word)) return false;
  }
  if (q.unit === null && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && /[到至于在]$/u.test(text.slice(q.start - 1, q.start))) return false;
  if (EVERY.test(text.slice(Math.max(clauseStart, q.start - 60), q.start))) return false;
  if (chinese) {
    // 高一年级, 初三: grades, not counts.
    if (q.unit === null || TIME_UNITS.has(q.unit) || before === '高' || before === '初') return false;
    if (text.slice(q.numberStart, q.numberEnd) === '一' && q.unit !== '倍') return false;
  }
  return true;
}
