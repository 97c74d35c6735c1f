import type { OutlineItem } from '../dataset/schema.ts';
import type { Pair } from './assign-pairs.ts';

/**
 * The paired items that moved: those now under a parent other than their old parent's partner,
 * and, among the items that kept their parent, those outside the longest run that kept its
 * order. Moving one task past another thus reports one move, not a cascade, and a section moved
 * whole is one move, not one per task in it.
 *
 * @returns the new-side indexes of the moved items
 * @example movedItems(olds, news, pairs) // Set { 4 } after task 5 was put before task 4
 */
export function movedItems(olds: OutlineItem[], news: OutlineItem[], pairs: Pair[]): Set<number> {
  const partnerId = new Map<string, string>();
  for (const pair of pairs) partnerId.set(olds[pair.old]!.id, news[pair.new]!.id);
  const moved = new Set<number>();
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const oldParent = olds[pair.old]!.parentId;
    const newParent = news[pair.new]!.parentId;
    const expected = oldParent === null ? null : partnerId.get(oldParent);
    if (expected !== newParent) {
      moved.add(pair.new);
      continue;
    }
    const key = newParent ?? '';
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  for (const group of groups.values()) {
    const inNewOrder = group.toSorted((a, b) => a.new - b.new);
    const kept = longestIncreasingRun(inNewOrder.map((pair) => pair.old));
    inNewOrder.forEach((pair, index) => {
      if (!kept.has(index)) moved.add(pair.new);
    });
  }
  return moved;
}

/**
 * Indexes of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
 * Of several equally long ones it keeps, at each length, the one ending in the smallest value.
 */
export function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) run.add(index);
  return run;
}
