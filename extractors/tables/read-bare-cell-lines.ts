import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';
import { compact, headerYear, isValueLabel, labelRole } from './header-words.ts';
import { isAttributeWord, isFigure, isNoFigure } from './cell-words.ts';
import { isUnit } from './name-cell.ts';

const MAX_HEADER_CELL = 12;
/** More header cells than any indicator table has: beyond them the lines are no header. */
const MAX_HEADER_CELLS = 16;
const MAX_CELL = 40;
/** A heading of the plan's outline: where a table without row marks surely ends. */
const HEADING = /^(?:第[一二三四五六七八九十百]+[部章节篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

/**
 * Reads the flattening that puts one cell on each line with nothing to mark rows (a web table
 * saved as text, each `<td>` a line):
 *
 * ```text
 * 指标
 * 2020年
 * 2025年
 * 属性
 * 学前教育毛入园率（%）
 * 88.51
 * ```
 *
 * With no row marks, the header is the only clue: it starts with a label (指标, 类别, 序号) and
 * runs over labels and years; its length is the length of a row. A row of a grouped table
 * that leaves its group cell out (merged with the row above) is one cell shorter, which shows
 * as a figure where the name should follow. Rows end at a blank pair of lines, a heading, a
 * sentence, or a row without figures; a row the text ends inside is kept, short. Returns null when no such header starts at `index`.
 *
 * @example readBareCellLines(input, 0)?.table.rows[1]?.cells.map((c) => c.text) // ['学前教育毛入园率（%）', '88.51', …]
 */
export function readBareCellLines(input: ReaderInput, index: number): ReadResult | null {
  const start = input.lines[index];
  if (!start || isBlankLine(start) || start.text.startsWith('\t') || !opensHeader(start.text)) return null;
  const cells = cellLines(input, index);
  const width = headerWidth(cells);
  if (width === 0) return null;
  const header = Array.from({ length: width }, (_, k) => (cells(k) as CellLine).cell);
  const leading = header.findIndex((cell) => labelRole(cell.text) === 'name');
  if (leading === -1 || leading > MAX_LEAD) return null;
  // The columns before the names: a 序号 column every row prints, a group a row prints only when it opens one.
  const lead: LeadRole[] = header.slice(0, leading).map((cell) => (labelRole(cell.text) === 'seq' ? 'seq' : 'group'));
  const rows: CellRow[] = [rowOf(header, header[0]?.start ?? 0)];
  let next = (cells(width - 1)?.line ?? index) + 1;
  for (let at = width; cells(at); ) {
    const row = readRow(cells, at, width, lead);
    if (!row) break;
    rows.push(rowOf(row.cells, row.cells[0]?.start ?? 0));
    next = (cells(row.end - 1)?.line ?? next) + 1;
    at = row.end;
  }
  return rows.length > 1 ? { table: tableOf('cell-lines', rows), next } : null;
}

/** Columns a header may have before its names: 序号, 类别, or both. */
const MAX_LEAD = 2;

/** What a column before the names holds. */
type LeadRole = 'seq' | 'group';

interface CellLine {
  cell: Cell;
  /** Index of its line. */
  line: number;
}

/** The k-th cell line from a start, or undefined past the end of the cell lines. */
type CellLines = (k: number) => CellLine | undefined;

/** A line a header of this flattening can open with: 指标, 类别, 序号 … */
function opensHeader(text: string): boolean {
  const role = labelRole(text.trim());
  return role === 'name' || role === 'category' || role === 'seq';
}

/**
 * The cell lines from `index`, read only as far as they are asked for (so that a header with
 * no table under it costs a few lines, not the rest of the text). One blank line between
 * them is skipped; two end them.
 */
function cellLines(input: ReaderInput, index: number): CellLines {
  const read: CellLine[] = [];
  let i = index;
  let ended = false;
  const advance = () => {
    const line = input.lines[i];
    if (!line) return void (ended = true);
    if (isBlankLine(line)) {
      const after = input.lines[i + 1];
      if (!after || isBlankLine(after)) return void (ended = true);
      i++;
      return;
    }
    const text = line.text.trim();
    if (text.includes('\t') || text.includes('|') || text.length > MAX_CELL || HEADING.test(text) || /[。；]/.test(text)) return void (ended = true);
    read.push({ cell: cellOf(input.text, line.start, line.end, input.isDamage), line: i });
    i++;
  };
  return (k) => {
    while (!ended && read.length <= k) advance();
    return read[k];
  };
}

/** The number of header cells: a label first, then labels and years, with at least one year. */
function headerWidth(cells: CellLines): number {
  let width = 0;
  let years = 0;
  for (let cell = cells(0)?.cell; cell; cell = cells(width)?.cell) {
    const label = compact(cell.text);
    if (label.length > MAX_HEADER_CELL) break;
    const year = headerYear(label) !== null;
    if (!year && labelRole(label) === null && !isValueLabel(label)) break;
    if (year || isValueLabel(label)) years++;
    if (++width > MAX_HEADER_CELLS) return 0;
  }
  return years > 0 && width >= 3 ? width : 0;
}

/**
 * A body row from cell `at`: its cells (an empty group cell where the row leaves it out), or
 * null. `lead` is what the columns before the names hold: a seq every row prints, a group a
 * row prints only when it opens one (two text cells, the group and the name, where a name
 * and its unit would be a name and a unit).
 */
function readRow(cells: CellLines, at: number, width: number, lead: LeadRole[]): { cells: Cell[]; end: number } | null {
  const first = cells(at)?.cell;
  if (!first) return null;
  const row: Cell[] = [];
  let end = at;
  for (const role of lead) {
    const cell = cells(end)?.cell;
    if (!cell) return null;
    if (role === 'seq') {
      if (!/^\d{1,3}[.、．]?$/.test(cell.text)) return null;
      row.push(cell);
      end++;
    } else if (isText(cell.text) && isText(cells(end + 1)?.cell.text ?? '') && !isUnit(cells(end + 1)?.cell.text ?? '')) {
      row.push(cell);
      end++;
    } else {
      row.push({ text: '', start: cell.start, end: cell.start });
    }
  }
  if (!isText(cells(end)?.cell.text ?? '')) return null;
  for (let cell = cells(end)?.cell; cell && row.length < width; cell = cells(end)?.cell) {
    row.push(cell);
    end++;
  }
  return row.slice(lead.length + 1).some((cell) => isFigure(cell.text)) ? { cells: row, end } : null;
}

/** A cell that reads as a name or group, not a figure, dash or attribute. */
function isText(text: string): boolean {
  return text !== '' && !isFigure(text) && !isNoFigure(text) && !isAttributeWord(text);
}
