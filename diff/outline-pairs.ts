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
 * character bigrams (`itemSimilarity`), one-to-one, greedy by score, the outline order breaking
 * ties. A task that
 * was renumbered, moved or lightly reworded keeps its partner.
 *
 * @returns the pairs (indexes into `olds` and `news`) and each item's bigrams, for later stages
 * @example pairOutline(old.outline, new.outline).pairs[0] // {old: 0, new: 0, score: 1}
 */
export function pairOutline(olds: OutlineItem[], news: OutlineItem[]): { pairs: Pair[]; oldGrams: Bigrams[]; newGrams: Bigrams[] } {
  const exact = pairIdentical(olds.map(itemText), news.map(itemText));
  const oldItems = olds.map(prepare);
  const newItems = news.map(prepare);
  const oldLeft = indexesNotIn(olds.length, new Set(exact.map((p) => p.old)));
  const newLeft = indexesNotIn(news.length, new Set(exact.map((p) => p.new)));
  const candidates: Candidate[] = [];
  const reach = Math.max(1, Math.floor(MAX_COMPARISONS / Math.max(1, oldLeft.length) / 2));
  for (const [rank, i] of oldLeft.entries()) {
    // Each changed old item is compared with the changed new items around its relative place.
    const centre = Math.round((rank / Math.max(1, oldLeft.length - 1)) * (newLeft.length - 1));
    for (const j of newLeft.slice(Math.max(0, centre - reach), centre + reach + 1)) {
      const score = itemSimilarity(oldItems[i]!, newItems[j]!);
      if (score >= OUTLINE_THRESHOLD) candidates.push({ old: i, new: j, score });
    }
  }
  const similar = assignPairs(olds.length, news.length, candidates, OUTLINE_THRESHOLD);
  return { pairs: [...exact, ...similar].toSorted((a, b) => a.old - b.old), oldGrams: oldItems.map((p) => p.text), newGrams: newItems.map((p) => p.text) };
}

/** An item's bigrams, of its whole text and of title and body apart, and how many. */
interface Prepared {
  text: Bigrams;
  textSize: number;
  title: Bigrams;
  body: Bigrams;
  bodySize: number;
}

function prepare(item: OutlineItem): Prepared {
  const text = bigramsOf(itemText(item));
  const body = bigramsOf(item.body);
  return { text, textSize: sizeOf(text), title: bigramsOf(item.title), body, bodySize: sizeOf(body) };
}

/**
 * Similarity of two items. When both have a body, the mean of title and body similarity: a task
 * whose title stayed while its body was rewritten (or the other way round) is still that task.
 * Otherwise (headings) that of their whole texts.
 */
function itemSimilarity(a: Prepared, b: Prepared): number {
  if (a.bodySize > 0 && b.bodySize > 0) return (dice(a.title, b.title) + dice(a.body, b.body)) / 2;
  // Dice is at most 2·min/(sum) of the sizes: skip texts whose lengths alone rule them out.
  const bound = (2 * Math.min(a.textSize, b.textSize)) / Math.max(1, a.textSize + b.textSize);
  return bound < OUTLINE_THRESHOLD ? 0 : dice(a.text, b.text);
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
