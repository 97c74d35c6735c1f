import type { DocumentContext } from '../pipeline/context.ts';
import type { OutlineItem } from '../dataset/schema.ts';

/** Every heading and numbered item of a document. Placeholder until the outline extractor lands. */
export function extractOutline(_context: DocumentContext): OutlineItem[] {
  return [];
}
