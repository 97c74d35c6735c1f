import type { DocumentSpan, FileContext } from './context.ts';
import type { TocEntry } from '../dataset/schema.ts';
import { splitLines } from './lines.ts';

/** How a file divides into documents. */
export interface Split {
  documents: DocumentSpan[];
  /** A compilation's table of contents. */
  toc?: TocEntry[];
  /** First and last line of trailing web boilerplate that belongs to no document. */
  boilerplate?: [number, number];
}

/**
 * Splits a file into its documents. Placeholder until the splitter lands: the whole file is
 * one document titled by its first non-empty line.
 */
export function splitDocuments(context: FileContext): Split {
  const first = splitLines(context.text).find((line) => line.text.trim() !== '');
  if (!first) return { documents: [] };
  const title = { text: first.text.trim(), start: first.start, end: first.end };
  return { documents: [{ start: 0, end: context.text.length, title, wrapper: null, headline: null }] };
}
