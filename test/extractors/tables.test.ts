import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../extractors/tables.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';
import { documentContext, linesOf } from './tables/document-context.ts';

const zhangye = seedText(SEED.zhangye15);
const zhangye2035 = seedText(SEED.zhangye2035);
const qingtongxia = seedText(SEED.qingtongxia);

function tablesOf(text: string, title = '') {
  const { context, reports } = documentContext(text, title);
  return { ...extractTables(context), reports, context };
}

describe('extractTables on one cell a line (seed 000)', () => {
  const { tables, regions, reports, context } = tablesOf(zhangye, lineOf(zhangye, 2));

  it('finds both tables, captioned, placed at their header rows', () => {
    expect(tables.map((t) => [t.caption, t.line])).toEqual([[lineOf(zhangye, 10), 11], [lineOf(zhangye, 112), 114]]);
    expect(tables.map((t) => t.rows.length)).toEqual([9, 12]);
  });

  it('reads a row with its unit from the values and each value placed at its cell', () => {
    const row = tables[0]?.rows[0];
    expect(row).toMatchObject({ category: null, seq: null, name: '学前三年毛入园率', unit: '%', attribute: '约束性' });
    expect(row?.values.map((v) => [v.year, v.raw, v.value, v.line, v.column])).toEqual([[2020, '99.51', 99.51, 17, 2], [2025, '99.54%', 99.54, 18, 2]]);
  });

  it('carries the group cell down over merged cells', () => {
    expect(tables[1]?.rows.map((r) => r.category)).toEqual([
      ...Array<string>(5).fill('基础教育'), ...Array<string>(3).fill('职业教育'), ...Array<string>(3).fill('高等教育'), '人力资源开发',
    ]);
    expect(tables[1]?.rows[5]).toMatchObject({ name: '职业教育专科（含高职）在校生', unit: '万人' });
  });

  it('keeps the name\'s unit 年 against `10.2%` and reports the cell', () => {
    expect(tables[0]?.rows[8]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年' });
    expect(lineOf(zhangye, 58)).toBe('\t10.2%');
    expect(reports.filter((r) => r.ruleId === 'tables:unit-mismatch')).toEqual([expect.objectContaining({ line: 58, column: 2 })]);
  });

  it('takes a figure in the magnitude of its row\'s unit (`3.5万` in a row of 万人) as agreeing with it', () => {
    // Seed 000's table 2 with the 2025 figure of the 万人 row printed with its magnitude.
    const text = zhangye.split('\n').map((line, i) => (i === 152 ? `${line}万` : line)).join('\n');
    expect(lineOf(text, 153)).toBe('\t0.8万');
    const { reports } = tablesOf(text, lineOf(zhangye, 2));
    expect(reports.filter((r) => r.ruleId === 'tables:unit-mismatch').map((r) => r.line)).toEqual([58]);
  });

    it('takes a 完成情况 table as results, and the base year and plan year of a 十五五 table apart', () => {
    expect(tables[0]?.kind).toBe('baseline');
    expect(tables[1]?.kind).toBe('mixed');
    expect(tables[1]?.rows[0]?.values.map((v) => [v.year, v.kind])).toEqual([[2025, 'baseline'], [2030, 'target']]);
  });

  it('claims each table from caption to last row', () => {
    const [first] = regions;
    expect(first && context.text.slice(first.start, first.end).split('\n')[0]).toBe(lineOf(zhangye, 10));
    expect(first && context.text.slice(first.start, first.end).endsWith('约束性')).toBe(true);
  });
});

describe('extractTables on pipe rows with two header rows (seed 002)', () => {
  const { tables, reports } = tablesOf(zhangye2035);
  const table = tables[0];

  it('gives each value its year from the top row and its region from the second', () => {
    expect(tables).toHaveLength(1);
    expect(table).toMatchObject({ caption: '教育事业发展和人才资源开发主要预期指标', line: 11, original: { caption: lineOf(zhangye2035, 10) } });
    expect(table?.rows[0]?.values.map((v) => [v.year, v.scope, v.raw])).toEqual([
      [2020, '甘肃省', '94%'], [2020, '张掖市', '99.51%'], [2025, '甘肃省', '96%'], [2025, '张掖市', '99.53%'], [2035, '甘肃省', '>96%'], [2035, '张掖市', '99.57%'],
    ]);
  });

  it('keeps `?` damage in raw as printed and out of the value, and a qualifier in raw', () => {
    const values = table?.rows[1]?.values ?? [];
    expect(values[3]).toMatchObject({ raw: '?>99%', value: 99, comparator: '>' });
    expect(table?.rows[2]?.values[0]).toMatchObject({ raw: '95% (基本均衡)', value: 95, comparator: null });
    expect(table?.rows[8]).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: null });
    expect(reports.filter((r) => r.ruleId.startsWith('tables:'))).toEqual([]);
  });

  it('keeps the name as printed when the script differs', () => {
    expect(table?.rows[0]?.original).toEqual({ name: '學前教育毛入園率' });
  });
});

describe('extractTables on TAB-separated rows (seed 004)', () => {
  const { tables, reports } = tablesOf(qingtongxia);
  const rows = tables[0]?.rows ?? [];

  it('reads seq, name, unit, group and attribute of each row', () => {
    expect(tables.map((t) => [t.caption, t.line, t.rows.length])).toEqual([['“十四五”规划教育发展主要目标', 57, 11]]);
    expect(rows[1]).toMatchObject({ category: '学前教育', seq: 2, name: '学前教育教师接受专业教育比例', unit: '%', attribute: '预期性' });
    expect(rows[5]).toMatchObject({ category: '高中阶段教育', seq: 6 });
    expect(rows[10]).toMatchObject({ category: '教育贡献', seq: 11, unit: '年', attribute: '约束性' });
  });

  it('gives `-` and words no value, and reports the words', () => {
    expect(rows[4]?.values.map((v) => [v.raw, v.value])).toEqual([['-', null], ['通过自治区 评估认定', null]]);
    expect(reports.map((r) => [r.ruleId, r.line])).toEqual([['tables:unparsed-value', 62]]);
  });
});

describe('extractTables finds no table where there is none', () => {
  it('in the seeds without tables', () => {
    expect(tablesOf(seedText(SEED.minle)).tables).toEqual([]);
    expect(tablesOf(seedText(SEED.compilation)).tables).toEqual([]);
  });

  it('in a table of contents whose page numbers stand after a TAB, a pipe or spaces', () => {
    const compilation = seedText(SEED.compilation);
    for (const separator of ['\t', ' | ', '  ']) {
      const toc = linesOf(compilation, 1, 28).replace(/(\D)(\d+)$/gm, `$1${separator}$2`);
      expect(toc.split('\n')[1]).toBe(`1.“十四五”以来遵义市教育事业发展综述${separator}1`);
      expect(tablesOf(toc).tables).toEqual([]);
    }
  });

  it('in a run of numbered task lines, TAB-indented as web copies print paragraphs', () => {
    const tasks = linesOf(zhangye, 81, 90).split('\n').map((line) => (line ? `\t${line}` : line)).join('\n');
    expect(tasks.startsWith('\t1.')).toBe(true);
    expect(tablesOf(tasks).tables).toEqual([]);
  });

  it('in prose paragraphs with TABs inside them', () => {
    const prose = [lineOf(zhangye, 4), lineOf(zhangye, 9), lineOf(qingtongxia, 53)].map((line) => line.replace('，', '，\t').replace('。', '。\t')).join('\n');
    expect(prose.split('\n').every((line) => line.includes('\t', 1))).toBe(true);
    expect(tablesOf(prose).tables).toEqual([]);
  });

  it('in a single pipe row, and reports nothing', () => {
    const { tables, reports } = tablesOf(lineOf(zhangye2035, 13));
    expect(tables).toEqual([]);
    expect(reports).toEqual([]);
  });
});

describe('extractTables on any input', () => {
  // Real header and row cells, joined in any of the flattenings, then broken by stray pieces.
  const values = ['94%', '>96%', '-', '99.51', '?95%', '通过自治区 评估认定', ''];
  const names = ['学前教育毛入园率（%）', '1. 九年义务教育巩固率（%）', '劳动年龄人口平均受教育年限(年)', ''];
  const noise = ['\t', '\n', '\n\n', '|', ' ', '?', '<table>', '<tr>', '<td colspan="2">', '</table>', '| --- |', '。'];
  const table = fc.record({
    separator: fc.constantFrom('\t', ' | ', '\n\t'),
    rowBreak: fc.constantFrom('\n', '\n\n'),
    rows: fc.array(fc.tuple(fc.constantFrom(...names), fc.array(fc.constantFrom(...values), { maxLength: 4 })), { maxLength: 6 }),
    breaks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...noise)), { maxLength: 4 }),
  });
  const textOf = ({ separator, rowBreak, rows, breaks }: { separator: string; rowBreak: string; rows: Array<[string, string[]]>; breaks: Array<[number, string]> }) => {
    const lead = separator === '\n\t' ? '\t' : '';
    let text = [['指 标', '2020年', '2025年', '属性'], ...rows.map(([name, cells]) => [name, ...cells])].map((cells) => lead + cells.join(separator)).join(rowBreak);
    for (const [at, piece] of breaks) text = text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1));
    return text;
  };

  it('never throws, and every value\'s raw is the original text at its position', () => {
    let found = 0;
    fc.assert(fc.property(table, (spec) => {
      const text = textOf(spec);
      const { tables } = tablesOf(text);
      for (const value of tables.flatMap((t) => t.rows.flatMap((r) => r.values))) {
        found++;
        expect(text.slice(value.position.start.offset, value.position.end.offset)).toBe(value.raw);
      }
    }), { numRuns: 400, seed: 4 });
    expect(found).toBeGreaterThan(100);
  });

  it('stays linear on long runs of lines every reader could start at (a quadratic scan would not end in the timeout)', () => {
    for (const text of ['指标\n2020年\n'.repeat(200_000), `指标\n2020年\n2025年\n${'abc\n'.repeat(400_000)}`, '指标\t2020年\n\t指标\n| 指标 | 2020年 |\n'.repeat(80_000)]) {
      expect(tablesOf(text).tables).toEqual([]);
    }
  });
});
