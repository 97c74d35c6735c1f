import type { DocumentContext } from '../pipeline/context.ts';
import { fileContextOf } from './contexts.ts';
import { extractFile } from '../pipeline/extract-file.ts';
import type { Document } from '../dataset/schema.ts';
import { seedBytes } from './seeds.ts';

/**
 * A document context over `original` as one document titled `title`, for running a prose
 * extractor on a few real lines. Reported problems are collected in `reports`.
 */
export function documentContext(original: string, title: string): DocumentContext & { reports: string[] } {
  const { text, locator } = fileContextOf(original);
  const reports: string[] = [];
  return {
    text,
    locator,
    report: (ruleId) => void reports.push(ruleId),
    document: { start: 0, end: text.length, title: { text: title, start: 0, end: 0 }, wrapper: null, headline: null, contents: null },
    documentId: 'test#1',
    tableRegions: [],
    reports,
  };
}

/** The documents the whole pipeline extracts from a bundled seed plan. */
export function seedDocuments(stem: string): Document[] {
  const result = extractFile({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem) });
  if (result.status !== 'ok') throw new Error(`seed ${stem} did not extract: ${result.reason}`);
  return result.extraction.documents;
}
