import { describe, expect, it } from 'vitest';
import { readSpaceRows } from '../../../extractors/tables/read-space-rows.ts';
import { extractTables } from '../../../extractors/tables.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext, linesOf, readerInput } from './document-context.ts';

const qingtongxia = seedText(SEED.qingtongxia);
const zhangye2035 = seedText(SEED.zhangye2035);
// Seed 004's table (header at 57) with its TABs lost: cells stand apart by one space.
const spaced = linesOf(qingtongxia, 57, 68).replaceAll('\t', ' ');
// Seed 002's table (header rows at 11–12) with its pipes lost.
const unpiped = linesOf(zhangye2035, 10, 22).replace(/ ?\|+ ?/g, ' ');

describe('readSpaceRows', () => {
  it('cuts a row from the right, the words before a seq its group, a padded label joined', () => {
    const rows = readSpaceRows(readerInput(spaced), 0)?.table.rows ?? [];
    expect(rows).toHaveLength(12);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['', '指 标', '2020 年', '2025 年', '属性']);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(lineOf(qingtongxia, 58).split('\t'));
    expect(rows[6]?.cells.map((c) => c.text)).toEqual(lineOf(qingtongxia, 63).split('\t'));
  });

  it('keeps a value that holds a space in one cell (`通过自治区 评估认定`)', () => {
    const rows = readSpaceRows(readerInput(spaced), 0)?.table.rows ?? [];
    expect(rows[5]?.cells.map((c) => c.text)).toEqual(lineOf(qingtongxia, 62).split('\t'));
  });

  it('keeps a region row under the years as a header row and a qualifier with its figure', () => {
    const rows = readSpaceRows(readerInput(unpiped), 1)?.table.rows ?? [];
    // Two header rows, nine rows, and the heading 二、发展任务 as a group row the interpreter drops.
    expect(rows).toHaveLength(12);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(['甘肃省', '张掖市', '甘肃省', '张掖市', '甘肃省', '张掖市']);
    expect(rows[4]?.cells[1]?.text).toBe('95% (基本均衡)');
  });

  it('fills a 序号 and a 类别 column before the names, a merged group left empty', () => {
    // Seed 004's rows 1–2 with their seq in a column of its own and a 单位 column, TABs lost.
    const [group, name, ...values] = lineOf(qingtongxia, 58).split('\t');
    const [, second, ...more] = lineOf(qingtongxia, 59).split('\t');
    const text = [
      '序号   类别       指标                  单位    2020年    2025年    属性',
      `1      ${group}   ${name?.replace(/^1\. /, '')}   %   ${values.join('   ')}`,
      `2                 ${second?.replace(/^2\. /, '')}   %   ${more.join('   ')}`,
    ].join('\n');
    const rows = readSpaceRows(readerInput(text), 0)?.table.rows ?? [];
    expect(rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['序号', '类别', '指标', '单位', '2020年', '2025年', '属性'],
      ['1', '学前教育', '学前教育毛入园率（%）', '%', '88.51', '95', '约束性'],
      ['2', '', '学前教育教师接受专业教育比例（%）', '%', '77.5', '83', '预期性'],
    ]);
  });

  it('joins the rest of a name a PDF copy wrapped onto the line under its row', () => {
    // Seed 004's rows 1, 4 and 5, the name of row 5 wrapped inside its brackets, TABs lost.
    const [, name, ...values] = lineOf(qingtongxia, 62).split('\t');
    const cut = (name ?? '').indexOf('（') + 3;
    const text = [57, 58, 61].map((n) => lineOf(qingtongxia, n).replaceAll('\t', '   '))
      .concat(`${name?.slice(0, cut)}   ${values.join('   ')}`, name?.slice(cut) ?? '').join('\n');
    const rows = readSpaceRows(readerInput(text), 0)?.table.rows ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[3]?.cells[1]?.text).toBe(name);
    const { context } = documentContext(text);
    expect(extractTables(context).tables[0]?.rows[2]).toMatchObject({ seq: 5, name: '义务教育优质均衡发展县（市：区）比例', unit: '%' });
  });

  it('places the lower halves of two-line labels under the cells they complete, by position', () => {
    // Seed 004's header as a PDF copy prints it, 属性 under a 指标 of its own, then row 1.
    const text = ['指 标                         2020 年    2025 年    指标', '                                                  属性', lineOf(qingtongxia, 58).replaceAll('\t', '    ')].join('\n');
    const rows = readSpaceRows(readerInput(text), 0)?.table.rows ?? [];
    // The group printed before row 1's seq opens a group column in both header rows.
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['', '指 标', '2020 年', '2025 年', '指标']);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(['', '', '', '', '属性']);
  });

  it('takes no group row under the header for a lower half', () => {
    const text = ['指 标      2020 年    2025 年    属性', '一、发展水平', lineOf(qingtongxia, 58).replaceAll('\t', '    ')].join('\n');
    const rows = readSpaceRows(readerInput(text), 0)?.table.rows ?? [];
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(['一、发展水平']);
  });

  it('feeds the interpreter as any other flattening', () => {
    const { context } = documentContext(unpiped);
    const { tables, regions } = extractTables(context);
    const table = tables[0];
    // The region runs from the caption to the last row, not over the heading after it.
    expect(regions.map((r) => context.text.slice(r.start, r.end).split('\n').length)).toEqual([12]);
    expect(table?.line).toBe(2);
    expect(table?.rows).toHaveLength(9);
    expect(table?.rows[1]?.values.map((v) => [v.year, v.scope, v.raw])).toEqual([
      [2020, '甘肃省', '96.6%'], [2020, '张掖市', '99%'], [2025, '甘肃省', '97%'], [2025, '张掖市', '?>99%'], [2035, '甘肃省', '?>97%'], [2035, '张掖市', '>99%'],
    ]);
  });

  it('does not start at prose or a heading with spaces', () => {
    const zhangye = seedText(SEED.zhangye15);
    expect(lineOf(zhangye, 6)).toContain('  ');
    expect(readSpaceRows(readerInput(linesOf(zhangye, 6, 9)), 0)).toBeNull();
    expect(readSpaceRows(readerInput(lineOf(zhangye, 10)), 0)).toBeNull();
  });
});
