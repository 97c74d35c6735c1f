import type { Cell, CellRow } from './model.ts';
import { compact, headerYear, isValueLabel, labelRole, type LabelRole } from './header-words.ts';

/** What a column holds. */
export type ColumnRole = LabelRole | 'value' | 'other';

/** One column of a table, as its header rows describe it. */
export interface Column {
  index: number;
  role: ColumnRole;
  /** The year of a value column, from any header row. */
  year: number | null;
  /** The column group under a year (a region such as 甘肃省), from a lower header row. */
  scope: string | null;
  /** The header texts over the column, top to bottom, joined by a space. */
  label: string;
}

/** How a table's header rows lay out its columns. */
export interface HeaderLayout {
  /** Number of header rows (from the first row given). */
  rows: number;
  width: number;
  columns: Column[];
  /** Header rows with more cells than the table has columns (a header the rows do not fit). */
  misfits: CellRow[];
}

/**
 * Lays out the columns of a table from its header rows and the width of its body rows.
 * A header row with as many cells as the body is read cell for cell. A shorter one is how a
 * flattening prints cells that spanned columns: the labels before the first year take one
 * column each and the year cells share the columns after them evenly (`2020年` over
 * `甘肃省 | 张掖市`); a shorter row without years is a sub-header of the value columns and
 * stands right-aligned over them. A cell that states its span (HTML colspan) covers the empty
 * cells the reader put after it.
 *
 * @example layoutHeader([h1, h2], 7).columns[2] // {role: 'value', year: 2020, scope: '张掖市', …}
 */
export function layoutHeader(header: CellRow[], width: number): HeaderLayout {
  const grid = header.map((row) => placeCells(significant(row.cells), width));
  const misfits = header.filter((row) => significant(row.cells).length > width);
  const columns: Column[] = [];
  for (let index = 0; index < width; index++) {
    const stack = grid.map((row) => row[index] ?? null);
    columns.push(describeColumn(index, stack));
  }
  assignTextColumns(columns);
  return { rows: header.length, width, columns, misfits };
}

/** The cells of a row without the empty ones after its last printed cell. */
export function significant(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.text === '') end--;
  return cells.slice(0, end);
}

/** The cell over each column of a header row (the same cell repeated over a span). */
function placeCells(cells: Cell[], width: number): Array<Cell | null> {
  const placed: Array<Cell | null> = Array<Cell | null>(width).fill(null);
  const put = (cell: Cell, from: number, span: number) => {
    for (let c = from; c < Math.min(width, from + span); c++) placed[c] = cell;
  };
  if (cells.length >= width || cells.some((cell) => cell.colSpan !== undefined)) {
    // Cells are aligned with their columns; one that states a span covers the empty cells after it.
    for (let column = 0; column < cells.length; column += cells[column]?.colSpan ?? 1) {
      put(cells[column] as Cell, column, cells[column]?.colSpan ?? 1);
    }
    return placed;
  }
  const firstYear = cells.findIndex((cell) => headerYear(cell.text) !== null);
  if (firstYear === -1) {
    cells.forEach((cell, i) => put(cell, width - cells.length + i, 1));
    return placed;
  }
  cells.slice(0, firstYear).forEach((cell, i) => put(cell, i, 1));
  const spanned = cells.slice(firstYear);
  const room = width - firstYear;
  const span = room % spanned.length === 0 ? room / spanned.length : 1;
  spanned.forEach((cell, i) => put(cell, firstYear + i * span, span));
  return placed;
}

function describeColumn(index: number, stack: Array<Cell | null>): Column {
  const texts = stack.map((cell) => cell?.text ?? '');
  const label = [...new Set(texts.filter((text) => text !== ''))].join(' ');
  const yearRow = texts.findIndex((text) => headerYear(text) !== null);
  const year = yearRow === -1 ? null : headerYear(texts[yearRow] ?? '');
  const role = texts.map(labelRole).find((r) => r !== null) ?? (year !== null || texts.some(isValueLabel) ? 'value' : 'other');
  // A scope is a lower header row's own cell under a year (甘肃省 under 2020年).
  const lower = yearRow === -1 ? null : stack.slice(yearRow + 1).findLast((cell) => cell !== null && cell.text !== '');
  const scope = lower && lower !== stack[yearRow] && headerYear(lower.text) === null ? compact(lower.text) : null;
  return { index, role, year, scope, label };
}

/**
 * Columns whose header names no role: before the value columns, the last one is the names
 * (when no column is labelled 指标) and those before it the groups; after them, other text.
 */
function assignTextColumns(columns: Column[]): void {
  const firstValue = columns.findIndex((column) => column.role === 'value');
  const end = firstValue === -1 ? columns.length : firstValue;
  let named = columns.some((column) => column.role === 'name');
  for (let i = end - 1; i >= 0; i--) {
    const column = columns[i] as Column;
    if (column.role !== 'other') continue;
    if (!named) {
      column.role = 'name';
      named = true;
    } else if (columns.slice(i + 1).some((c) => c.role === 'name')) {
      column.role = 'category';
    }
  }
}
