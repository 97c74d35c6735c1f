import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';

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
  while (i < lines.length && (isTabRow(lines[i]) || (rows.length > 0 && isGroupLine(lines[i]) && isTabRow(lines[i + 1])))) {
    const line = lines[i] as Line;
    rows.push(rowOf(splitCells(input, line.start, line.end), line.start));
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
