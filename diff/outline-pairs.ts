import type { OutlineItem } from '../dataset/schema.ts';
import { assignPairs, type Candidate, type Pair } from './assign-pairs.ts';
import { bigramsOf, dice, sizeOf, type Bigrams } from './similarity.ts';
import { collapseSpace } from './text-diff.ts';

/**
 * Lowest similarity at which two outline items count as the same item reworded. Below half
 * of their character pairs in common, two tasks are different tasks.
 */
export const OUTLINE_THRESHOLD = 0.5;

/**
 * Most similarity computations between the changed items of two outlines. Up to it every changed
 * old item is compared with every changed new one; past it (two long outlines with little in
 * common) each is compared with those around its relative place in the other outline, so the
 * time stays bounded; an item moved further than that then shows as removed and added.
 */
export const MAX_COMPARISONS = 250_000;

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
  const exact = pairIdentical(oldTexts, newTexts);
  const oldLeft = indexesNotIn(olds.length, new Set(exact.map((p) => p.old)));
  const newLeft = indexesNotIn(news.length, new Set(exact.map((p) => p.new)));
  const newSizes = newGrams.map(sizeOf);
  const candidates: Candidate[] = [];
  const reach = Math.max(1, Math.floor(MAX_COMPARISONS / Math.max(1, oldLeft.length) / 2));
  for (const [rank, i] of oldLeft.entries()) {
    const size = sizeOf(oldGrams[i]!);
    // Each changed old item is compared with the changed new items around its relative place.
    const centre = Math.round((rank / Math.max(1, oldLeft.length - 1)) * (newLeft.length - 1));
    for (const j of newLeft.slice(Math.max(0, centre - reach), centre + reach + 1)) {
      // Dice can reach at most 2·min/(sum): skip pairs whose lengths alone rule them out.
      const otherSize = newSizes[j]!;
      if ((2 * Math.min(size, otherSize)) / Math.max(1, size + otherSize) < OUTLINE_THRESHOLD) continue;
      const score = dice(oldGrams[i]!, newGrams[j]!);
      if (score >= OUTLINE_THRESHOLD) candidates.push({ old: i, new: j, score });
    }
  }
  const similar = assignPairs(olds.length, news.length, candidates, OUTLINE_THRESHOLD);
  return { pairs: [...exact, ...similar].toSorted((a, b) => a.old - b.old), oldGrams, newGrams };
}

/**
 * Identical items first, through a hash of their texts: most of two drafts is unchanged, and this
 * keeps the comparison of every item with every other to the items that changed. Repeated texts
 * (two headings 职业教育) pair in their order.
 */
function pairIdentical(oldTexts: string[], newTexts: string[]): Pair[] {
  const newByText = new Map<string, number[]>();
  newTexts.forEach((text, j) => {
    const list = newByText.get(text);
    if (list) list.push(j);
    else newByText.set(text, [j]);
  });
  const used = new Map<string, number>();
  const pairs: Pair[] = [];
  oldTexts.forEach((text, i) => {
    const taken = used.get(text) ?? 0;
    const j = newByText.get(text)?.[taken];
    if (j === undefined) return;
    used.set(text, taken + 1);
    pairs.push({ old: i, new: j, score: 1 });
  });
  return pairs;
}

function indexesNotIn(count: number, taken: Set<number>): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => !taken.has(i));
}
