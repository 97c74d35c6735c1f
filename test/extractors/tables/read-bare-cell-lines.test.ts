import { describe, expect, it } from 'vitest';
import { readBareCellLines } from '../../../extractors/tables/read-bare-cell-lines.ts';
import { extractTables } from '../../../extractors/tables.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext, linesOf, readerInput } from './document-context.ts';

const zhangye = seedText(SEED.zhangye15);
// Seed 000's table 2 (lines 112–193) as a web table saved as text prints it: one cell a line,
// no TABs, no blank lines, and no line at all for a group cell merged with the row above.
const bare = linesOf(zhangye, 112, 196).split('\n').map((line) => line.replace(/^\t/, '')).filter((line) => line !== '').join('\n');

describe('readBareCellLines', () => {
  it('cuts rows by the header\'s length, a row that leaves its group out one cell shorter', () => {
    const rows = readBareCellLines(readerInput(bare), 1)?.table.rows ?? [];
    expect(rows).toHaveLength(13);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['类别', '指标', '2025年', '2030年', '属性']);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual([120, 121, 122, 123, 124].map((n) => lineOf(zhangye, n).trim()));
    expect(rows[2]?.cells.map((c) => c.text)).toEqual(['', ...[127, 128, 129, 130].map((n) => lineOf(zhangye, n).trim())]);
  });

  it('reads a 序号 column before the group column, an omitted group left empty, a unit cell no group', () => {
    // Seed 004's rows 1–2 with a seq and a 单位 cell of their own, one cell a line.
    const qingtongxia = seedText(SEED.qingtongxia);
    const [group, name] = lineOf(qingtongxia, 58).split('\t');
    const second = lineOf(qingtongxia, 59).split('\t')[1] ?? '';
    const text = ['序号', '类别', '指标', '单位', '2020年', '2025年', '1', group, name?.replace(/^1\. /, ''), '%', '88.51', '95', '2', second.replace(/^2\. /, ''), '%', '77.5', '83'].join('\n');
    const rows = readBareCellLines(readerInput(text), 0)?.table.rows ?? [];
    expect(rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['序号', '类别', '指标', '单位', '2020年', '2025年'],
      ['1', '学前教育', '学前教育毛入园率（%）', '%', '88.51', '95'],
      ['2', '', '学前教育教师接受专业教育比例（%）', '%', '77.5', '83'],
    ]);
  });

  it('feeds the interpreter: groups carried down, the heading after the table left out', () => {
    const { context } = documentContext(bare);
    const [table] = extractTables(context).tables;
    expect(table?.caption).toBe(lineOf(zhangye, 112));
    expect(table?.rows.map((r) => r.category)).toEqual([
      ...Array<string>(5).fill('基础教育'), ...Array<string>(3).fill('职业教育'), ...Array<string>(3).fill('高等教育'), '人力资源开发',
    ]);
    expect(table?.rows[11]?.values.map((v) => v.raw)).toEqual(['10.2', '10.5']);
  });

  it('reads seed 000\'s table 1 with its TABs lost, across the blank lines between rows', () => {
    const text = linesOf(zhangye, 10, 62).split('\n').map((line) => line.replace(/^\t/, '')).join('\n');
    const { context, reports } = documentContext(text);
    const [table] = extractTables(context).tables;
    expect(table?.rows.map((r) => r.name)).toHaveLength(9);
    expect(table?.rows[8]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年', attribute: '约束性' });
    expect(reports.map((r) => r.ruleId)).toEqual(['tables:unit-mismatch']);
  });

  it('reads a seq column every row prints (seed 004\'s rows, seq and name on lines of their own)', () => {
    const qingtongxia = seedText(SEED.qingtongxia);
    const cells = (line: number) => {
      const [, name = '', ...values] = lineOf(qingtongxia, line).split('\t');
      const [seq = '', ...words] = name.split('. ');
      return [seq, words.join('. '), ...values.slice(0, 2)];
    };
    const text = ['序号', '指标', '2020年', '2025年', ...cells(58), ...cells(59)].join('\n');
    const { context } = documentContext(text);
    const [table] = extractTables(context).tables;
    expect(table?.rows.map((r) => [r.seq, r.name, r.values.map((v) => v.raw)])).toEqual([
      [1, '学前教育毛入园率', ['88.51', '95']], [2, '学前教育教师接受专业教育比例', ['77.5', '83']],
    ]);
  });

  it('starts only at a header label followed by years', () => {
    expect(readBareCellLines(readerInput(bare), 0)).toBeNull();
    expect(readBareCellLines(readerInput(linesOf(zhangye, 73, 80)), 0)).toBeNull();
  });
});
