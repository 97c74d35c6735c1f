import { describe, expect, it } from 'vitest';
import { readPipeRows } from '../../../extractors/tables/read-pipe-rows.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { linesOf, readerInput } from './document-context.ts';

const zhangye2035 = seedText(SEED.zhangye2035);

describe('readPipeRows', () => {
  it('reads pipe rows, keeping the empty cells of `| |||` and dropping the pipe that closes a row', () => {
    // Lines 10–21 of seed 002: caption, two header rows at 11–12, nine rows to 21, a heading.
    const input = readerInput(linesOf(zhangye2035, 10, 22));
    const read = readPipeRows(input, 1);
    expect(read?.table.shape).toBe('pipe-rows');
    expect(read?.table.rows).toHaveLength(11);
    expect(read?.next).toBe(12);
    expect(read?.table.rows[0]?.cells.map((c) => c.text)).toEqual(['指 标', '2020年', '2025年', '2035年', '', '', '']);
    expect(read?.table.rows[1]?.cells).toHaveLength(7);
    // The figures, which read the same in either script; the name is Simplified in the normalized text.
    expect(read?.table.rows[2]?.cells.slice(1).map((c) => c.text)).toEqual(lineOf(zhangye2035, 13).split('|').slice(1, 7).map((c) => c.trim()));
    expect(read?.table.rows[2]?.cells[0]?.text).toBe('学前教育毛入园率');
  });

  it('keeps a `?` of encoding damage inside the cell range, so raw can be taken from the original', () => {
    const input = readerInput(lineOf(zhangye2035, 14));
    const cell = readPipeRows(input, 0)?.table.rows[0]?.cells[4];
    expect(cell?.text).toBe('>99%');
    expect(lineOf(zhangye2035, 14).slice(cell?.start, cell?.end)).toBe('?>99%');
  });

  it('does not start at a line without a pipe', () => {
    expect(readPipeRows(readerInput(lineOf(zhangye2035, 10)), 0)).toBeNull();
  });
});
