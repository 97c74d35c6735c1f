import type { OutlineItem } from '../dataset/schema.ts';

const NUMERAL = /[0-9〇零一二三四五六七八九十百]+/g;

/**
 * A marker's form with its number taken out: `（十二）` → `（#）`, `3.` → `#.`,
 * `第一部分` → `第#部分`. Two markers of one form differ only in their number.
 */
export function markerStyle(marker: string): string {
  return marker.replace(NUMERAL, '#');
}

/** Where an item stands among the items numbered like it, for telling renumbering apart. */
interface Ranks {
  /** 1-based rank among its siblings of the same marker form. */
  sibling: number;
  /** 1-based rank among the document's items of the same level and marker form (plans that number tasks straight through their sections). */
  document: number;
}

/** The ranks of every item of an outline, in its order. */
export function ranksOf(items: OutlineItem[]): Ranks[] {
  const sibling = new Map<string, number>();
  const document = new Map<string, number>();
  return items.map((item) => {
    const style = markerStyle(item.marker);
    const siblingKey = `${item.parentId ?? ''}\u0000${style}`;
    const documentKey = `${item.level}\u0000${style}`;
    sibling.set(siblingKey, (sibling.get(siblingKey) ?? 0) + 1);
    document.set(documentKey, (document.get(documentKey) ?? 0) + 1);
    return { sibling: sibling.get(siblingKey)!, document: document.get(documentKey)! };
  });
}

/**
 * Whether an item's marker changed for a reason of its own, not merely because items were
 * added, removed or moved before it: its form changed, or its number moved by other than its
 * rank did (counted among siblings, or through the document for plans numbered straight
 * through). A task that became （五） because one was inserted before it is not renumbered.
 *
 * @example isRenumbered(taskFour, rank, taskFive, rankPlusOne) // false
 */
export function isRenumbered(old: OutlineItem, oldRanks: Ranks, now: OutlineItem, newRanks: Ranks): boolean {
  if (old.marker === now.marker) return false;
  if (markerStyle(old.marker) !== markerStyle(now.marker) || old.ordinal === null || now.ordinal === null) return true;
  const shift = now.ordinal - old.ordinal;
  return shift !== newRanks.sibling - oldRanks.sibling && shift !== newRanks.document - oldRanks.document;
}
