import { assignPairs, type Candidate } from './assign-pairs.ts';
import type { Change, Comparison } from './change.ts';
import { formatFigure, type Observation } from './observations.ts';
import { scopesAgree } from './scopes.ts';
import { bigramsOf, dice, roundScore } from './similarity.ts';

/**
 * Lowest name similarity at which two differently named indicators are paired (when no value of
 * the same name, year and scope exists). 学前三年毛入园率 ~ 学前教育毛入园率 scores 0.57.
 */
export const NAME_THRESHOLD = 0.5;

/**
 * What changed between the figures of two documents: observations paired by name (identical
 * after normalization first, then the most similar), year and scope; a paired figure whose value
 * changed is `value-changed`, one whose comparator alone changed `comparator-changed`; the rest
 * `added` or `removed`. Every pair is also returned as a comparison, changed or not.
 *
 * @param home scopes naming the plans' own regions (see `scopesAgree`)
 * @example diffObservations('indicator', old, now, new Set(['张掖市'])).changes[0].kind // 'value-changed'
 */
export function diffObservations(
  entity: 'indicator' | 'target', olds: Observation[], news: Observation[], home: Set<string>,
): { changes: Change[]; comparisons: Comparison[] } {
  const oldGrams = olds.map((o) => bigramsOf(o.key));
  const newGrams = news.map((o) => bigramsOf(o.key));
  const candidates: Candidate[] = [];
  // Only values of one year can pair: bucket the new ones by year.
  const newByYear = new Map<number | null, number[]>();
  news.forEach((now, j) => {
    const bucket = newByYear.get(now.year);
    if (bucket) bucket.push(j);
    else newByYear.set(now.year, [j]);
  });
  olds.forEach((old, i) => {
    for (const j of newByYear.get(old.year) ?? []) {
      const now = news[j]!;
      if (!scopesAgree(old.scope, now.scope, home) || !unitsAgree(old.unit, now.unit)) continue;
      const score = old.key === now.key ? 1 : dice(oldGrams[i]!, newGrams[j]!);
      if (score >= NAME_THRESHOLD) candidates.push({ old: i, new: j, score });
    }
  });
  const pairs = assignPairs(olds.length, news.length, candidates, NAME_THRESHOLD);
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
      score, changed: kind !== null, old: old.ref, new: now.ref,
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

function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function valuesDiffer(a: Observation, b: Observation): boolean {
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
