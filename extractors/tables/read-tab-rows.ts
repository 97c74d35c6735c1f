import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';
import { isAttributeWord, isFigure, isNoFigure } from './cell-words.ts';
import { continuesName, withContinuation } from './wrapped-name.ts';

/**
 * Reads the flattening that puts one row on each line with TABs between the cells:
 *
 * ```text
 * \t指 标\t2020 年\t2025 年\t属性
 * 学前教育\t1. 学前教育毛入园率（%）\t88.51\t95\t约束性
 * \t2. 学前教育教师接受专业教育比例（%）\t77.5\t83\t预期性
 * ```
 *
 * A leading TAB is an empty first cell (the group continues). A single blank line between two
 * rows is skipped; a short line without TABs between two rows is a group row of one cell. Returns null when the line at `index` is not such a row.
 *
 * @example readTabRows(input, 56)?.table.rows[1]?.cells[0]?.text // '学前教育'
 */
export function readTabRows(input: ReaderInput, index: number): ReadResult | null {
  const { lines } = input;
  if (!isTabRow(lines[index])) return null;
  const rows: CellRow[] = [];
  let i = index;
  let next = index;
  while (i < lines.length && (isTabRow(lines[i]) || (rows.length > 0 && isGroupLine(lines[i]) && isTabRow(lines[i + 1])) || wrappedNameAt(input, rows, lines[i]) !== -1)) {
    const line = lines[i] as Line;
    const cells = splitCells(input, line.start, line.end);
    const above = rows[rows.length - 1];
    const at = wrappedNameAt(input, rows, line);
    if (above && at !== -1) {
      // The rest of a name wrapped onto a line of its own, its TABs lost with the empty cells.
      const joined = above.cells.map((cell, k) => (k === at ? withContinuation(cell, cells[0] as Cell) : cell));
      rows[rows.length - 1] = { ...rowOf(joined, above.lineStart), end: line.end };
    } else {
      rows.push(rowOf(cells, line.start));
    }
    next = ++i;
    if (i < lines.length && isBlankLine(lines[i] as Line) && isTabRow(lines[i + 1])) i++;
  }
  return { table: tableOf('tab-rows', rows), next };
}

/**
 * A short line without TABs between rows: a group row (`一、发展水平`) whose empty cells, and
 * their TABs, were lost. Sentences are not group rows.
 */
function isGroupLine(line: Line | undefined): boolean {
  const text = line?.text.trim() ?? '';
  return text !== '' && text.length <= 20 && !/[。；;，,]/.test(text);
}

/**
 * When a line without TABs right under a row (no blank line between) is the rest of that row's
 * name, the index of the name cell in the row; else -1.
 */
function wrappedNameAt(input: ReaderInput, rows: CellRow[], line: Line | undefined): number {
  const above = rows[rows.length - 1];
  const right = line !== undefined && above !== undefined && isGroupLine(line) && !isTabRow(line) && input.text.lastIndexOf('\n', line.start - 2) < above.lineStart;
  if (!right) return -1;
  const at = nameIndex(above);
  return at !== -1 && continuesName((above.cells[at] as Cell).text, cellOf(input.text, line.start, line.end, input.isDamage)) ? at : -1;
}

/** The index of a row's name cell: the last text cell before its first value (a figure, a dash, an attribute); -1 when none. */
function nameIndex(row: CellRow): number {
  const firstFigure = row.cells.findIndex((cell) => isFigure(cell.text) || isNoFigure(cell.text) || isAttributeWord(cell.text));
  let at = (firstFigure === -1 ? row.cells.length : firstFigure) - 1;
  while (at >= 0 && (row.cells[at] as Cell).text === '') at--;
  return at;
}

/** A line with a TAB between two cells (a line of one TAB-led cell is another flattening). */
function isTabRow(line: Line | undefined): boolean {
  return line !== undefined && line.text.includes('\t', 1) && line.text.trim() !== '';
}

function splitCells(input: ReaderInput, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (;;) {
    const tab = input.text.indexOf('\t', from);
    const to = tab === -1 || tab >= end ? end : tab;
    cells.push(cellOf(input.text, from, to, input.isDamage));
    if (to === end) break;
    from = to + 1;
  }
  return cells;
}
