import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../../extractors/tables.ts';
import type { Table } from '../../../dataset/schema.ts';
import { documentContext } from './document-context.ts';

/**
 * Golden cases of indicator tables as real plans flatten them in ways the seeds do not (PDF
 * copies with runs of spaces, 其中 sub-rows, group rows, a 单位 column, two-line headers, ★
 * marks, markdown, region columns). Each `input.txt` opens with the plan's title line; its
 * `expected.json` was worked out by hand from the text.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/tables');

/** The fields of a table a researcher reads, without ids and positions other than the header line. */
function readable(table: Table) {
  return {
    caption: table.caption,
    line: table.line,
    rows: table.rows.map((row) => ({
      category: row.category, seq: row.seq, name: row.name, parent: row.parent, unit: row.unit, attribute: row.attribute,
      values: row.values.map(({ year, scope, raw, value, comparator, kind }) => ({ year, scope, raw, value, comparator, kind })),
    })),
  };
}

describe('indicator table fixtures', () => {
  for (const name of readdirSync(FIXTURES).toSorted()) {
    it(name, () => {
      const original = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
      const { context } = documentContext(original, original.split('\n')[0] ?? '');
      const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
      expect({ tables: extractTables(context).tables.map(readable) }).toEqual(expected);
    });
  }
});
