import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLUMNS, renderCsv } from '../../diff/render-csv.ts';
import { sampleReport } from './sample-report.ts';

describe('renderCsv', () => {
  const report = sampleReport();
  const parsed = Papa.parse<Record<string, string>>(renderCsv(report), { header: true, skipEmptyLines: true });

  it('writes a header and one row per change', () => {
    expect(parsed.meta.fields).toEqual([...CHANGE_COLUMNS]);
    expect(parsed.data).toHaveLength(report.changes.length);
  });

  it('gives both sides\' ids and lines, empty where a side has none', () => {
    const added = parsed.data.find((row) => row.kind === 'added');
    expect(added).toMatchObject({ entity: 'outline', label: '健全教育督导问责长效机制', old_id: '', old_line: '', new_id: 'd#199', new_line: '199', to: '（三）' });
    const value = parsed.data.find((row) => row.kind === 'value-changed');
    expect(value).toMatchObject({ year: '2025', from: '99.54%', to: '99.6%', old_line: '15', new_line: '15' });
  });
});
