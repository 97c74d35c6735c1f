import { assignPairs, type Candidate, type Pair } from './assign-pairs.ts';
import type { Observation } from './observations.ts';
import { scopesAgree } from './scopes.ts';
import { bigramsOf, dice } from './similarity.ts';

/**
 * Lowest name similarity at which two differently named indicators are paired (when no value of
 * the same name, year and scope exists). 学前三年毛入园率 ~ 学前教育毛入园率 scores 0.57.
 */
export const NAME_THRESHOLD = 0.5;

/**
 * Pairs the figures of two documents one-to-one: same year, scopes that agree (`scopesAgree`),
 * units that do not contradict, and the same indicator name after normalization (score 1), or
 * else a similar name. A similar name is a fallback: it is offered only to figures with no
 * counterpart of their own name for that year and scope (a repeated figure, the same indicator
 * in a plan's two tables, is no orphan), and never when one name is the other with a qualifier
 * added (肃南裕固族自治县学前教育毛入园率 is a narrower indicator than 学前教育毛入园率).
 *
 * @param home scopes naming the plans' own regions
 * @example pairObservations(old, now, new Set(['张掖市']))[0] // {old: 0, new: 0, score: 1}
 */
export function pairObservations(olds: Observation[], news: Observation[], home: Set<string>): Pair[] {
  const newByYear = new Map<number | null, number[]>();
  news.forEach((now, j) => {
    const bucket = newByYear.get(now.year);
    if (bucket) bucket.push(j);
    else newByYear.set(now.year, [j]);
  });
  const same: Candidate[] = [];
  const similar: Candidate[] = [];
  const oldGrams = olds.map((o) => bigramsOf(o.key));
  const newGrams = news.map((o) => bigramsOf(o.key));
  olds.forEach((old, i) => {
    for (const j of newByYear.get(old.year) ?? []) {
      const now = news[j]!;
      if (!scopesAgree(old.scope, now.scope, home) || !unitsAgree(old.unit, now.unit)) continue;
      if (old.key === now.key) same.push({ old: i, new: j, score: 1 });
      else if (!old.key.includes(now.key) && !now.key.includes(old.key)) similar.push({ old: i, new: j, score: dice(oldGrams[i]!, newGrams[j]!) });
    }
  });
  const hasSame = { old: new Set(same.map((c) => c.old)), new: new Set(same.map((c) => c.new)) };
  const orphans = similar.filter((c) => !hasSame.old.has(c.old) && !hasSame.new.has(c.new));
  const candidates = [...same, ...orphans];
  // Values of one row go with values of one row: among equal names, prefer the pair of rows that
  // share the most years (a plan giving an indicator in two tables keeps each table's row whole).
  const rowsOf = (c: Candidate) => `${olds[c.old]!.rowId ?? c.old}\u0000${news[c.new]!.rowId ?? c.new}`;
  const shared = new Map<string, number>();
  for (const candidate of candidates) shared.set(rowsOf(candidate), (shared.get(rowsOf(candidate)) ?? 0) + 1);
  const ranked = candidates.map((c) => ({ ...c, preference: shared.get(rowsOf(c))! }));
  return assignPairs(olds.length, news.length, ranked, NAME_THRESHOLD);
}

function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
