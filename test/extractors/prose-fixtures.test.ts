import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';

/**
 * Golden cases for the targets and facts extractors: passages written in the manner of real
 * education plans unlike the seeds (provincial goals, —— lists, 2035 outlines, 实施方案, reviews,
 * figures in words, Traditional script, hard-wrapped lines). Each `expected.json` was worked out
 * by hand from its `input.txt`; a record is identified as the scorer does, by the line of its
 * number and its value, and must then have the year, name, unit and comparator given.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'prose');

interface ExpectedTarget { line: number; year: number | null; name: string; value: number; unit: string | null; comparator: string | null }
interface ExpectedFact { line: number; name: string; value: number; unit: string | null }
interface Expected { note: string; targets: ExpectedTarget[]; facts: ExpectedFact[] }

function extracted(name: string) {
  const path = join(FIXTURES, name, 'input.txt');
  const result = extractFile({ path, bytes: readFileSync(path) });
  if (result.status !== 'ok') throw new Error(`${name} did not extract: ${result.reason}`);
  const documents = result.extraction.documents;
  return {
    targets: documents.flatMap((d) => d.targets).map(({ line, year, name, value, unit, comparator }) => ({ line, year, name, value, unit, comparator })),
    facts: documents.flatMap((d) => d.facts).map(({ line, name, value, unit }) => ({ line, name, value, unit })),
  };
}

const byPlace = <T extends { line: number; value: number }>(records: T[]) => records.toSorted((a, b) => a.line - b.line || a.value - b.value);

describe('prose fixtures', () => {
  for (const name of readdirSync(FIXTURES).toSorted()) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.note}`, () => {
      const actual = extracted(name);
      expect(byPlace(actual.targets)).toEqual(byPlace(expected.targets));
      expect(byPlace(actual.facts)).toEqual(byPlace(expected.facts));
    });
  }
});
