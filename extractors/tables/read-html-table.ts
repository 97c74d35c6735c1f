import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import type { ReaderInput } from './reader-input.ts';

/** The tags that make a table's structure; every other tag inside a cell is dropped. */
// Attribute runs are bounded so that a `<td` never closed cannot make the scan quadratic.
const STRUCTURE = /<(\/?)(table|tr|td|th)\b([^>]{0,500})>/gi;
const INNER_TAG = /<[^>]{0,500}>/g;
const SPAN = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,3})`, 'i');
const ROWSPAN = SPAN('rowspan');
const COLSPAN = SPAN('colspan');

/**
 * Reads an HTML `<table>` (web pages saved as text keep them) into the table model. A cell
 * that spans several columns (colspan) is followed by empty cells for the columns it covers
 * and states its span, so that cells stay aligned with their columns; a cell that spans
 * several rows (rowspan) leaves an empty cell in the rows below, a merged cell the interpreter
 * carries down. Tags inside a cell (`<p>`, `<br>`) are not its text. Returns null when the line
 * at `index` does not open a table.
 *
 * @example readHtmlTable(input, 0)?.table.rows[1]?.cells[0]?.text // '' under a rowspan=2 指标
 */
export function readHtmlTable(input: ReaderInput, index: number): ReadResult | null {
  const { lines, text } = input;
  const first = lines[index];
  if (!first || !/<table\b/i.test(first.text)) return null;
  let next = index;
  while (next < lines.length && !/<\/table>/i.test((lines[next] as Line).text)) next++;
  const last = lines[Math.min(next, lines.length - 1)] as Line;
  const from = first.start + first.text.search(/<table\b/i);
  const close = text.slice(from, last.end).search(/<\/table>/i);
  const to = close === -1 ? last.end : from + close;
  return { table: tableOf('html', readRows(input, from, to)), next: Math.min(next + 1, lines.length) };
}

/** An open row's cells, and how many rows below each column is still covered from above. */
interface RowState {
  cells: Cell[];
  start: number;
}

function readRows(input: ReaderInput, from: number, to: number): CellRow[] {
  const rows: CellRow[] = [];
  const covered: number[] = []; // per column: rows below that a rowspan still covers
  let row: RowState | null = null;
  let cell: { start: number; colSpan: number; rowSpan: number } | null = null;
  const closeCell = (end: number) => {
    if (!row || !cell) return;
    skipCovered(row, covered, end);
    const column = row.cells.length;
    const read = htmlCell(input, cell.start, end);
    row.cells.push(cell.colSpan > 1 ? { ...read, colSpan: cell.colSpan } : read);
    for (let c = 1; c < cell.colSpan; c++) row.cells.push({ text: '', start: end, end });
    for (let c = column; c < column + cell.colSpan; c++) covered[c] = cell.rowSpan - 1;
    cell = null;
  };
  const closeRow = (end: number) => {
    closeCell(end);
    if (!row) return;
    skipCovered(row, covered, end);
    if (row.cells.length > 0) rows.push(rowOf(row.cells, row.start));
    row = null;
  };
  const block = input.text.slice(from, to);
  for (const match of block.matchAll(STRUCTURE)) {
    const at = from + match.index;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    if (tag === 'tr') {
      closeRow(at);
      if (!closing) row = { cells: [], start: at };
    } else if (tag === 'td' || tag === 'th') {
      closeCell(at);
      if (!closing) {
        row ??= { cells: [], start: at };
        const attributes = match[3] ?? '';
        cell = { start: at + match[0].length, colSpan: span(COLSPAN, attributes), rowSpan: span(ROWSPAN, attributes) };
      }
    }
  }
  closeRow(to);
  return rows;
}

/** Columns still covered by a rowspan from above get an empty cell in this row. */
function skipCovered(row: RowState, covered: number[], at: number): void {
  while ((covered[row.cells.length] ?? 0) > 0) {
    covered[row.cells.length] = (covered[row.cells.length] ?? 1) - 1;
    row.cells.push({ text: '', start: at, end: at });
  }
}

function span(pattern: RegExp, attributes: string): number {
  const value = Number(pattern.exec(attributes)?.[1] ?? 1);
  return Math.max(1, Math.min(value, 50));
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', ge: '≥', le: '≤', quot: '"', '#160': ' ' };

/** A cell's text without its inner tags and entities, placed from its first to its last character of text. */
function htmlCell(input: ReaderInput, start: number, end: number): Cell {
  const content = input.text.slice(start, end);
  const text = content.replace(INNER_TAG, ' ').replace(/&(nbsp|amp|lt|gt|ge|le|quot|#160);/g, (_, name: string) => ENTITIES[name] ?? '').replace(/\s+/g, ' ').trim();
  const [lead, trail] = textBounds(content, (offset) => input.isDamage(start + offset));
  const placed = cellOf(input.text, start + lead, start + trail, input.isDamage);
  return { ...placed, text };
}

/** Offsets of the first and just past the last character of a cell's content that is neither blank nor in a tag. */
function textBounds(content: string, isDamage: (offset: number) => boolean): [number, number] {
  const blank = (offset: number) => /\s/.test(content[offset] ?? '') && !isDamage(offset);
  let lead = 0;
  for (;;) {
    if (blank(lead)) lead++;
    else if (content[lead] === '<' && content.indexOf('>', lead) !== -1) lead = content.indexOf('>', lead) + 1;
    else break;
  }
  let trail = content.length;
  while (trail > lead) {
    if (blank(trail - 1)) trail--;
    else if (content[trail - 1] === '>' && content.lastIndexOf('<', trail - 1) >= lead) trail = content.lastIndexOf('<', trail - 1);
    else break;
  }
  return [lead, Math.max(lead, trail)];
}
