import type { Line } from '../../pipeline/lines.ts';
import { tableOf, type CellRow, type ReadResult } from './model.ts';
import { compact } from './header-words.ts';
import { isBlankLine, type ReaderInput } from './reader-input.ts';

/** Lines a page break of a PDF copy leaves between the parts of a table: at most this many. */
const MAX_BREAK_LINES = 4;
/**
 * A line of page furniture or a continuation mark: a page number (`— 12 —`, `- 12 -`, `12`,
 * `第12页`), `续表`, `续表1`, `（续）`.
 */
const PAGE_BREAK_LINE = /^\s*(?:[-—–_]{1,3}\s*\d{1,4}\s*[-—–_]{1,3}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}|续表\s*\d{0,3}|续上表|[（(]\s*续\s*[)）])\s*$/;

/**
 * A table with the parts it continues in after page breaks: when the lines after a block are
 * only page furniture (page numbers, `续表`) and the same reader reads a block there that
 * opens with the same header row, the blocks are one table (the repeated header is dropped by
 * the interpreter). Each line is passed over once: the lines of a part are not read again.
 *
 * @example withContinuedParts(input, readPipeRows, readPipeRows(input, 2))?.table.rows.length // both parts' rows
 */
export function withContinuedParts(input: ReaderInput, read: (input: ReaderInput, index: number) => ReadResult | null, block: ReadResult | null): ReadResult | null {
  if (!block) return null;
  const headerKey = key(block.table.rows[0]);
  const rows = [...block.table.rows];
  let next = block.next;
  for (;;) {
    let at = next;
    let marks = 0;
    while (at < input.lines.length && at - next < MAX_BREAK_LINES && isBreakLine(input.lines[at] as Line)) {
      if (!isBlankLine(input.lines[at] as Line)) marks++;
      at++;
    }
    if (marks === 0 || at === next) break;
    const part = read(input, at);
    if (!part || key(part.table.rows[0]) !== headerKey) break;
    rows.push(...part.table.rows);
    next = part.next;
  }
  return next === block.next ? block : { table: tableOf(block.table.shape, rows), next };
}

function isBreakLine(line: Line): boolean {
  return isBlankLine(line) || isPageBreakLine(line);
}

/**
 * A line a page break leaves in a table (a page number, `续表`): where a reader that takes any
 * short line for a row stops, so that the parts can be joined.
 *
 * @example isPageBreakLine({text: '— 12 —', start: 0, end: 6}) // true
 */
export function isPageBreakLine(line: Line): boolean {
  return line.text.length <= 40 && PAGE_BREAK_LINE.test(line.text);
}

/** A header row's printed labels; empty cells do not count, since a reader may add one for a group column only one part shows. */
function key(row: CellRow | undefined): string {
  return row ? row.cells.filter((cell) => cell.text !== '').map((cell) => compact(cell.text)).join('|') : '';
}
