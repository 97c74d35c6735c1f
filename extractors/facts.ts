import type { DocumentContext } from '../pipeline/context.ts';
import type { Fact } from '../dataset/schema.ts';

/** Reported figures (past results) in running text. Placeholder until the facts extractor lands. */
export function extractFacts(_context: DocumentContext): Fact[] {
  return [];
}
