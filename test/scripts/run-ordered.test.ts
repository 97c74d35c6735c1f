import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../scripts/run-ordered.ts';

describe('runOrdered', () => {
  it('consumes results in input order whatever order the work finishes in, with at most N at once', async () => {
    let running = 0;
    let most = 0;
    const consumed: number[] = [];
    // Later items finish first: item i takes (10 - i) ms.
    await runOrdered([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 10 - item));
      running--;
      return item * 2;
    }, async (result) => {
      consumed.push(result);
    });
    expect(consumed).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(most).toBe(3);
  });
});
