import { describe, expect, it } from 'vitest';
import { extractTables } from '../../../extractors/tables.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext, linesOf } from './document-context.ts';

const zhangye = seedText(SEED.zhangye15);
const qingtongxia = seedText(SEED.qingtongxia);

function read(text: string) {
  const { context, reports } = documentContext(text);
  return { ...extractTables(context), reports };
}

describe('interpretTable: groups and columns', () => {
  it('takes a short line without TABs between rows as a group row whose group the rows below carry', () => {
    // Seed 004's rows 1–2 with the group cell 学前教育 printed on a line of its own.
    const row = lineOf(qingtongxia, 58);
    const group = row.slice(0, row.indexOf('\t'));
    const first = row.slice(row.indexOf('\t'));
    const text = [lineOf(qingtongxia, 57), group, first, lineOf(qingtongxia, 59)].join('\n');
    const { tables, reports } = read(text);
    expect(tables[0]?.rows.map((r) => [r.category, r.seq])).toEqual([['学前教育', 1], ['学前教育', 2]]);
    expect(reports).toEqual([]);
  });

  it('takes 其中 alone on a row for no group', () => {
    const zhangye2035 = seedText(SEED.zhangye2035);
    const text = [11, 12, 13].map((n) => lineOf(zhangye2035, n)).concat('其中： | | | | | | |', lineOf(zhangye2035, 14)).join('\n');
    expect(read(text).tables[0]?.rows.map((r) => r.category)).toEqual([null, null]);
  });

  it('takes a group row\'s name without its ordinal', () => {
    // Seed 004's rows 2–3 (no group cell of their own) under a group row with an ordinal.
    const text = [lineOf(qingtongxia, 57), '（一）学前教育', lineOf(qingtongxia, 59), lineOf(qingtongxia, 60)].join('\n');
    expect(read(text).tables[0]?.rows.map((r) => r.category)).toEqual(['学前教育', '学前教育']);
  });

  it('takes an unlabelled column of 约束性/预期性 as the attribute', () => {
    const header = lineOf(qingtongxia, 57).replace('属性', '');
    const { tables } = read([header, lineOf(qingtongxia, 58), lineOf(qingtongxia, 59)].join('\n'));
    expect(tables[0]?.rows.map((r) => r.attribute)).toEqual(['约束性', '预期性']);
  });
});

describe('interpretTable: what PDF copies add to a table', () => {
  const zhangye2035 = seedText(SEED.zhangye2035);

  it('passes over a unit line under the caption and gives its unit to rows that state none', () => {
    // Seed 002's caption, a unit line, then its header rows and its last row (no unit of its own).
    const text = [lineOf(zhangye2035, 10), '单位：年', lineOf(zhangye2035, 11), lineOf(zhangye2035, 12), lineOf(zhangye2035, 20), lineOf(zhangye2035, 21)].join('\n');
    const { tables } = read(text);
    expect(tables[0]?.caption).toBe('教育事业发展和人才资源开发主要预期指标');
    expect(tables[0]?.rows[1]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年' });
  });

  it('takes a unit every year column states in its label', () => {
    const zhangye2035 = seedText(SEED.zhangye2035);
    const header = lineOf(zhangye2035, 11).replaceAll('年 |', '年(年) |');
    const text = [header, lineOf(zhangye2035, 12), lineOf(zhangye2035, 20), lineOf(zhangye2035, 21)].join('\n');
    expect(header).toContain('2020年(年) | 2025年(年) | 2035年(年)');
    expect(read(text).tables[0]?.rows[1]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年' });
  });

  it('drops the header printed again after a page break, and a page number between rows', () => {
    const text = [57, 58, 59, 57, 60].map((n) => lineOf(qingtongxia, n)).join('\n').replace(lineOf(qingtongxia, 59), `${lineOf(qingtongxia, 59)}\n\t- 12 -`);
    const { tables, reports } = read(text);
    expect(tables[0]?.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(reports).toEqual([]);
  });
});

describe('interpretTable: problems reported with line and column, the table read as far as it goes', () => {
  it('reports a row with fewer cells than the header as ragged and still reads it', () => {
    // Seed 004's header and first three rows, the second row without its attribute cell.
    const row = lineOf(qingtongxia, 59);
    const text = [lineOf(qingtongxia, 57), lineOf(qingtongxia, 58), row.slice(0, row.lastIndexOf('\t')), lineOf(qingtongxia, 60)].join('\n');
    const { tables, reports } = read(text);
    expect(tables[0]?.rows).toHaveLength(3);
    expect(tables[0]?.rows[1]).toMatchObject({ seq: 2, attribute: null });
    expect(tables[0]?.rows[1]?.values.map((v) => v.value)).toEqual([77.5, 83]);
    expect(reports).toEqual([expect.objectContaining({ ruleId: 'tables:ragged-row', line: 3, column: row.lastIndexOf('\t') + 1 })]);
  });

  it('reports a row with more cells than the header as ragged', () => {
    const text = [lineOf(qingtongxia, 57), lineOf(qingtongxia, 58), `${lineOf(qingtongxia, 59)}\t预期性`, lineOf(qingtongxia, 60)].join('\n');
    const { tables, reports } = read(text);
    expect(tables[0]?.rows[1]?.attribute).toBe('预期性');
    expect(reports).toEqual([expect.objectContaining({ ruleId: 'tables:ragged-row', line: 3, column: lineOf(qingtongxia, 59).length + 2 })]);
  });

  it('reports a table cut off inside its last row (seed 000 table 1 ending at line 53)', () => {
    const { tables, reports } = read(linesOf(zhangye, 10, 53));
    expect(tables[0]?.rows).toHaveLength(8);
    expect(tables[0]?.rows[7]).toMatchObject({ name: '新增劳动力中受过高中阶段及以上教育比例', attribute: null });
    expect(tables[0]?.rows[7]?.values.map((v) => v.raw)).toEqual(['72%', '75%']);
    // Line 53 of the seed is line 44 of the text read; the report stands after its last cell `\t75%`.
    expect(lineOf(zhangye, 53)).toBe('\t75%');
    expect(reports).toEqual([expect.objectContaining({ ruleId: 'tables:truncated', line: 44, column: 5 })]);
  });

  it('does not read a figure with encoding damage inside it, and reports the cell', () => {
    const zhangye2035 = seedText(SEED.zhangye2035);
    const damaged = lineOf(zhangye2035, 13).replace('99.51%', '99.?51%');
    const text = [lineOf(zhangye2035, 11), lineOf(zhangye2035, 12), damaged, lineOf(zhangye2035, 14)].join('\n');
    const { tables, reports } = read(text);
    expect(tables[0]?.rows[0]?.values[1]).toMatchObject({ raw: '99.?51%', value: null });
    expect(tables[0]?.rows[0]?.values[0]).toMatchObject({ raw: '94%', value: 94 });
    expect(reports.filter((r) => r.ruleId === 'tables:unparsed-value')).toEqual([expect.objectContaining({ line: 3, column: damaged.indexOf('99.?') + 1 })]);
  });

  it('reports a header the rows do not fit', () => {
    const text = [`${lineOf(qingtongxia, 57)}\t备注`, lineOf(qingtongxia, 58), lineOf(qingtongxia, 59)].join('\n');
    const { tables, reports } = read(text);
    expect(tables[0]?.rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(reports).toEqual([expect.objectContaining({ ruleId: 'tables:ragged-row', line: 1, column: lineOf(qingtongxia, 57).length + 2 })]);
  });

  it('never throws on a broken block: a header alone, empty rows, stray pipes', () => {
    for (const text of [lineOf(qingtongxia, 57), '\t\n\t\n\n\t', '| |||\n|||', `${lineOf(qingtongxia, 57)}\n\t\t\t\t\t\t\t\t`]) {
      expect(() => read(text)).not.toThrow();
    }
  });
});
