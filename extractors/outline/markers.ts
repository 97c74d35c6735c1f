import { parseChineseNumeral } from '../quantity.ts';

/**
 * The numbering styles of plan outlines. A style is what two items must share to be siblings:
 * `(一)` and `（一）` are one style, printed half- or full-width.
 */
export type MarkerStyle =
  | 'part' | 'chapter' | 'section' | 'article' | 'clause'
  | 'chinese-comma' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren' | 'circled' | 'dash' | 'unmarked'
  // an attachment's own title (after a `附件1` line): a hierarchy of its own, never read by readMarker
  | 'attachment';

/** A marker at the start of a line. */
export interface Marker {
  style: MarkerStyle;
  /** The marker as printed: `第一部分`, `一、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`, `①`, `——`. */
  text: string;
  /** The marker's number; null for `——`. */
  ordinal: number | null;
  /** Offset of the marker within the line. */
  start: number;
  /** Offset within the line where the heading text starts (after the marker and any space). */
  textStart: number;
}

/**
 * The conventional depth of each style (第一部分 outermost … ① innermost). Used only to close
 * deeper groups when an outer style comes back that was not yet seen; the real level of an item
 * comes from the order in which the document itself uses its styles.
 */
export const CONVENTIONAL_DEPTH: Readonly<Record<MarkerStyle, number | null>> = {
  part: 1, article: 1, chapter: 2, section: 3, clause: 4, 'chinese-comma': 5, 'chinese-paren': 6,
  'arabic-dot': 7, 'arabic-paren': 8, circled: 9, dash: 10, unmarked: null, attachment: 0,
};

const NUMERAL = '[一二三四五六七八九十百零〇两]{1,4}';
const DIVISION = new RegExp(`^第(${NUMERAL}|\\d{1,3})(部分|章|节|篇|条)`, 'u');
// `一、`, and `一.` as some plans print it (but not `一.5`)
const CHINESE_COMMA = new RegExp(`^(${NUMERAL})(?:、|[.．](?!\\d))`, 'u');
const CHINESE_PAREN = new RegExp(`^[（(](${NUMERAL})[）)]`, 'u');
// `1.` but not a decimal (`1.2万`); `1、`; `1．` (full-width stop)
const ARABIC_DOT = /^(\d{1,3})(?:[.．](?!\d)|、)/;
// `（1）`, `(1)`, and `1）` / `1)` as some plans print it
const ARABIC_PAREN = /^[（(]?(\d{1,3})[）)]/;
const CIRCLED = /^[\u2460-\u2473]/;
const DASH = /^——/;
/** `一、二年级`, `1、2号楼`: a `、` followed at once by another number is an enumeration, not a heading. */
const ENUMERATION_AFTER = /^[一二三四五六七八九十两\d]/u;

const DIVISION_STYLES: Record<string, MarkerStyle> = { 部分: 'part', 篇: 'article', 章: 'chapter', 节: 'section', 条: 'clause' };

/**
 * Reads the outline marker a line starts with (after leading white space), or null.
 *
 * @example readMarker('（十一）推动培黎职业学院高水平发展。') // {style: 'chinese-paren', text: '（十一）', ordinal: 11, …}
 * @example readMarker('2025年中小学校…') // null: a year is not a marker
 */
export function readMarker(line: string): Marker | null {
  // white space, and the `## ` or `**` of a heading converted to Markdown, stand before the marker
  const start = line.length - line.replace(/^\s*(?:#{1,6}\s*|\*\*)?/, '').length;
  const rest = line.slice(start);
  const found = matchMarker(rest);
  if (!found) return null;
  const after = rest.slice(found.text.length);
  if (found.text.endsWith('、') && ENUMERATION_AFTER.test(after)) return null;
  // the `**` that opens Markdown bold after a marker (`1. **建设数字基座。**`) is no part of the title
  const space = after.length - after.replace(/^(?:[\s、．.]|\*\*)+/, '').length;
  return { ...found, start, textStart: start + found.text.length + space };
}

function matchMarker(rest: string): Omit<Marker, 'start' | 'textStart'> | null {
  const division = DIVISION.exec(rest);
  if (division) return { style: DIVISION_STYLES[division[2] ?? ''] ?? 'part', text: division[0], ordinal: numberOf(division[1]) };
  const comma = CHINESE_COMMA.exec(rest);
  if (comma) return { style: 'chinese-comma', text: comma[0], ordinal: numberOf(comma[1]) };
  const paren = CHINESE_PAREN.exec(rest);
  if (paren) return { style: 'chinese-paren', text: paren[0], ordinal: numberOf(paren[1]) };
  const dot = ARABIC_DOT.exec(rest);
  if (dot) return { style: 'arabic-dot', text: dot[0], ordinal: Number(dot[1]) };
  const arabicParen = ARABIC_PAREN.exec(rest);
  if (arabicParen) return { style: 'arabic-paren', text: arabicParen[0], ordinal: Number(arabicParen[1]) };
  if (CIRCLED.test(rest)) return { style: 'circled', text: rest.charAt(0), ordinal: rest.charCodeAt(0) - 0x2460 + 1 };
  if (DASH.test(rest)) return { style: 'dash', text: '——', ordinal: null };
  return null;
}

function numberOf(numeral: string | undefined): number | null {
  if (numeral === undefined) return null;
  return /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
}
