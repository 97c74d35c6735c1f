import type { Line } from '../../pipeline/lines.ts';
import type { TextSpan } from '../../pipeline/context.ts';
import { isBlankLine } from './reader-input.ts';

/** A numbered caption: 表1, 附表2, 表一, 专栏1. */
const NUMBERED = /^\s*(?:附?表|专栏)\s*[0-9一二三四五六七八九十]+/;
/** An outline marker: a heading, not a caption, even when it names 目标. */
const OUTLINE_MARKER = /^\s*(?:第[一二三四五六七八九十百]+[部章节篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))/;
/** Words of a line that introduces a table. */
const TABLE_WORDS = /指标|目标|情况|一览|统计|汇总/;

/**
 * The caption of a table: the line just above its first row (blank lines between allowed, at
 * most two) when it is a caption: numbered (`表1  “十四五”时期张掖教育事业发展指标完成情况`), or a
 * short line that introduces the table (`“十四五”规划教育发展主要目标：`,
 * `教育事业发展和人才资源开发主要预期指标`) and is neither a sentence nor a heading. A trailing
 * colon is not part of the caption; a unit line between caption and table (`单位：%`) is passed
 * over. Null when there is none.
 *
 * @example findCaption(lines, 56) // {text: '“十四五”规划教育发展主要目标', …}
 */
export function findCaption(lines: Line[], firstRow: number): TextSpan | null {
  let i = lineAbove(lines, firstRow);
  if (i !== -1 && UNIT_LINE.test((lines[i] as Line).text)) i = lineAbove(lines, i);
  const line = lines[i];
  if (!line) return null;
  const text = line.text.trim();
  // A web page's caption is a paragraph of its own (`<p>表1 …</p>`): its tags are no part of it.
  const plain = text.replace(/<[^>]{0,300}>/g, '').trim();
  if (!isCaption(plain)) return null;
  const start = line.start + line.text.indexOf(text);
  const caption = plain.replace(/[:：]$/, '').trimEnd();
  return { text: caption, start, end: plain === text ? start + caption.length : start + text.length };
}

/** A line that states the unit of a table: `单位：%`, `（单位：万人）`. */
const UNIT_LINE = /^\s*[（(]?\s*(?:计量)?单位\s*[:：]\s*([^\s)）]{1,8})\s*[)）]?\s*$/;

/**
 * The unit a line just above a table states for all its rows (`单位：%`), or null.
 *
 * @example unitAbove(lines, 3) // '%'
 */
export function unitAbove(lines: Line[], firstRow: number): string | null {
  const i = lineAbove(lines, firstRow);
  return i === -1 ? null : (UNIT_LINE.exec((lines[i] as Line).text)?.[1] ?? null);
}

/** The index of the nearest non-blank line above `row`, two blank lines between at most; -1 when none. */
function lineAbove(lines: Line[], row: number): number {
  let i = row - 1;
  while (i >= 0 && i >= row - 3 && isBlankLine(lines[i] as Line)) i--;
  return i >= 0 && i >= row - 3 && !isBlankLine(lines[i] as Line) ? i : -1;
}

function isCaption(text: string): boolean {
  if (NUMBERED.test(text)) return true;
  if (text.length > 60 || /[。；;]$/.test(text) || OUTLINE_MARKER.test(text)) return false;
  return /[:：]$/.test(text) ? text.length <= 40 || TABLE_WORDS.test(text) : TABLE_WORDS.test(text) && !/[，,。]/.test(text);
}
