import type { DocumentContext } from '../pipeline/context.ts';
import type { Table } from '../dataset/schema.ts';

/** Every indicator table of a document. Placeholder until the table reader lands. */
export function extractTables(_context: DocumentContext): Table[] {
  return [];
}
