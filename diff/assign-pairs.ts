/** A possible pairing of the `old`-th record of one list with the `new`-th of the other. */
export interface Candidate {
  old: number;
  new: number;
  /** Similarity, 0 to 1; 1 is identity. */
  score: number;
  /** Among candidates of equal score, the higher is kept first (0 when not given). */
  preference?: number;
}

/** A pairing that was kept. */
export type Pair = Omit<Candidate, 'preference'>;

/**
 * One-to-one pairing of two ordered lists, greedy by score: the best-scoring candidate is kept
 * first, then the best of those left whose records are both free, and so on. Candidates below
 * `threshold` are never kept. Ties go to the higher `preference`, then to the pair whose records
 * stand at the most similar place in their lists (relative position), then to the earlier records, which makes the result
 * deterministic and keeps repeated texts (two identical headings) in their order.
 *
 * @param oldCount, newCount the lengths of the two lists, for relative positions
 * @returns the kept pairs, in old order
 * @example assignPairs(2, 2, [{old: 0, new: 1, score: 1}, {old: 1, new: 1, score: 0.9}], 0.5) // [{old: 0, new: 1, score: 1}]
 */
export function assignPairs(oldCount: number, newCount: number, candidates: Candidate[], threshold: number): Pair[] {
  const place = (index: number, count: number) => (count <= 1 ? 0 : index / (count - 1));
  const distance = (c: Candidate) => Math.abs(place(c.old, oldCount) - place(c.new, newCount));
  const ranked = candidates
    .filter((c) => c.score >= threshold)
    .toSorted((a, b) => b.score - a.score || (b.preference ?? 0) - (a.preference ?? 0) || distance(a) - distance(b) || a.old - b.old || a.new - b.new);
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const candidate of ranked) {
    if (oldTaken.has(candidate.old) || newTaken.has(candidate.new)) continue;
    oldTaken.add(candidate.old);
    newTaken.add(candidate.new);
    pairs.push({ old: candidate.old, new: candidate.new, score: candidate.score });
  }
  return pairs.toSorted((a, b) => a.old - b.old);
}
