import type { Line } from '../../pipeline/lines.ts';
import type { TextSpan } from '../../pipeline/context.ts';
import { isBlankLine } from './reader-input.ts';

/** A numbered caption: 表1, 附表2, 表一. */
const NUMBERED = /^\s*附?表\s*[0-9一二三四五六七八九十]+/;
/** An outline marker: a heading, not a caption, even when it names 目标. */
const OUTLINE_MARKER = /^\s*(?:第[一二三四五六七八九十百]+[部章节篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))/;
/** Words of a line that introduces a table. */
const TABLE_WORDS = /指标|目标|情况|一览|统计|汇总/;

/**
 * The caption of a table: the line just above its first row (blank lines between allowed, at
 * most two) when it is a caption: numbered (`表1  “十四五”时期张掖教育事业发展指标完成情况`), or a
 * short line that introduces the table (`“十四五”规划教育发展主要目标：`,
 * `教育事业发展和人才资源开发主要预期指标`) and is neither a sentence nor a heading. A trailing
 * colon is not part of the caption. Null when there is none.
 *
 * @example findCaption(lines, 56) // {text: '“十四五”规划教育发展主要目标', …}
 */
export function findCaption(lines: Line[], firstRow: number): TextSpan | null {
  let i = firstRow - 1;
  while (i >= 0 && i >= firstRow - 3 && isBlankLine(lines[i] as Line)) i--;
  const line = lines[i];
  if (!line || isBlankLine(line) || i < firstRow - 3) return null;
  const text = line.text.trim();
  if (!isCaption(text)) return null;
  const start = line.start + line.text.indexOf(text);
  const caption = text.replace(/[:：]$/, '').trimEnd();
  return { text: caption, start, end: start + caption.length };
}

function isCaption(text: string): boolean {
  if (NUMBERED.test(text)) return true;
  if (text.length > 60 || /[。；;]$/.test(text) || OUTLINE_MARKER.test(text)) return false;
  return /[:：]$/.test(text) ? text.length <= 40 || TABLE_WORDS.test(text) : TABLE_WORDS.test(text) && !/[，,。]/.test(text);
}
