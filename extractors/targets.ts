import type { DocumentContext } from '../pipeline/context.ts';
import type { Target } from '../dataset/schema.ts';

/** Quantified targets written in prose. Placeholder until the targets extractor lands. */
export function extractTargets(_context: DocumentContext): Target[] {
  return [];
}
