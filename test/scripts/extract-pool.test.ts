import { describe, expect, it } from 'vitest';
import { extractOne } from '../../scripts/extract-one.ts';
import { openExtractionPool } from '../../scripts/extract-pool.ts';
import { SEED, seedBytes } from '../seeds.ts';

describe('openExtractionPool', () => {
  it('extracts in worker threads (which load the TypeScript pipeline themselves) what extractOne gives in this one', async () => {
    const pool = openExtractionPool(2);
    try {
      const stems = Object.values(SEED);
      const results = await Promise.all(stems.map((stem) => pool.extract({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem), stem })));
      for (const [i, stem] of stems.entries()) {
        const here = extractOne({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem), stem });
        expect(results[i]?.file).toEqual(here.file);
        expect(results[i]?.problems).toEqual(here.problems);
        expect(Object.keys(results[i]?.timings ?? {})).toEqual(expect.arrayContaining(['decode', 'normalize', 'split', 'tables', 'validate', 'render']));
      }
    } finally {
      await pool.close();
    }
  });

  it('extracts in this thread with one job', async () => {
    const pool = openExtractionPool(1);
    const bytes = seedBytes(SEED.minle);
    const { file } = await pool.extract({ path: 'a.txt', bytes });
    expect(file).toEqual(extractOne({ path: 'a.txt', bytes }).file);
    await pool.close();
  });
});
