import { describe, expect, it } from 'vitest';
import { parseExtraction } from '../../diff/parse-extraction.ts';
import { documentOf, extractionOf } from './build.ts';

describe('parseExtraction', () => {
  it('accepts an extraction written as JSON', () => {
    const extraction = extractionOf([documentOf({})]);
    expect(parseExtraction(JSON.stringify(extraction), 'a.json')).toEqual({ ok: true, extraction });
  });

  it('names the file and the first problem of JSON of another shape', () => {
    const result = parseExtraction(JSON.stringify({ source: {}, documents: [] }), 'output/manifest.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^output\/manifest\.json is not a plan-extract extraction/);
      expect(result.reason).toContain('source.name');
    }
  });

  it('names the file of text that is not JSON', () => {
    const result = parseExtraction('学前教育毛入园率', 'plan.json');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^plan\.json is not valid JSON/) });
  });
});
