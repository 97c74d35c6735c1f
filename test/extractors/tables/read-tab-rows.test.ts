import { describe, expect, it } from 'vitest';
import { readTabRows } from '../../../extractors/tables/read-tab-rows.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { linesOf, readerInput } from './document-context.ts';

const qingtongxia = seedText(SEED.qingtongxia);

describe('readTabRows', () => {
  it('reads one row a line, cells between TABs, a leading TAB an empty first cell', () => {
    // Lines 55–69 of seed 004: caption, blank, header at 57, eleven rows to 68, blank.
    const input = readerInput(linesOf(qingtongxia, 55, 69));
    const read = readTabRows(input, 2);
    expect(read?.table.shape).toBe('tab-rows');
    expect(read?.table.rows).toHaveLength(12);
    expect(read?.table.rows[0]?.cells.map((c) => c.text)).toEqual(lineOf(qingtongxia, 57).split('\t').map((c) => c.trim()));
    expect(read?.table.rows[2]?.cells[0]?.text).toBe('');
    expect(read?.table.rows[6]?.cells[0]?.text).toBe('高中阶段 教育');
    expect(read?.next).toBe(14);
  });

  it('does not take a line of one TAB-led cell, nor a line without TABs', () => {
    const zhangye = seedText(SEED.zhangye15);
    expect(readTabRows(readerInput(lineOf(zhangye, 11)), 0)).toBeNull();
    expect(readTabRows(readerInput(lineOf(qingtongxia, 55)), 0)).toBeNull();
  });
});
