import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import { openExtractionPool } from '../../scripts/extract-pool.ts';
import { SEED, seedBytes } from '../seeds.ts';

describe('openExtractionPool', () => {
  it('extracts in worker threads (which load the TypeScript pipeline themselves) what extractFile gives in this one', async () => {
    const pool = openExtractionPool(2);
    try {
      const stems = Object.values(SEED);
      const results = await Promise.all(stems.map((stem) => pool.extract({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem), stem })));
      for (const [i, stem] of stems.entries()) {
        expect(results[i]?.result).toEqual(extractFile({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem), stem }));
        expect(Object.keys(results[i]?.timings ?? {})).toEqual(expect.arrayContaining(['decode', 'normalize', 'split', 'tables', 'validate']));
      }
    } finally {
      await pool.close();
    }
  });

  it('extracts in this thread with one job', async () => {
    const pool = openExtractionPool(1);
    const bytes = seedBytes(SEED.minle);
    const { result } = await pool.extract({ path: 'a.txt', bytes });
    expect(result).toEqual(extractFile({ path: 'a.txt', bytes }));
    await pool.close();
  });
});
