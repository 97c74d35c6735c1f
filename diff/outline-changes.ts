import type { Document, OutlineItem } from '../dataset/schema.ts';
import { refOf, type Change } from './change.ts';
import { movedItems } from './outline-moves.ts';
import { itemText, pairOutline } from './outline-pairs.ts';
import { isRenumbered, ranksOf } from './renumbering.ts';
import { findRegroupings } from './split-merge.ts';
import { roundScore } from './similarity.ts';
import { collapseSpace, diffText } from './text-diff.ts';

/** A change with the place it sorts at in the report: where it falls in the new outline. */
interface Placed {
  change: Change;
  anchor: number;
}

/**
 * What changed between the outlines of two documents: items paired by content
 * (`pairOutline`), then `moved`, `renumbered`, `reworded` (with a character diff of title and
 * body), `split` and `merged`, and the items left over `added` or `removed`. In the order of
 * the new outline, removed items where they stood.
 *
 * @example diffOutline(draft, final) // [{entity: 'outline', kind: 'added', label: '健全投入保障机制', …}]
 */
export function diffOutline(oldDocument: Document, newDocument: Document): Change[] {
  const olds = oldDocument.outline;
  const news = newDocument.outline;
  const { pairs, oldGrams, newGrams } = pairOutline(olds, news);
  const regroupings = findRegroupings(olds.map(itemText), oldGrams, news.map(itemText), newGrams, pairs);
  const regrouped = { old: new Set(regroupings.flatMap((r) => r.old)), new: new Set(regroupings.flatMap((r) => r.new)) };
  const moved = movedItems(olds, news, pairs);
  const oldRanks = ranksOf(olds);
  const newRanks = ranksOf(news);
  const oldRef = (i: number) => refOf(olds[i]!, oldDocument.id);
  const newRef = (i: number) => refOf(news[i]!, newDocument.id);
  // A removed item sorts just after the new partner of the paired item before it.
  const newIndexOfOld = new Map(pairs.map((p) => [p.old, p.new]));
  const anchorOfOld = (i: number) => {
    for (let k = i - 1; k >= 0; k -= 1) if (newIndexOfOld.has(k)) return newIndexOfOld.get(k)! + 0.5;
    return -0.5;
  };
  const placed: Placed[] = [];
  const base = (kind: Change['kind'], label: string, old: number[], now: number[]): Change => ({
    entity: 'outline', kind, label, old: old.map(oldRef), new: now.map(newRef), from: null, to: null, score: null,
  });

  for (const pair of pairs) {
    if (regrouped.old.has(pair.old) || regrouped.new.has(pair.new)) continue;
    const old = olds[pair.old]!;
    const now = news[pair.new]!;
    const markers = { from: old.marker, to: now.marker };
    const score = pair.score < 1 ? roundScore(pair.score) : null;
    if (moved.has(pair.new)) {
      placed.push({ change: { ...base('moved', now.title, [pair.old], [pair.new]), ...markers, score }, anchor: pair.new });
    } else if (isRenumbered(old, oldRanks[pair.old]!, now, newRanks[pair.new]!)) {
      placed.push({ change: { ...base('renumbered', now.title, [pair.old], [pair.new]), ...markers, score }, anchor: pair.new });
    }
    if (!sameText(old, now)) {
      const diff = { title: diffText(old.title, now.title), body: diffText(old.body, now.body) };
      placed.push({ change: { ...base('reworded', now.title, [pair.old], [pair.new]), ...markers, score, diff }, anchor: pair.new + 0.1 });
    }
  }
  for (const regrouping of regroupings) {
    const label = regrouping.kind === 'split' ? olds[regrouping.old[0]!]!.title : news[regrouping.new[0]!]!.title;
    const change = { ...base(regrouping.kind, label, regrouping.old, regrouping.new), score: roundScore(regrouping.score) };
    placed.push({ change, anchor: Math.min(...regrouping.new) });
  }
  const paired = { old: new Set(pairs.map((p) => p.old)), new: new Set(pairs.map((p) => p.new)) };
  olds.forEach((item, i) => {
    if (paired.old.has(i) || regrouped.old.has(i)) return;
    placed.push({ change: { ...base('removed', item.title, [i], []), from: item.marker }, anchor: anchorOfOld(i) });
  });
  news.forEach((item, i) => {
    if (paired.new.has(i) || regrouped.new.has(i)) return;
    placed.push({ change: { ...base('added', item.title, [], [i]), to: item.marker }, anchor: i });
  });
  return placed.toSorted((a, b) => a.anchor - b.anchor).map((p) => p.change);
}

function sameText(a: OutlineItem, b: OutlineItem): boolean {
  return collapseSpace(a.title) === collapseSpace(b.title) && collapseSpace(a.body) === collapseSpace(b.body);
}
