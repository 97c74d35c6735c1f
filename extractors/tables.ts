import type { DocumentContext, Span } from '../pipeline/context.ts';
import type { Table } from '../dataset/schema.ts';

/** The indicator tables of a document and the ranges of text they occupy. */
export interface TablesResult {
  tables: Table[];
  /** Normalized ranges (caption to last row) of each table, for the prose extractors to skip. */
  regions: Span[];
}

/** Every indicator table of a document. Placeholder until the table reader lands. */
export function extractTables(_context: DocumentContext): TablesResult {
  return { tables: [], regions: [] };
}
