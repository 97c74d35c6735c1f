import type { Span } from '../../pipeline/context.ts';

/**
 * The general table model every flattening is read into: rows of cells, each cell placed in
 * the normalized text. Readers only cut text into cells; what the cells mean (header rows,
 * years, scopes, names) is decided once, by the interpreter, for every shape alike.
 */

/** One cell as printed: its normalized text and where it stands. */
export interface Cell extends Span {
  /** The cell's normalized text, trimmed; '' for an empty (or merged) cell. */
  text: string;
  /**
   * Columns the cell covers when the source says so (HTML colspan); absent when the source
   * cannot say, and the interpreter infers spans from the header's shape.
   */
  colSpan?: number;
  /**
   * The rest of a cell that a PDF copy wrapped onto a line of its own under the row
   * (`县域义务教育优质均衡发展县（市、` / `区）比例（%）`); `text` holds both parts joined.
   */
  continuation?: Span;
}

/** One row of cells, in printed order. */
export interface CellRow extends Span {
  cells: Cell[];
  /** Offset of the line the row starts on (its first line in a cell-per-line flattening). */
  lineStart: number;
}

/** The flattening a table was read from; kept for messages and tests. */
export type TableShape = 'cell-lines' | 'tab-rows' | 'pipe-rows' | 'space-rows' | 'markdown' | 'html';

/** A block of text read as rows of cells, not yet interpreted. */
export interface CellTable extends Span {
  shape: TableShape;
  rows: CellRow[];
}

/** What a reader made of the lines from a given one: the table it read and the line after it. */
export interface ReadResult {
  table: CellTable;
  /** Index (into the lines given) of the first line after the block the reader consumed. */
  next: number;
}

/**
 * A cell over the normalized range `[start, end)` of `text`, trimmed of white space. The
 * trimming stops at a blank that is encoding damage (`isDamage`), so that the cell's range
 * still covers the `?` the original prints and `raw` can be taken from the original exactly.
 *
 * @example cellOf(' 94% ', 0, 5, () => false) // {text: '94%', start: 1, end: 4}
 */
export function cellOf(text: string, start: number, end: number, isDamage: (offset: number) => boolean): Cell {
  let from = start;
  let to = end;
  while (from < to && isBlank(text, from) && !isDamage(from)) from++;
  while (to > from && isBlank(text, to - 1) && !isDamage(to - 1)) to--;
  return { text: text.slice(from, to).trim(), start: from, end: to };
}

function isBlank(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** A row over its cells: from the first cell's start to the last cell's end. */
export function rowOf(cells: Cell[], lineStart: number): CellRow {
  const first = cells[0];
  const last = cells[cells.length - 1];
  return { cells, lineStart, start: first?.start ?? lineStart, end: last?.end ?? lineStart };
}

/** A table over its rows. */
export function tableOf(shape: TableShape, rows: CellRow[]): CellTable {
  return { shape, rows, start: rows[0]?.start ?? 0, end: rows[rows.length - 1]?.end ?? 0 };
}
