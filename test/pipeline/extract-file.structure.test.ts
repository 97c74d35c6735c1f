import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import type { Document } from '../../dataset/schema.ts';

/**
 * Golden cases of document structure on plans unlike the seeds: each folder under
 * `test/fixtures/structure/` holds an abridged real-world layout (`input.txt`) and, worked out
 * by hand from that text, its documents with title, scored meta fields and outline
 * (`expected.json`). They guard the splitter, the outline and the metadata on what the seeds do
 * not show: site boilerplate, chapter/section plans, a period or draft mark beside the title,
 * circled numbers, `（一）` under `1.`, a contents list with leader dots, a compilation with no
 * contents, an attachment, full-width and Markdown indentation.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'structure');
const SCORED_META = ['issuer', 'date', 'docNumber', 'period', 'draft', 'region'] as const;

function structureOf(document: Document) {
  const meta = Object.fromEntries(SCORED_META.flatMap((key) => (document.meta[key] === undefined ? [] : [[key, document.meta[key]]])));
  const outline = document.outline.map(({ level, marker, title, line }) => ({ level, marker, title, line }));
  return { title: document.title, line: document.line, meta, outline };
}

describe('extractFile on structure fixtures', () => {
  it.each(readdirSync(FIXTURES).toSorted())('reads %s as worked out by hand', (name) => {
    const bytes = readFileSync(join(FIXTURES, name, 'input.txt'));
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    const result = extractFile({ path: `${name}.txt`, bytes });
    if (result.status !== 'ok') throw new Error(`${name}: ${result.status}`);
    expect({ documents: result.extraction.documents.map(structureOf) }).toEqual(expected);
  });
});
