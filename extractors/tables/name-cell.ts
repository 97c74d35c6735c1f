import { UNITS } from '../quantity.ts';
import type { Span } from '../../pipeline/context.ts';

/** An indicator's name cell, taken apart. */
export interface NameCell {
  /** A number printed before the name (`1. `), else null. */
  seq: number | null;
  /** The name without seq, unit suffix and the blanks a wrapped cell left inside it. */
  name: string;
  /** The unit of a `（%）`, `(年)`, `（万人）` suffix, else null. */
  unit: string | null;
  /** The range of the name itself in the normalized text. */
  span: Span;
  /** Whether the name opens with `其中：`, the mark of a part of the row above. */
  part: boolean;
  /** Marks printed after the name (`★`, `*`), which a note under the table may explain. */
  marks: string;
}

const SEQ = /^\s*(?:(\d{1,3})\s*[.．、](?!\d)|[（(](\d{1,3})[)）])\s*/;
/** Footnote marks after a name: `*`, `※`, `★`, `①` (and blanks between them). */
const MARK = /[\s*＊※★☆▲△◆●#＃\u2460-\u2473]/;
/** The words that make a row a part of the row above: `其中：小学`. */
const PART = /^其中\s*[:：，,]?\s*/;
const SUFFIX = /[（(]\s*([^（()）]{1,12}?)\s*[)）]\s*$/;
/** A unit with a rate (`元/生`, `人/万人`) or a magnitude (`万平方米`), or one of the known units. */
const UNIT_SHAPE = /^[万亿千百]?(?:[人个所元年岁册台名项座家次天门节间班张户亩米]|人次|小时|平方米|公里|百分点|个百分点)(?:\/[^\s/]{1,5})?$/;

/**
 * Takes a name cell apart: `2. 学前教育教师接受专业教育比例（%）` is seq 2, name
 * 学前教育教师接受专业教育比例, unit % (a seq may also be printed `（2）`; footnote marks
 * after the name, `*` `★` `①`, are dropped and kept as `marks`; a leading `其中：` is dropped and
 * sets `part`). A parenthesis that is not a unit stays in the name
 * (`县域内义务教育优质均衡县（区）比例`, `职业教育专科（含高职）在校生`). `text` is the cell's
 * normalized text starting at offset `start`.
 *
 * @example readNameCell('10. 预期受教育年限（年）', 0) // {seq: 10, name: '预期受教育年限', unit: '年', …}
 */
export function readNameCell(text: string, start: number): NameCell {
  let from = 0;
  let to = text.length;
  let seq: number | null = null;
  const seqMatch = SEQ.exec(text);
  if (seqMatch) {
    seq = Number(seqMatch[1] ?? seqMatch[2]);
    from = seqMatch[0].length;
  }
  const part = PART.exec(text.slice(from));
  if (part) from += part[0].length;
  let marks = '';
  const dropMarks = () => {
    const marked = to;
    while (to > from && MARK.test(text[to - 1] ?? '')) to--;
    marks = text.slice(to, marked).replace(/\s+/g, '') + marks;
  };
  dropMarks();
  let unit: string | null = null;
  // A unit suffix is short: only the end of the name is searched, however long the cell.
  const tail = Math.max(from, to - 24);
  const suffix = SUFFIX.exec(text.slice(tail, to));
  if (suffix && isUnit(suffix[1] ?? '')) {
    unit = suffix[1] ?? null;
    to = tail + suffix.index;
    // A mark may stand before the unit as well as after it: `巩固率★（%）`.
    dropMarks();
  }
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  return { seq, name: joinWrapped(text.slice(from, to)), unit, span: { start: start + from, end: start + to }, part: part !== null, marks };
}

/** Whether a parenthesised word is a unit: `%`, `年`, `万人`, `人/万人` … */
export function isUnit(word: string): boolean {
  const unit = word.trim();
  return unit !== '' && (UNITS.includes(unit) || UNIT_SHAPE.test(unit));
}

/**
 * A cell's text with the blanks removed that a wrapped cell leaves between Chinese characters
 * (`高中阶段 教育` → `高中阶段教育`); a blank between two Latin words stays.
 *
 * @example joinWrapped('高中阶段 教育') // '高中阶段教育'
 */
export function joinWrapped(text: string): string {
  return text.trim().replace(/\s+/g, (blank, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + blank.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}
