import type { Cell } from './model.ts';
import { isFigure } from './cell-words.ts';
import { readNameCell } from './name-cell.ts';

/** Longer words are text of their own, not the rest of a name. */
const MAX_REST = 40;

/**
 * Whether a word alone on the line under a row is the rest of the row's name, wrapped by a PDF
 * copy: the name left a bracket open (`县（市、`), or the word closes one or ends in a unit
 * (`区）比例（%）`), which a group row never does.
 *
 * @example continuesName('县域义务教育优质均衡发展县（市、', '区）比例（%）') // true
 */
export function continuesName(name: string, word: Cell): boolean {
  if (isFigure(word.text) || word.text.length > MAX_REST) return false;
  const open = (name.match(/[（(]/g) ?? []).length > (name.match(/[)）]/g) ?? []).length;
  return open || /^[^（(]*[)）]/.test(word.text) || readNameCell(word.text, 0).unit !== null;
}

/**
 * The name cell with the word under it as its continuation (its text the two joined).
 *
 * @example withContinuation(name, word).text // '县域义务教育优质均衡发展县（市、区）比例（%）'
 */
export function withContinuation(name: Cell, word: Cell): Cell {
  return { ...name, text: name.text + word.text, continuation: { start: word.start, end: word.end } };
}
