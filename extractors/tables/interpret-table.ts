import { located, originalFields, type DocumentContext, type Span, type TextSpan } from '../../pipeline/context.ts';
import type { Line } from '../../pipeline/lines.ts';
import type { Table } from '../../dataset/schema.ts';
import { parseValue } from '../quantity.ts';
import type { Cell, CellRow, CellTable } from './model.ts';
import { layoutHeader, significant, type HeaderLayout } from './header-layout.ts';
import { compact, headerYear, labelRole } from './header-words.ts';
import { findCaption, unitAbove } from './caption.ts';
import { readRows } from './read-rows.ts';
import { tableKind } from './value-kind.ts';
import { planPeriod } from './plan-period.ts';
import { isUnit } from './name-cell.ts';
import { isAttributeWord } from './cell-words.ts';
import { markedAttributes, noteBelow } from './table-note.ts';

/** An indicator table read from a block of cells, and the text it occupies. */
export interface TableReading {
  table: Table;
  /** Caption (when it stands above the block) to last row, in the normalized text. */
  region: Span;
}

/** Where the header stands among a block's rows. */
interface HeaderPlace {
  /** A one-cell row above the header that names the table (`| 表1 主要指标 |`). */
  caption: Cell | null;
  start: number;
  count: number;
}

const MAX_HEADER_ROWS = 3;
const MAX_HEADER_CELL = 30;

/**
 * Interprets a block of cells as an indicator table, or gives null when it is none: it needs a
 * header (years, or a 指标 column) that its rows fit, and several rows with figures under it. A
 * table of contents, a run of numbered lines or a paragraph with TABs has neither.
 * `firstLine` is the index in `lines` of the block's first line, for finding the caption above.
 *
 * @example interpretTable(context, lines, block, 56, '004#1/t1')?.table.rows.length // 11
 */
export function interpretTable(context: DocumentContext, lines: Line[], block: CellTable, firstLine: number, tableId: string): TableReading | null {
  const place = findHeader(block.rows);
  if (!place) return null;
  const header = block.rows.slice(place.start, place.start + place.count);
  const body = withoutRepeatedHeader(withoutNotes(block.rows.slice(place.start + place.count)), header[0] as CellRow);
  const width = bodyWidth(body);
  if (width < 2) return null;
  const layout = markAttributeColumns(layoutHeader(header, width), body);
  if (!fits(layout, body)) return null;
  for (const row of layout.misfits) {
    const cells = significant(row.cells);
    const extra = cells[width] ?? row;
    context.report('tables:ragged-row', `Unexpected header of ${cells.length} cells, expected ${width} as its rows have`, extra.start, row.end);
  }
  const caption = place.caption ? { text: place.caption.text, start: place.caption.start, end: place.caption.end } : findCaption(lines, firstLine);
  const years = [...new Set(layout.columns.flatMap((c) => (c.role === 'value' && c.year !== null ? [c.year] : [])))].toSorted((a, b) => a - b);
  const evidence = { caption: caption?.text ?? '', period: planPeriod(caption?.text ?? '') ?? planPeriod(context.document.title?.text ?? ''), years };
  const unit = headerUnit(layout, caption) ?? unitAbove(lines, firstLine);
  const lastRow = body[body.length - 1] as CellRow;
  const marks = markedAttributes(`${caption?.text ?? ''}\n${noteBelow(lines, lineAfter(lines, firstLine, lastRow.end))}`);
  const rows = readRows(context, body, { layout, evidence, headerUnit: unit !== null && isUnit(unit) ? unit : null, marks, tableId });
  const first = header[0] as CellRow;
  const table: Table = {
    id: tableId,
    caption: caption?.text ?? null,
    kind: tableKind(rows.flatMap((row) => row.values.map((value) => value.kind))),
    rows,
    ...located(context, first.start, lastRow.end),
    original: caption ? originalFields(context, { caption }) : undefined,
  };
  return { table, region: { start: Math.min(caption?.start ?? first.lineStart, first.lineStart), end: lastRow.end } };
}

/** The header: after at most two one-cell caption rows, up to three rows of labels and years. */
function findHeader(rows: CellRow[]): HeaderPlace | null {
  let start = 0;
  let caption: Cell | null = null;
  while (start < 2 && start < rows.length && filled(rows[start] as CellRow).length === 1) {
    caption ??= filled(rows[start] as CellRow)[0] ?? null;
    start++;
  }
  let count = 0;
  while (count < MAX_HEADER_ROWS && start + count < rows.length && isHeaderRow(rows[start + count] as CellRow)) count++;
  if (count === 0) return null;
  const cells = rows.slice(start, start + count).flatMap(filled);
  const named = cells.some((cell) => headerYear(cell.text) !== null || labelRole(cell.text) === 'name');
  return named ? { caption, start, count } : null;
}

/** A row of two or more labels and no figure other than a year. */
function isHeaderRow(row: CellRow): boolean {
  const cells = filled(row);
  return cells.length >= 2 && cells.every((cell) => compact(cell.text).length <= MAX_HEADER_CELL && (headerYear(cell.text) !== null || parseValue(cell.text) === null));
}

/**
 * The body without the rows of one cell after its last row: notes (`注：…`, `资料来源…`), or a
 * group row with no rows under it, which is the heading after the table.
 */
function withoutNotes(rows: CellRow[]): CellRow[] {
  let end = rows.length;
  while (end > 0 && filled(rows[end - 1] as CellRow).length <= 1) end--;
  return rows.slice(0, end);
}

/** The body without the header printed again over a page break of a PDF copy (and its 续表 line). */
function withoutRepeatedHeader(rows: CellRow[], header: CellRow): CellRow[] {
  const key = (row: CellRow) => filled(row).map((cell) => compact(cell.text)).join('|');
  const headerKey = key(header);
  return rows.filter((row) => key(row) !== headerKey && !/^续表/.test(compact(filled(row)[0]?.text ?? '')));
}

/** The number of cells most body rows have (the larger of equals). */
function bodyWidth(rows: CellRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    if (filled(row).length < 2) continue;
    const width = significant(row.cells).length;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  for (const [width, count] of counts) if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && width > best)) best = width;
  return best;
}

/** Whether the body is the rows of figures the header announces. */
function fits(layout: HeaderLayout, body: CellRow[]): boolean {
  const nameColumn = layout.columns.find((c) => c.role === 'name');
  const valueColumns = layout.columns.filter((c) => c.role === 'value');
  if (!nameColumn || valueColumns.length === 0) return false;
  const dataRows = body.filter((row) => filled(row).length >= 2);
  const withFigures = dataRows.filter((row) => valueColumns.some((c) => {
    const text = row.cells[c.index]?.text ?? '';
    return text.length <= MAX_HEADER_CELL && parseValue(text) !== null;
  }));
  const names = dataRows.map((row) => compact(row.cells[nameColumn.index]?.text ?? ''));
  const shortNames = names.filter((name) => name.length > 0 && name.length <= 60 && !name.includes('。'));
  return withFigures.length >= 2 && withFigures.length * 2 >= dataRows.length && shortNames.length * 2 >= names.length;
}

/** A column whose header names no role but whose cells are all 约束性/预期性 is the attribute. */
function markAttributeColumns(layout: HeaderLayout, body: CellRow[]): HeaderLayout {
  const columns = layout.columns.map((column) => {
    if (column.role !== 'other') return column;
    const texts = body.map((row) => compact(row.cells[column.index]?.text ?? '')).filter((text) => text !== '');
    return texts.length > 0 && texts.every(isAttributeWord) ? { ...column, role: 'attribute' as const } : column;
  });
  return { ...layout, columns };
}

/** A unit the header states for all rows: `指标（%）`, `（单位：%）` in a header cell or the caption. */
function headerUnit(layout: HeaderLayout, caption: TextSpan | null): string | null {
  for (const text of [...layout.columns.map((c) => c.label), caption?.text ?? '']) {
    const stated = /单位[:：]\s*([^\s)）,，;；]{1,6})/.exec(text)?.[1];
    if (stated && isUnit(stated)) return stated;
  }
  // A unit suffix on the names' label (`指标（%）`), or one every value column's label shares (`2020年（%）`).
  const name = layout.columns.filter((c) => c.role === 'name').map((c) => unitSuffix(c.label));
  const values = [...new Set(layout.columns.filter((c) => c.role === 'value').map((c) => unitSuffix(c.label)))];
  return name[0] ?? (values.length === 1 ? (values[0] ?? null) : null);
}

/** The unit of a `（%）` suffix on any of the header texts a column's label joins. */
function unitSuffix(label: string): string | null {
  for (const part of label.split(' ')) {
    const suffix = /[（(]([^（()）]{1,6})[)）]$/.exec(part)?.[1];
    if (suffix && isUnit(suffix)) return suffix;
  }
  return null;
}

/** The index of the first line from `from` on that starts after `offset`. */
function lineAfter(lines: Line[], from: number, offset: number): number {
  let i = from;
  while (i < lines.length && (lines[i] as Line).start <= offset) i++;
  return i;
}

function filled(row: CellRow): Cell[] {
  return row.cells.filter((cell) => cell.text !== '');
}
