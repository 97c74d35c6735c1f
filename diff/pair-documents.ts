import type { Document } from '../dataset/schema.ts';
import { assignPairs, type Pair } from './assign-pairs.ts';
import { bigramsOf, dice } from './similarity.ts';

/** Lowest title similarity at which two documents of multi-document files are the same. */
export const DOCUMENT_THRESHOLD = 0.5;

/**
 * Pairs the documents of two files. Two single-document files pair whatever their titles (a
 * retitled draft is still the draft); otherwise documents pair one-to-one by title similarity,
 * so a compilation's articles find theirs even when articles were added or dropped.
 *
 * @example pairDocuments([draft], [final]) // [{old: 0, new: 0, score: 0.8}]
 */
export function pairDocuments(olds: Document[], news: Document[]): Pair[] {
  const grams = (d: Document) => bigramsOf(d.title);
  if (olds.length === 1 && news.length === 1) return [{ old: 0, new: 0, score: dice(grams(olds[0]!), grams(news[0]!)) }];
  const newGrams = news.map(grams);
  const candidates = olds.flatMap((old, i) => {
    const oldGrams = grams(old);
    return newGrams.map((g, j) => ({ old: i, new: j, score: dice(oldGrams, g) }));
  });
  return assignPairs(olds.length, news.length, candidates, DOCUMENT_THRESHOLD);
}
