import { describe, expect, it } from 'vitest';
import { assignPairs } from '../../diff/assign-pairs.ts';

describe('assignPairs', () => {
  it('keeps the best pair first and never pairs a record twice', () => {
    const pairs = assignPairs(2, 2, [
      { old: 0, new: 0, score: 0.6 }, { old: 0, new: 1, score: 0.9 }, { old: 1, new: 1, score: 0.8 }, { old: 1, new: 0, score: 0.7 },
    ], 0.5);
    expect(pairs).toEqual([{ old: 0, new: 1, score: 0.9 }, { old: 1, new: 0, score: 0.7 }]);
  });

  it('drops candidates below the threshold', () => {
    expect(assignPairs(1, 1, [{ old: 0, new: 0, score: 0.49 }], 0.5)).toEqual([]);
  });

  it('pairs repeated identical texts in their order (relative position breaks the tie)', () => {
    const all = [0, 1, 2].flatMap((o) => [0, 1, 2].map((n) => ({ old: o, new: n, score: 1 })));
    expect(assignPairs(3, 3, all, 0.5).map((p) => [p.old, p.new])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
});
