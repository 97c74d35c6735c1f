import { describe, expect, it } from 'vitest';
import { renderFile } from '../../dataset/render-file.ts';
import { renderJson } from '../../dataset/render.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { SEED, seedBytes } from '../seeds.ts';

describe('renderFile', () => {
  it('renders an extracted file as its JSON, its manifest entry and one documents.csv row per document', () => {
    const result = extractFile({ path: `corpus/${SEED.minle}.txt`, bytes: seedBytes(SEED.minle) });
    if (result.status !== 'ok') throw new Error(result.reason);
    const file = renderFile(result);
    expect(file.json).toBe(renderJson(result.extraction));
    expect(file.entry).toMatchObject({ output: `${SEED.minle}.json`, status: 'ok', documents: result.extraction.documents.length });
    expect(file.csv.documents?.trimEnd().split('\n')).toHaveLength(result.extraction.documents.length);
  });

  it('renders a refused file as its manifest entry and its diagnostic row only', () => {
    const file = renderFile(extractFile({ path: 'plans/empty.txt', bytes: Buffer.alloc(0) }));
    expect(file.json).toBeNull();
    expect(file.entry).toMatchObject({ output: null, status: 'skipped', ruleId: 'read:empty' });
    expect(file.csv.diagnostics).toMatch(/^empty\.txt,read:empty,error,/);
    expect(Object.entries(file.csv).filter(([name, text]) => name !== 'diagnostics' && text !== '')).toEqual([]);
  });
});
