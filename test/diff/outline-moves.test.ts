import { describe, expect, it } from 'vitest';
import { longestIncreasingRun } from '../../diff/outline-moves.ts';

describe('longestIncreasingRun', () => {
  it('keeps all of a sequence in order', () => {
    expect([...longestIncreasingRun([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('leaves out the one item of a swapped pair that moved up', () => {
    // Old order 0 1 2 3, new order 0 2 1 3: item 2 now stands before item 1.
    expect([...longestIncreasingRun([0, 2, 1, 3])].sort()).toEqual([0, 2, 3]);
  });

  it('leaves out both ends of a long-distance exchange', () => {
    expect([...longestIncreasingRun([0, 4, 2, 3, 1, 5])].sort()).toEqual([0, 2, 3, 5]);
  });
});
