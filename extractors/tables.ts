import type { DocumentContext, Span } from '../pipeline/context.ts';
import type { Table } from '../dataset/schema.ts';
import { splitLines } from '../pipeline/lines.ts';
import type { ReadResult } from './tables/model.ts';
import type { ReaderInput } from './tables/reader-input.ts';
import { isDamageAt } from '../pipeline/context.ts';
import { readHtmlTable } from './tables/read-html-table.ts';
import { readPipeRows } from './tables/read-pipe-rows.ts';
import { readCellLines } from './tables/read-cell-lines.ts';
import { readTabRows } from './tables/read-tab-rows.ts';
import { readBareCellLines } from './tables/read-bare-cell-lines.ts';
import { readSpaceRows } from './tables/read-space-rows.ts';
import { interpretTable } from './tables/interpret-table.ts';
import { withContinuedParts } from './tables/continued-table.ts';

/** The indicator tables of a document and the ranges of text they occupy. */
export interface TablesResult {
  tables: Table[];
  /** Normalized ranges (caption to last row) of each table, for the prose extractors to skip. */
  regions: Span[];
}

/** The flattenings tables arrive in; each reads a block of lines into the one table model. */
const READERS: ReadonlyArray<(input: ReaderInput, index: number) => ReadResult | null> = [readHtmlTable, readPipeRows, readCellLines, readTabRows, readBareCellLines, readSpaceRows];

/**
 * Every indicator table of a document, whatever flattening it arrived in (one cell a line with
 * or without a leading TAB, rows with TABs, pipes or only spaces between cells, markdown, HTML): each reader cuts a
 * block of lines into cells, and one interpreter decides whether the block is an indicator
 * table and reads it. Each reader passes over each line at most once, so the scan stays linear
 * in the text.
 *
 * @example extractTables(context).tables[0]?.rows[0]?.name // '学前三年毛入园率'
 */
export function extractTables(context: DocumentContext): TablesResult {
  const lines = splitLines(context.text, context.document.start, context.document.end);
  const input: ReaderInput = { text: context.text, lines, isDamage: (offset) => isDamageAt(context, offset) };
  const tables: Table[] = [];
  const regions: Span[] = [];
  // A block a reader read and the interpreter refused is not read again by that reader, so that
  // every reader passes over each line once; the other readers still try the lines inside it.
  const readAgainFrom = READERS.map(() => 0);
  let index = 0;
  while (index < lines.length) {
    let next = index + 1;
    for (const [r, read] of READERS.entries()) {
      if (index < (readAgainFrom[r] ?? 0)) continue;
      const block = withContinuedParts(input, read, read(input, index));
      if (!block) continue;
      readAgainFrom[r] = block.next;
      const reading = interpretTable(context, lines, block.table, index, `${context.documentId}/t${tables.length + 1}`);
      if (!reading) continue;
      tables.push(reading.table);
      regions.push(reading.region);
      next = Math.max(next, block.next);
      break;
    }
    index = next;
  }
  return { tables, regions };
}
