import { describe, expect, it } from 'vitest';
import { withContinuedParts } from '../../../extractors/tables/continued-table.ts';
import { readTabRows } from '../../../extractors/tables/read-tab-rows.ts';
import { readPipeRows } from '../../../extractors/tables/read-pipe-rows.ts';
import { readSpaceRows } from '../../../extractors/tables/read-space-rows.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { readerInput } from './document-context.ts';

const qingtongxia = seedText(SEED.qingtongxia);
const header = lineOf(qingtongxia, 57);

describe('withContinuedParts', () => {
  it('joins the part after a page number and 续表 that repeats the header', () => {
    // Seed 004's table cut by a page break after row 2, its header printed again.
    const text = [header, lineOf(qingtongxia, 58), lineOf(qingtongxia, 59), '— 12 —', '续表', header, lineOf(qingtongxia, 60), '四、主要任务'].join('\n');
    const input = readerInput(text);
    const joined = withContinuedParts(input, readTabRows, readTabRows(input, 0));
    expect(joined?.table.rows.map((row) => row.cells[1]?.text.slice(0, 2))).toEqual(['指 ', '1.', '2.', '指 ', '3.']);
    expect(joined?.next).toBe(7);
  });

  it('joins the parts of a table whose cells lost their TABs, the page number no row', () => {
    const spaced = (line: string) => line.replaceAll('\t', '    ');
    const text = [header, lineOf(qingtongxia, 58), lineOf(qingtongxia, 59)].map(spaced).concat('— 12 —', '续表', spaced(header), spaced(lineOf(qingtongxia, 61))).join('\n');
    const input = readerInput(text);
    const joined = withContinuedParts(input, readSpaceRows, readSpaceRows(input, 0));
    expect(joined?.table.rows.map((row) => row.cells[1]?.text.slice(0, 2))).toEqual(['指 ', '1.', '2.', '指 ', '4.']);
  });

  it('leaves apart a table after prose, or one with another header', () => {
    // The same rows with pipes between cells, whose reader stops at any line without one.
    const piped = (line: string) => line.replaceAll('\t', ' | ');
    const other = ['指标', '2015年', '2020年'].join(' | ');
    for (const [between, second] of [['近年来，全县教育事业发展迅速。', piped(header)], ['— 12 —', other]]) {
      const text = [header, lineOf(qingtongxia, 58), lineOf(qingtongxia, 59)].map(piped).concat(between ?? '', second ?? '', piped(lineOf(qingtongxia, 60))).join('\n');
      const input = readerInput(text);
      expect(withContinuedParts(input, readPipeRows, readPipeRows(input, 0))?.next).toBe(3);
    }
  });
});
