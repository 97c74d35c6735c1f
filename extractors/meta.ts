import type { DocumentContext } from '../pipeline/context.ts';
import type { Meta } from '../dataset/schema.ts';

/** A document's metadata, from its text alone. Placeholder until the metadata extractor lands. */
export function extractMeta(_context: DocumentContext): Meta {
  return {};
}
