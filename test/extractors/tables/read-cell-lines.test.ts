import { describe, expect, it } from 'vitest';
import { readCellLines } from '../../../extractors/tables/read-cell-lines.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { linesOf, readerInput } from './document-context.ts';

const zhangye = seedText(SEED.zhangye15);

describe('readCellLines', () => {
  it('reads one TAB-led cell a line, a blank line between rows, to the two blank lines after the table', () => {
    // Lines 10–62 of seed 000: the caption 表1, header at 11, nine rows, two blank lines, a heading.
    const input = readerInput(linesOf(zhangye, 10, 62));
    const read = readCellLines(input, 1);
    expect(read?.table.shape).toBe('cell-lines');
    expect(read?.table.rows).toHaveLength(10);
    expect(read?.table.rows[0]?.cells.map((c) => c.text)).toEqual([11, 12, 13, 14].map((n) => lineOf(zhangye, n).trim()));
    expect(read?.table.rows[9]?.cells.map((c) => c.text)).toEqual([56, 57, 58, 59].map((n) => lineOf(zhangye, n).trim()));
    expect(input.lines[read?.next ?? 0]?.text).toBe('');
  });

  it('keeps a TAB-only line as an empty cell, the merged group cell of table 2', () => {
    const input = readerInput(linesOf(zhangye, 114, 131));
    const rows = readCellLines(input, 0)?.table.rows ?? [];
    expect(rows[1]?.cells[0]?.text).toBe(lineOf(zhangye, 120).trim());
    expect(lineOf(zhangye, 126)).toBe('\t');
    expect(rows[2]?.cells.map((c) => c.text)).toEqual(['', ...[127, 128, 129, 130].map((n) => lineOf(zhangye, n).trim())]);
  });

  it('places each cell at its text, without the TAB and the trailing blank (`\\t0.8 `)', () => {
    const input = readerInput(linesOf(zhangye, 150, 155));
    const cell = readCellLines(input, 0)?.table.rows[0]?.cells[2];
    expect(lineOf(zhangye, 152)).toBe('\t0.8 ');
    expect(cell && input.text.slice(cell.start, cell.end)).toBe('0.8');
  });

  it('does not start at a line that is not a TAB-led cell', () => {
    expect(readCellLines(readerInput(linesOf(zhangye, 10, 12)), 0)).toBeNull();
    expect(readCellLines(readerInput(lineOf(seedText(SEED.qingtongxia), 58)), 0)).toBeNull();
  });
});
