import { located, originalFields, type DocumentContext, type Span } from '../../pipeline/context.ts';
import type { TableRow, TableValue } from '../../dataset/schema.ts';
import { parseValue } from '../quantity.ts';
import type { Cell, CellRow } from './model.ts';
import type { Column, HeaderLayout } from './header-layout.ts';
import { compact } from './header-words.ts';
import { joinWrapped, readNameCell } from './name-cell.ts';
import { isNoFigure } from './cell-words.ts';
import { isDamageAt } from '../../pipeline/context.ts';
import { valueKind, type KindEvidence } from './value-kind.ts';
import { attributeOfMarks, type MarkedAttributes } from './table-note.ts';
import { continuesName, withContinuation } from './wrapped-name.ts';

/** What the body reader needs besides the rows: the layout and what decides kinds and ids. */
export interface BodyPlan {
  layout: HeaderLayout;
  evidence: KindEvidence;
  /** Unit stated by the header (`指标（%）`, `单位：%`), for rows whose name states none. */
  headerUnit: string | null;
  /** What the marks after names stand for, by the note under the table (`带★的为约束性指标`). */
  marks: MarkedAttributes;
  tableId: string;
}

/** A read row and what its name cell says of its place among the rows. */
interface ReadRow {
  record: TableRow;
  /** The name opened with 其中. */
  part: boolean;
  /** The column of the name in its line, for telling an indented part from a row of its own. */
  column: number;
  nameCell: Cell;
}

/** The row last read, for joining the rest of its name wrapped into a row of its own. */
interface LastRead {
  index: number;
  nameCell: Cell;
}

/** The record of the name cell `nameCell` with the rest of its name joined, when `word` continues it; else null. */
function withRestOfName(context: DocumentContext, nameCell: Cell, record: TableRow, word: Cell): TableRow | null {
  if (nameCell.continuation || !continuesName(nameCell.text, word)) return null;
  const cell = withContinuation(nameCell, word);
  const parts = readNameCell(nameText(context, cell), cell.start);
  return { ...record, name: parts.name, unit: parts.unit ?? record.unit, original: nameOriginal(context, cell, parts.span) };
}

/** The whole row that the 其中 rows under it are parts of. */
interface Whole {
  name: string;
  column: number;
}

/** The ordinal before a group's name (`一、发展水平`, `（二）`, in a group row or cell), which is not part of the group. */
const GROUP_MARKER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/;

/**
 * Reads a table's body rows into indicator rows: the group carried down merged cells (and set by
 * a group row of one cell, such as `一、发展水平`, without its ordinal), seq, name and unit from the name cell,
 * attribute, and one value per value column with its year, scope and kind. Ragged rows,
 * a cut-off last row, cells without a number and units that contradict the row are reported.
 *
 * @example readRows(context, rows, plan)[0]?.values[0] // {year: 2020, raw: '88.51', value: 88.51, …}
 */
export function readRows(context: DocumentContext, rows: CellRow[], plan: BodyPlan): TableRow[] {
  const { layout } = plan;
  const categoryColumns = layout.columns.filter((c) => c.role === 'category');
  const carried: Array<string | null> = categoryColumns.map(() => null);
  let group: string | null = null;
  // The row the 其中 rows belong to, and whether a part run is open (a 其中 row, or 其中 alone, above).
  let whole: Whole | null = null;
  let parts: 'none' | 'open' | 'next' = 'none';
  let lastRead: LastRead | null = null;
  const out: TableRow[] = [];
  rows.forEach((row, index) => {
    const filled = row.cells.filter((cell) => cell.text !== '');
    if (filled.length <= 1) {
      // One word is a group row (一、发展水平); one figure alone is a page number of a PDF copy;
      // 其中 alone opens the sub-rows of the row above and is no group; the rest of the name
      // above, wrapped into a row of its own (`| 区）比例（%） | | |`), is part of that name.
      const only = filled[0]?.text ?? '';
      const previous = out[out.length - 1];
      const joined = lastRead?.index === index - 1 && filled[0] && previous ? withRestOfName(context, lastRead.nameCell, previous, filled[0]) : null;
      if (joined) {
        out[out.length - 1] = joined;
      } else if (/^其中[:：]?$/.test(compact(only))) {
        parts = 'next';
      } else if (only !== '' && parseValue(only) === null) {
        group = joinWrapped(only).replace(GROUP_MARKER, '') || null;
        carried.fill(null);
        whole = null;
        parts = 'none';
      }
      return;
    }
    checkShape(context, row, layout.width, index === rows.length - 1);
    categoryColumns.forEach((column, i) => {
      // A group cell may carry the ordinal of its group (`一、普及水平`), as a group row does.
      const text = joinWrapped(row.cells[column.index]?.text ?? '').replace(GROUP_MARKER, '');
      if (text !== '') carried[i] = text;
    });
    const categories = carried.filter((c): c is string => c !== null);
    const category = categories.length ? categories.join('/') : group;
    const read = readRow(context, row, plan, category, `${plan.tableId}/r${out.length + 1}`);
    if (!read) return;
    lastRead = { index, nameCell: read.nameCell };
    // A part is a 其中 row, the row after 其中 alone, or a row indented under a part.
    const isPart = whole !== null && (read.part || parts === 'next' || (parts === 'open' && read.column > whole.column));
    if (isPart && whole) {
      out.push({ ...read.record, parent: whole.name });
      parts = 'open';
    } else {
      out.push(read.record);
      whole = { name: read.record.name, column: read.column };
      parts = 'none';
    }
  });
  return out;
}

function readRow(context: DocumentContext, row: CellRow, plan: BodyPlan, category: string | null, id: string): ReadRow | null {
  const cellAt = (role: Column['role']) => {
    const column = plan.layout.columns.find((c) => c.role === role);
    return column ? row.cells[column.index] : undefined;
  };
  const nameCell = cellAt('name');
  if (!nameCell || nameCell.text === '') return null;
  const parts = readNameCell(nameText(context, nameCell), nameCell.start);
  const seqText = cellAt('seq')?.text ?? '';
  const seq = parts.seq ?? (/^\d{1,3}[.、．]?$/.test(seqText) ? Number.parseInt(seqText, 10) : null);
  const attribute = compact(cellAt('attribute')?.text ?? '') || attributeOfMarks(parts.marks, plan.marks);
  const statedUnit = parts.unit ?? (compact(cellAt('unit')?.text ?? '') || plan.headerUnit);
  const cells = plan.layout.columns.filter((c) => c.role === 'value').map((column) => ({ column, cell: row.cells[column.index] }));
  const quantities = cells.map(({ cell }) => (cell && cell.text !== '' && !isDamagedFigure(context, cell) ? parseValue(cell.text) : null));
  const unit = statedUnit ?? mostFrequent(quantities.map((q) => q?.unit ?? null));
  const values: TableValue[] = [];
  cells.forEach(({ column, cell }, i) => {
    if (!cell || cell.text === '') return;
    const quantity = quantities[i] ?? null;
    if (quantity === null && isDamagedFigure(context, cell)) {
      context.report('tables:unparsed-value', `Unexpected encoding damage inside the figure \`${cell.text}\`, expected a whole number`, cell.start, cell.end);
    } else if (quantity === null && !isNoFigure(cell.text)) {
      context.report('tables:unparsed-value', `Unexpected cell \`${cell.text}\` without a number, expected a figure`, cell.start, cell.end, 'info');
    }
    if (quantity?.unit && unit && !unitsAgree(quantity.unit, unit)) {
      context.report('tables:unit-mismatch', `Unexpected unit \`${quantity.unit}\` in a row of unit \`${unit}\`, expected \`${unit}\``, cell.start, cell.end);
    }
    values.push({
      year: column.year,
      scope: column.scope,
      raw: context.locator.originalText(cell.start, cell.end).trim(),
      value: quantity?.value ?? null,
      comparator: quantity?.comparator ?? null,
      kind: valueKind(column.label, column.year, plan.evidence),
      ...located(context, cell.start, cell.end),
    });
  });
  const record: TableRow = {
    id, category, seq, name: parts.name, parent: null, unit, attribute, values,
    ...located(context, row.start, row.end),
    original: nameOriginal(context, nameCell, parts.span),
  };
  // Where the name's first character stands in its line: a part is printed indented under its whole.
  const column = nameCell.start - (context.text.lastIndexOf('\n', nameCell.start - 1) + 1);
  return { record, part: parts.part, column, nameCell };
}

/** The normalized text of a name cell, with the part a PDF copy wrapped under the row. */
function nameText(context: DocumentContext, cell: Cell): string {
  const more = cell.continuation;
  return context.text.slice(cell.start, cell.end) + (more ? context.text.slice(more.start, more.end) : '');
}

/**
 * The name as the original prints it, when that differs from the normalized one. `span` is
 * the name's range in the cell's joined text read from the cell's start; the part past the
 * cell's own end lies in its continuation.
 */
function nameOriginal(context: DocumentContext, cell: Cell, span: Span): Record<string, string> | undefined {
  const more = cell.continuation;
  if (!more || span.end <= cell.end) return originalFields(context, { name: span });
  const first = { start: Math.min(span.start, cell.end), end: cell.end };
  const rest = { start: more.start + Math.max(0, span.start - cell.end), end: more.start + (span.end - cell.end) };
  const found = originalFields(context, { first, rest });
  if (!found) return undefined;
  const text = (part: Span, key: 'first' | 'rest') => found[key] ?? context.text.slice(part.start, part.end);
  return { name: text(first, 'first') + text(rest, 'rest') };
}

/**
 * Whether encoding damage stands inside a cell's figure (`9?8`, `99.?5`): what the figure was
 * cannot be known, so it is not read. Damage before or after the figure (`?>99%`) is harmless.
 */
function isDamagedFigure(context: DocumentContext, cell: Cell): boolean {
  const text = context.text.slice(cell.start, cell.end);
  // Between digits the normalizer keeps a `?` as printed (it may be a URL's), so both count.
  for (const match of text.matchAll(/[\d.][\s?\ufffd]+(?=[\d.])/g)) {
    const from = cell.start + match.index + 1;
    for (let at = from; at < from + match[0].length - 1; at++) {
      if (/[?\ufffd]/.test(context.text[at] ?? '') || isDamageAt(context, at)) return true;
    }
  }
  return false;
}

/** Reports a row with more cells than the header, or fewer (a cut-off table when it is the last). */
function checkShape(context: DocumentContext, row: CellRow, width: number, last: boolean): void {
  const extra = row.cells.slice(width).filter((cell) => cell.text !== '');
  const first = extra[0];
  if (first) {
    context.report('tables:ragged-row', `Unexpected row of ${width + extra.length} cells, expected ${width} as the header has`, first.start, row.end);
  } else if (row.cells.length < width) {
    const rule = last ? 'tables:truncated' : 'tables:ragged-row';
    const reason = last
      ? `Unexpected end of table after ${row.cells.length} of ${width} cells, expected a whole row`
      : `Unexpected row of ${row.cells.length} cells, expected ${width} as the header has`;
    context.report(rule, reason, row.end, row.end);
  }
}

/** A value's unit agrees with its row's when it is the same, or the row's magnitude alone (`3.5万` in a row of 万人). */
function unitsAgree(valueUnit: string, rowUnit: string): boolean {
  return valueUnit === rowUnit || (/^[万亿]$/.test(valueUnit) && rowUnit.startsWith(valueUnit));
}

/** The most frequent non-null item, the first of equals; null when there is none. */
function mostFrequent(items: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const item of items) if (item !== null) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: string | null = null;
  for (const [item, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = item;
  return best;
}

