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
  it('joins the rest of a name wrapped onto a line without TABs to the name, not a group row', () => {
    // Seed 004's header and rows 4–6, the name of row 5 wrapped inside its brackets.
    const [group, name, ...values] = lineOf(qingtongxia, 62).split('\t');
    const cut = (name ?? '').indexOf('（') + 3;
    const text = [lineOf(qingtongxia, 57), lineOf(qingtongxia, 61), [group, name?.slice(0, cut), ...values].join('\t'), name?.slice(cut), lineOf(qingtongxia, 63)].join('\n');
    const rows = readTabRows(readerInput(text), 0)?.table.rows ?? [];
    expect(rows.map((row) => row.cells.map((c) => c.text))).toEqual([57, 61, 62, 63].map((n) => lineOf(qingtongxia, n).split('\t').map((c) => c.trim())));
  });

  it('keeps a short line under a blank line a group row', () => {
    const text = [lineOf(qingtongxia, 57), lineOf(qingtongxia, 61), '', '比例（%）', lineOf(qingtongxia, 63)].join('\n');
    const rows = readTabRows(readerInput(text), 0)?.table.rows ?? [];
    expect(rows.map((row) => row.cells[0]?.text)).toEqual(['', '义务教育']);
  });
});
