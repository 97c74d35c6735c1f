import type { OutlineItem } from '../dataset/schema.ts';
import { assignPairs, type Candidate, type Pair } from './assign-pairs.ts';
import { bigramsOf, dice, sizeOf, type Bigrams } from './similarity.ts';
import { collapseSpace } from './text-diff.ts';

/**
 * Lowest similarity at which two outline items count as the same item reworded. Below half
 * of their character pairs in common, two tasks are different tasks.
 */
export const OUTLINE_THRESHOLD = 0.5;

/** The text an outline item is compared on: its title and body, white space removed. */
export function itemText(item: OutlineItem): string {
  return collapseSpace(`${item.title}${item.body}`);
}

/**
 * Pairs the items of two outlines by content, not by number: similarity of title and body on
 * character bigrams, one-to-one, greedy by score, the outline order breaking ties. A task that
 * was renumbered, moved or lightly reworded keeps its partner.
 *
 * @returns the pairs (indexes into `olds` and `news`) and each item's bigrams, for later stages
 * @example pairOutline(old.outline, new.outline).pairs[0] // {old: 0, new: 0, score: 1}
 */
export function pairOutline(olds: OutlineItem[], news: OutlineItem[]): { pairs: Pair[]; oldGrams: Bigrams[]; newGrams: Bigrams[] } {
  const oldTexts = olds.map(itemText);
  const newTexts = news.map(itemText);
  const oldGrams = oldTexts.map(bigramsOf);
  const newGrams = newTexts.map(bigramsOf);
  const newSizes = newGrams.map(sizeOf);
  const candidates: Candidate[] = [];
  oldGrams.forEach((grams, i) => {
    const size = sizeOf(grams);
    newGrams.forEach((other, j) => {
      // Dice can reach at most 2·min/(sum): skip pairs whose lengths alone rule them out.
      const otherSize = newSizes[j]!;
      if ((2 * Math.min(size, otherSize)) / Math.max(1, size + otherSize) < OUTLINE_THRESHOLD) return;
      const score = oldTexts[i] === newTexts[j] ? 1 : dice(grams, other);
      if (score >= OUTLINE_THRESHOLD) candidates.push({ old: i, new: j, score });
    });
  });
  return { pairs: assignPairs(olds.length, news.length, candidates, OUTLINE_THRESHOLD), oldGrams, newGrams };
}
