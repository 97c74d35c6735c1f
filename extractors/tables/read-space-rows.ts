import type { Line } from '../../pipeline/lines.ts';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';
import { compact, headerYear, isValueLabel, labelRole } from './header-words.ts';
import { isAttributeWord, isFigure, isNoFigure } from './cell-words.ts';
import { continuesName, withContinuation } from './wrapped-name.ts';
import { isPageBreakLine } from './continued-table.ts';

const MAX_HEADER_CELL = 12;
const MAX_NAME = 40;
/** Longer lines are prose, not rows of short cells; checked before they are cut into words. */
const MAX_LINE = 300;

/**
 * Reads rows whose cells lost their TABs and stand apart by spaces only (a PDF copied as
 * text): `学前教育毛入园率（%） 88.51 95 约束性` under `指标 2020年 2025年 属性`. Since a name
 * may hold spaces itself, a row is cut from the right: as many cells as the header has after
 * its 指标 column, the rest is the name, and before it the group when the header has a group
 * column and the row prints one. A header cell padded with spaces (`指 标`, `2020 年`) is
 * joined again; rows of labels under the header (regions under years) are header rows too. A
 * line of one word between rows is a group row. Returns null unless a header
 * with a year starts at `index` and a row of figures follows.
 *
 * @example readSpaceRows(input, 0)?.table.rows[1]?.cells.map((c) => c.text) // ['学前教育毛入园率（%）', '88.51', '95', '约束性']
 */
export function readSpaceRows(input: ReaderInput, index: number): ReadResult | null {
  const first = input.lines[index];
  if (!first || !isPlainLine(first)) return null;
  const header = joinPaddedLabels(input, words(input, first));
  const nameAt = header.findIndex((cell) => labelRole(cell.text) === 'name');
  if (nameAt === -1 || nameAt > MAX_LEAD || !isHeader(header)) return null;
  // The columns before the names: a 序号 column takes numbers, any other a group.
  const lead: LeadRole[] = header.slice(0, nameAt).map((cell) => (labelRole(cell.text) === 'seq' ? 'seq' : 'group'));
  // Rows of labels under the header (regions under each year) are header rows too.
  const subHeaders: Cell[][] = [];
  let i = index + 1;
  for (let line = input.lines[i]; line && subHeaders.length < 2 && isPlainLine(line); line = input.lines[++i]) {
    const cells = joinPaddedLabels(input, words(input, line));
    if (cells.length === 0 || !cells.every((cell) => compact(cell.text).length <= MAX_HEADER_CELL && !isValueWord(cell))) break;
    const aligned = alignUnder(input, header, cells);
    if (!aligned) break;
    subHeaders.push(aligned);
  }
  const after = Math.max(header.length - nameAt - 1, ...subHeaders.map((cells) => (cells.length > header.length ? cells.length : 0)));
  const body: Array<Cell[] | SpaceRow> = [];
  let next = i;
  for (; i < input.lines.length; i++) {
    const line = input.lines[i] as Line;
    if (isBlankLine(line)) {
      if (isBlankLine(input.lines[i + 1] ?? line)) break;
      continue;
    }
    if (!isPlainLine(line) || isPageBreakLine(line)) break;
    const cells = words(input, line);
    const above = body[body.length - 1];
    if (cells.length === 1 && above && !Array.isArray(above) && !isBlankLine(input.lines[i - 1] ?? line) && continuesName(above.name.text, cells[0] as Cell)) {
      above.name = withContinuation(above.name, cells[0] as Cell);
      next = i + 1;
      continue;
    }
    const row = cells.length === 1 ? groupRow(cells) : bodyRow(input, cells, lead, after);
    if (!row) break;
    body.push(row);
    next = i + 1;
  }
  if (!body.some((row) => !Array.isArray(row))) return null;
  // A group printed before the names makes a group column, even under a header that has none.
  const extraGroup = !lead.includes('group') && body.some((row) => !Array.isArray(row) && row.extraGroup !== null);
  const headerCells = extraGroup ? [...header.slice(0, nameAt), emptyAt(first.start), ...header.slice(nameAt)] : header;
  const rows = [rowOf(headerCells, first.start)];
  for (const cells of subHeaders) {
    // A lower half placed under the header's cells keeps its place when a group column opens.
    const placed = extraGroup && cells.length === header.length ? [...cells.slice(0, nameAt), emptyAt(cells[0]?.start ?? 0), ...cells.slice(nameAt)] : cells;
    rows.push(rowOf(placed, cells[0]?.start ?? 0));
  }
  for (const row of body) {
    if (Array.isArray(row)) rows.push(rowOf(row, row[0]?.start ?? 0));
    else {
      const leads = row.leads.map((cell) => cell ?? emptyAt(row.name.start));
      const extra = extraGroup ? [row.extraGroup ?? emptyAt(row.name.start)] : [];
      const cellRow = rowOf([...leads, ...extra, row.name, ...row.values], leads[0]?.start ?? row.name.start);
      rows.push({ ...cellRow, end: Math.max(cellRow.end, row.name.continuation?.end ?? 0) });
    }
  }
  return { table: tableOf('space-rows', rows), next };
}

/**
 * A row of labels under the header, as header cells. More labels than the header has are
 * column groups under its cells (regions under each year) and stay as printed; fewer are the
 * lower halves of labels a PDF copy printed on two lines (`指标` over `名称`, `2020年` over
 * `基数`): each stands under the header cell whose start is nearest its own, and the row gets
 * an empty cell under the others. Null when two labels would stand under one cell, or a single
 * label is no lower half of the label above it (a group row under the header is none).
 */
function alignUnder(input: ReaderInput, header: Cell[], cells: Cell[]): Cell[] | null {
  if (cells.length > header.length) return cells.length >= 2 ? cells : null;
  const starts = header.map((cell) => displayColumn(input.text, cell.start));
  const placed: Cell[] = header.map((cell) => emptyAt(cell.start));
  let last = -1;
  for (const cell of cells) {
    const column = displayColumn(input.text, cell.start);
    let best = 0;
    starts.forEach((start, k) => {
      if (Math.abs(start - column) < Math.abs((starts[best] ?? 0) - column)) best = k;
    });
    if (best <= last || !isLowerHalf((header[best] as Cell).text, cell.text)) return null;
    placed[best] = cell;
    last = best;
  }
  return placed;
}

/** A label that completes the one above it (`指标` `名称`, `指标` `属性`) or qualifies a year (`基数`, `目标`). */
function isLowerHalf(above: string, label: string): boolean {
  return labelRole(compact(above) + compact(label)) !== null || labelRole(label) !== null || isValueLabel(label);
}

/**
 * The column a character stands in as a monospace layout shows it: a Chinese character (or
 * other wide one) takes two. The scan goes back to the line's start only, so a row costs its
 * own length.
 */
function displayColumn(text: string, offset: number): number {
  let column = 0;
  for (let at = offset - 1; at >= 0 && text[at] !== '\n'; at--) column += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(text[at] ?? '') ? 2 : 1;
  return column;
}

/** Columns a header may have before its names: 序号, 类别, or both. */
const MAX_LEAD = 2;

/** What a column before the names holds. */
type LeadRole = 'seq' | 'group';

/** A body row cut into its lead cells (seq, group; null where the row prints none), name and value cells. */
interface SpaceRow {
  leads: Array<Cell | null>;
  /** A group the row prints before a seq under a header that has no group column. */
  extraGroup: Cell | null;
  name: Cell;
  values: Cell[];
}

function emptyAt(offset: number): Cell {
  return { text: '', start: offset, end: offset };
}

/** A short line that no other flattening claims: no TAB, no pipe, no sentence. */
function isPlainLine(line: Line): boolean {
  return line.text.length <= MAX_LINE && !line.text.includes('\t') && !line.text.includes('|') && !/[。；]/.test(line.text) && line.text.trim() !== '';
}

/**
 * The words of a line: its runs of non-blank characters, each a cell. A blank that is encoding
 * damage (`?>99%`) is part of its word, as the `?` was.
 */
function words(input: ReaderInput, line: Line): Cell[] {
  const cells: Cell[] = [];
  let start = -1;
  for (let at = line.start; at <= line.end; at++) {
    const blank = at === line.end || (/\s/.test(input.text[at] ?? '') && !input.isDamage(at));
    if (!blank && start === -1) start = at;
    if (blank && start !== -1) {
      cells.push(cellOf(input.text, start, at, input.isDamage));
      start = -1;
    }
  }
  return cells;
}

/** Joins header words a padded label split: `指 标` → 指标, `2020 年` → 2020年. */
function joinPaddedLabels(input: ReaderInput, cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    const splitYear = last !== undefined && /^\d{4}$/.test(last.text) && cell.text.startsWith('年');
    const splitWord = last !== undefined && /^\p{Script=Han}$/u.test(cell.text) && /^\p{Script=Han}+$/u.test(last.text) && labelRole(last.text) === null;
    if (last && (splitYear || splitWord)) out[out.length - 1] = cellOf(input.text, last.start, cell.end, input.isDamage);
    else out.push(cell);
  }
  return out;
}

/** Short labels, at least one of them a year (or a column of figures such as 目标值). */
function isHeader(cells: Cell[]): boolean {
  // Two cells (`指标  2025年`) are a header too: regions under the year may follow.
  return cells.length >= 2
    && cells.every((cell) => compact(cell.text).length <= MAX_HEADER_CELL)
    && cells.some((cell) => headerYear(cell.text) !== null || isValueLabel(cell.text));
}

function groupRow(cells: Cell[]): Cell[] | null {
  const only = cells[0];
  return only && only.text.length <= 20 && !isFigure(only.text) ? cells : null;
}

const SEQ_WORD = /^\d{1,3}[.、．]/;
/** A seq printed in a column of its own: `1`, `1.`, `1、`. */
const SEQ_CELL = /^\d{1,3}[.、．]?$/;

/**
 * A body row cut from the right; null when it is no row (no figure and no seq, a name that is
 * a sentence). A bracketed qualifier stays with its figure. Figures just left of the cut belong to the values, and then the words of a
 * value that holds a space (`通过自治区 评估认定`) are joined into one cell. The words left of
 * the name fill the lead columns: a number the 序号 column, a word the group column when a
 * name still follows (a merged group is not printed). A seq word (`6.`) after the first word
 * marks the words before it as the group (`高中阶段 教育`).
 */
function bodyRow(input: ReaderInput, words: Cell[], lead: LeadRole[], after: number): SpaceRow | null {
  const cells = joinQualifiers(input, words);
  let cut = Math.max(1, cells.length - after);
  while (cut > 1 && isValueWord(cells[cut - 1] as Cell)) cut--;
  const values = joinValueWords(input, cells.slice(cut), after);
  let left = cells.slice(0, cut);
  const leads: Array<Cell | null> = [];
  for (const role of lead) {
    const word = left[0];
    const fits = word !== undefined && left.length >= 2 && (role === 'seq' ? SEQ_CELL.test(word.text) : !SEQ_WORD.test(word.text) && !SEQ_CELL.test(word.text));
    // A wrapped group (`高中阶段 教育`) is every word before the name's seq.
    const seqAt = role === 'group' ? left.findIndex((cell, i) => i > 0 && SEQ_WORD.test(cell.text)) : -1;
    const taken = seqAt > 0 ? seqAt : fits ? 1 : 0;
    leads.push(spanning(input, left.slice(0, taken)));
    left = left.slice(taken);
  }
  const seqAt = lead.includes('group') ? -1 : left.findIndex((cell, i) => i > 0 && SEQ_WORD.test(cell.text));
  const extraGroup = seqAt > 0 ? spanning(input, left.slice(0, seqAt)) : null;
  if (seqAt > 0) left = left.slice(seqAt);
  const name = spanning(input, left);
  if (!name || name.text.length > MAX_NAME || isFigure(name.text)) return null;
  if (!values.some((cell) => isFigure(cell.text)) && !SEQ_WORD.test(name.text)) return null;
  return { leads, extraGroup, name, values };
}

/** A bracketed word after a figure is its qualifier, one cell with it: `95% (基本均衡)`. */
function joinQualifiers(input: ReaderInput, cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && /^[（(].*[)）]$/.test(cell.text) && isFigure(last.text)) out[out.length - 1] = cellOf(input.text, last.start, cell.end, input.isDamage);
    else out.push(cell);
  }
  return out;
}

/** One cell over words `[first, last]`, or null for none. */
function spanning(input: ReaderInput, cells: Cell[]): Cell | null {
  const head = cells[0];
  const tail = cells[cells.length - 1];
  return head && tail ? cellOf(input.text, head.start, tail.end, input.isDamage) : null;
}

/** A word that is a value cell by itself: a figure, a dash, an attribute. */
function isValueWord(cell: Cell): boolean {
  return isFigure(cell.text) || isNoFigure(cell.text) || isAttributeWord(cell.text);
}

/** Joins neighbouring words that are neither figures nor dashes nor attributes while there are more words than value columns. */
function joinValueWords(input: ReaderInput, cells: Cell[], columns: number): Cell[] {
  const out = [...cells];
  for (let i = 0; out.length > columns && i < out.length - 1; ) {
    const a = out[i] as Cell;
    const b = out[i + 1] as Cell;
    if (!isValueWord(a) && !isValueWord(b)) out.splice(i, 2, cellOf(input.text, a.start, b.end, input.isDamage));
    else i++;
  }
  return out;
}
