import type { Change, Comparison } from './change.ts';
import { formatFigure, type Observation } from './observations.ts';
import { pairObservations } from './observation-pairs.ts';
import { roundScore } from './similarity.ts';

/**
 * What changed between the figures of two documents: observations paired by name, year and
 * scope (`pairObservations`); a paired figure whose value changed is `value-changed`, one whose
 * comparator alone changed `comparator-changed`; the rest `added` or `removed`. Every pair is also returned as a comparison, changed or not.
 *
 * @param home scopes naming the plans' own regions (see `scopesAgree`)
 * @example diffObservations('indicator', old, now, new Set(['张掖市'])).changes[0].kind // 'value-changed'
 */
export function diffObservations(
  entity: 'indicator' | 'target', olds: Observation[], news: Observation[], home: Set<string>,
): { changes: Change[]; comparisons: Comparison[] } {
  const pairs = pairObservations(olds, news, home);
  const changes: Change[] = [];
  const comparisons: Comparison[] = [];
  const describe = (o: Observation) => ({ year: o.year, scope: o.scope });
  for (const pair of pairs) {
    const old = olds[pair.old]!;
    const now = news[pair.new]!;
    const kind = valuesDiffer(old, now) ? 'value-changed' : old.comparator !== now.comparator ? 'comparator-changed' : null;
    const score = roundScore(pair.score);
    comparisons.push({
      entity, oldName: old.name, newName: now.name, year: now.year, scope: now.scope ?? old.scope, from: formatFigure(old), to: formatFigure(now),
      score, changed: kind !== null, oldRowId: old.rowId, newRowId: now.rowId, old: old.ref, new: now.ref,
    });
    if (kind === null) continue;
    changes.push({
      entity, kind, label: labelOf(old, now), old: [old.ref], new: [now.ref], from: formatFigure(old), to: formatFigure(now),
      score: pair.score < 1 ? score : null, year: now.year, scope: now.scope ?? old.scope,
    });
  }
  const pairedOld = new Set(pairs.map((p) => p.old));
  const pairedNew = new Set(pairs.map((p) => p.new));
  olds.forEach((old, i) => {
    if (!pairedOld.has(i)) changes.push({ entity, kind: 'removed', label: old.name, old: [old.ref], new: [], from: formatFigure(old), to: null, score: null, ...describe(old) });
  });
  news.forEach((now, j) => {
    if (!pairedNew.has(j)) changes.push({ entity, kind: 'added', label: now.name, old: [], new: [now.ref], from: null, to: formatFigure(now), score: null, ...describe(now) });
  });
  return { changes: changes.toSorted(byPlace), comparisons };
}

/** The name shown for a pair: one name when the names agree, `old ~ new` when paired by likeness. */
function labelOf(old: Observation, now: Observation): string {
  return old.key === now.key ? now.name : `${old.name} ~ ${now.name}`;
}

function valuesDiffer(a: Observation, b: Observation): boolean {
  if (a.note !== b.note) return true;
  if (a.value !== null && b.value !== null) return Math.abs(a.value - b.value) > 1e-9;
  if (a.value === null && b.value === null) return a.raw.replace(/\s+/g, '') !== b.raw.replace(/\s+/g, '');
  return true;
}

/** Changes in the order of the new file; removed figures after, in the order of the old file. */
function byPlace(a: Change, b: Change): number {
  const side = (c: Change) => (c.new.length > 0 ? 0 : 1);
  const offset = (c: Change) => (c.new[0] ?? c.old[0])?.position.start.offset ?? 0;
  return side(a) - side(b) || offset(a) - offset(b);
}
