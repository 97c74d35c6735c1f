import { describe, expect, it } from 'vitest';
import { readPipeRows } from '../../../extractors/tables/read-pipe-rows.ts';
import { readMarkdownTable } from '../../../extractors/tables/read-markdown-table.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { readerInput } from './document-context.ts';

// The header and two rows of seed 004's table, as a markdown pipe table.
const qingtongxia = seedText(SEED.qingtongxia);
const markdownRow = (line: number) => `| ${lineOf(qingtongxia, line).split('\t').join(' | ')} |`;
const markdown = [markdownRow(57), '| --- | --- | --- | --- | --- |', markdownRow(58), markdownRow(59)].join('\n');

describe('readMarkdownTable', () => {
  it('parses a markdown pipe table with remark-gfm into the table model, without the delimiter row', () => {
    const input = readerInput(markdown);
    const read = readMarkdownTable(input, 0, 4);
    expect(read?.table.shape).toBe('markdown');
    expect(read?.table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['', '指 标', '2020 年', '2025 年', '属性'],
      lineOf(qingtongxia, 58).split('\t'),
      ['', ...lineOf(qingtongxia, 59).split('\t').slice(1)],
    ]);
    const cell = read?.table.rows[1]?.cells[2];
    expect(cell && markdown.slice(cell.start, cell.end)).toBe('88.51');
  });

  it('is what the pipe reader hands a block with a delimiter row to', () => {
    expect(readPipeRows(readerInput(markdown), 0)?.table.shape).toBe('markdown');
  });
});
