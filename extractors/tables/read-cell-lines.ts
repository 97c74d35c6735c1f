import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type CellRow, type ReadResult } from './model.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';

/**
 * Reads the flattening that puts one cell on each line, each line led by a TAB, with a blank
 * line between rows (what a word processor's table becomes when copied as text):
 *
 * ```text
 * \t指    标
 * \t2020年
 *
 * \t学前三年毛入园率
 * \t99.51
 * ```
 *
 * A line of a TAB alone is an empty cell (a merged cell, carried from above by the
 * interpreter). The table ends at a line that is not such a cell, or at two blank lines.
 * Returns null when the line at `index` does not start a block of cell lines.
 *
 * @example readCellLines(input, 10)?.table.rows[0]?.cells.map((c) => c.text) // ['指    标', '2020年', …]
 */
export function readCellLines(input: ReaderInput, index: number): ReadResult | null {
  const { lines } = input;
  if (!isCellLine(lines[index])) return null;
  const rows: CellRow[] = [];
  let i = index;
  let next = index;
  while (i < lines.length && isCellLine(lines[i])) {
    const cells = [];
    const lineStart = lines[i]?.start ?? 0;
    for (; i < lines.length && isCellLine(lines[i]); i++) {
      const line = lines[i] as Line;
      cells.push(cellOf(input.text, line.start + 1, line.end, input.isDamage));
    }
    rows.push(rowOf(cells, lineStart));
    next = i;
    // One blank line separates rows; two end the table.
    if (i < lines.length && isBlankLine(lines[i] as Line) && isCellLine(lines[i + 1])) i++;
  }
  return { table: tableOf('cell-lines', rows), next };
}

/** A line that is one cell: a TAB, then text with no further TAB (or nothing: an empty cell). */
function isCellLine(line: Line | undefined): boolean {
  return line !== undefined && line.text.startsWith('\t') && !line.text.includes('\t', 1);
}
