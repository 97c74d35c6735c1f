import type { Span } from '../../pipeline/context.ts';
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
 * flattening prints cells that spanned columns: the cells before the first year (or the
 * labels 指标, 类别 … that open a row without years) take one column each, so do 属性 and 单位
 * at its end, and the cells between share the columns between evenly (`2020年` over
 * `甘肃省 | 张掖市`). A row below as long as the columns those cells share stands under them
 * (the labels at either side spanned both rows); another shorter row that opens with no label
 * stands right-aligned. A cell that states its span (HTML colspan) covers the empty
 * cells the reader put after it.
 *
 * @example layoutHeader([h1, h2], 7).columns[2] // {role: 'value', year: 2020, scope: '张掖市', …}
 */
export function layoutHeader(header: CellRow[], width: number): HeaderLayout {
  const grid: Array<Array<Cell | null>> = [];
  let spanned: Span = { start: 0, end: width };
  for (const row of header) {
    const placed = placeCells(significant(row.cells), width, spanned);
    grid.push(placed.cells);
    spanned = placed.spanned;
  }
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

/**
 * The cell over each column of a header row (the same cell repeated over a span), and the
 * columns its spanned cells cover, under which the next row's cells stand.
 */
function placeCells(cells: Cell[], width: number, under: Span): { cells: Array<Cell | null>; spanned: Span } {
  const placed: Array<Cell | null> = Array<Cell | null>(width).fill(null);
  const put = (cell: Cell, from: number, span: number) => {
    for (let c = from; c < Math.min(width, from + span); c++) placed[c] = cell;
  };
  if (cells.length >= width || cells.some((cell) => cell.colSpan !== undefined)) {
    // Cells are aligned with their columns; one that states a span covers the empty cells after it.
    for (let column = 0; column < cells.length; column += cells[column]?.colSpan ?? 1) {
      put(cells[column] as Cell, column, cells[column]?.colSpan ?? 1);
    }
    return { cells: placed, spanned: { start: 0, end: width } };
  }
  // A row as long as the columns the row above spans stands under them (its labels spanned rows).
  if (cells.length === under.end - under.start) {
    cells.forEach((cell, i) => put(cell, under.start + i, 1));
    return { cells: placed, spanned: under };
  }
  const firstYear = cells.findIndex((cell) => headerYear(cell.text) !== null);
  let lead = firstYear;
  if (lead === -1) {
    lead = 0;
    while (lead < cells.length && labelRole((cells[lead] as Cell).text) !== null) lead++;
  }
  if (lead === 0 && firstYear === -1) {
    cells.forEach((cell, i) => put(cell, width - cells.length + i, 1));
    return { cells: placed, spanned: { start: width - cells.length, end: width } };
  }
  // Labels after the spanned cells (属性, 单位) keep one column each, at the right.
  let trail = 0;
  while (trail < cells.length - lead - 1 && isTrailingLabel(cells[cells.length - 1 - trail] as Cell)) trail++;
  cells.slice(0, lead).forEach((cell, i) => put(cell, i, 1));
  cells.slice(cells.length - trail).forEach((cell, i) => put(cell, width - trail + i, 1));
  const middle = cells.slice(lead, cells.length - trail);
  const room = width - lead - trail;
  const span = middle.length > 0 && room % middle.length === 0 ? room / middle.length : 1;
  middle.forEach((cell, i) => put(cell, lead + i * span, span));
  return { cells: placed, spanned: { start: lead, end: width - trail } };
}

function isTrailingLabel(cell: Cell): boolean {
  const role = labelRole(cell.text);
  return role === 'attribute' || role === 'unit';
}

function describeColumn(index: number, stack: Array<Cell | null>): Column {
  const texts = stack.map((cell) => cell?.text ?? '');
  const label = [...new Set(texts.filter((text) => text !== ''))].join(' ');
  const yearRow = texts.findIndex((text) => headerYear(text) !== null);
  const year = yearRow === -1 ? null : headerYear(texts[yearRow] ?? '');
  // Labels printed over two rows are read joined first (`指标` over `属性` is 指标属性, not 指标).
  const role = labelRole(texts.join('')) ?? texts.map(labelRole).find((r) => r !== null) ?? (year !== null || texts.some(isValueLabel) ? 'value' : 'other');
  // A scope is a column group in another header row than the year's: 甘肃省 under 2020年, or
  // 全国 over it; the nearest one below wins.
  const isScope = (cell: Cell | null): cell is Cell => cell !== null && cell !== stack[yearRow] && cell.text !== ''
    && headerYear(cell.text) === null && labelRole(cell.text) === null && !isValueLabel(cell.text);
  const scopeCell = yearRow === -1 ? undefined : (stack.slice(yearRow + 1).findLast(isScope) ?? stack.slice(0, yearRow).findLast(isScope));
  const scope = scopeCell ? compact(scopeCell.text) : null;
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
