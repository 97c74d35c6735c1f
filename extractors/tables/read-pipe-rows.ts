import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import type { ReaderInput } from './reader-input.ts';
import { readMarkdownTable } from './read-markdown-table.ts';

/**
 * Reads rows printed with pipes between cells, one row a line, as web pages and PDF copies
 * flatten tables (`学前教育毛入园率 | 94% | 99.51% |`). A pipe at the start or end of a line only
 * closes the row; the empty cells between pipes (`| |||`) are kept, since they are the places
 * of cells that spanned several columns. When the second line is a markdown delimiter row
 * (`| --- | --- |`), the block is a markdown table and remark-gfm reads it.
 * Returns null when the line at `index` is not a pipe row.
 *
 * @example readPipeRows(input, 11)?.table.rows[2]?.cells[6]?.text // '99.57%'
 */
export function readPipeRows(input: ReaderInput, index: number): ReadResult | null {
  const { lines } = input;
  if (!isPipeRow(lines[index])) return null;
  let next = index;
  while (next < lines.length && isPipeRow(lines[next])) next++;
  if (next - index >= 2 && isDelimiterRow(lines[index + 1] as Line)) return readMarkdownTable(input, index, next);
  const rows: CellRow[] = [];
  for (let i = index; i < next; i++) {
    const line = lines[i] as Line;
    rows.push(rowOf(splitCells(input, line), line.start));
  }
  return { table: tableOf('pipe-rows', rows), next };
}

/** A line with a pipe and text on at least one side of it. */
function isPipeRow(line: Line | undefined): boolean {
  if (line === undefined || !line.text.includes('|')) return false;
  return line.text.replaceAll('|', '').trim() !== '';
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** A markdown delimiter row: `| --- | :---: |`. */
function isDelimiterRow(line: Line): boolean {
  const parts = line.text.split('|').filter((part, i, all) => !((i === 0 || i === all.length - 1) && part.trim() === ''));
  return parts.length > 0 && parts.every((part) => DELIMITER_CELL.test(part));
}

function splitCells(input: ReaderInput, line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = line.start;
  for (;;) {
    const pipe = input.text.indexOf('|', from);
    const to = pipe === -1 || pipe >= line.end ? line.end : pipe;
    cells.push(cellOf(input.text, from, to, input.isDamage));
    if (to === line.end) break;
    from = to + 1;
  }
  // A pipe at either end of the line closes the row; it does not open an empty cell.
  if (cells.length > 1 && cells[0]?.text === '' && line.text.trimStart().startsWith('|')) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]?.text === '' && line.text.trimEnd().endsWith('|')) cells.pop();
  return cells;
}
