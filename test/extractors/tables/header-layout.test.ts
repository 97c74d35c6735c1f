import { describe, expect, it } from 'vitest';
import { layoutHeader, significant } from '../../../extractors/tables/header-layout.ts';
import { readPipeRows } from '../../../extractors/tables/read-pipe-rows.ts';
import { readTabRows } from '../../../extractors/tables/read-tab-rows.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { linesOf, readerInput } from './document-context.ts';

describe('layoutHeader', () => {
  it('spreads each year of a two-row header over the region pair below it (seed 002)', () => {
    const rows = readPipeRows(readerInput(linesOf(seedText(SEED.zhangye2035), 11, 13)), 0)?.table.rows ?? [];
    const layout = layoutHeader(rows.slice(0, 2), 7);
    expect(layout.columns.map((c) => c.role)).toEqual(['name', 'value', 'value', 'value', 'value', 'value', 'value']);
    expect(layout.columns.map((c) => c.year)).toEqual([null, 2020, 2020, 2025, 2025, 2035, 2035]);
    expect(layout.columns.map((c) => c.scope)).toEqual([null, '甘肃省', '张掖市', '甘肃省', '张掖市', '甘肃省', '张掖市']);
    expect(layout.misfits).toEqual([]);
  });

  it('reads a one-row header cell for cell: an unlabelled first column before 指标 holds the groups (seed 004)', () => {
    const qingtongxia = seedText(SEED.qingtongxia);
    const rows = readTabRows(readerInput(lineOf(qingtongxia, 57)), 0)?.table.rows ?? [];
    const layout = layoutHeader(rows, 5);
    expect(layout.columns.map((c) => c.role)).toEqual(['category', 'name', 'value', 'value', 'attribute']);
    expect(layout.columns.map((c) => c.year)).toEqual([null, null, 2020, 2025, null]);
  });

  it('takes a column group over the years as their scope, and keeps 属性 at the right', () => {
    // Seed 002's labels the other way up: regions on top, each over two years.
    const text = '指 标 | 甘肃省 | 张掖市 | 属性 |\n| 2020年 | 2025年 | 2020年 | 2025年 | |';
    const rows = readPipeRows(readerInput(text), 0)?.table.rows ?? [];
    const layout = layoutHeader(rows, 6);
    expect(layout.columns.map((c) => [c.role, c.year, c.scope])).toEqual([
      ['name', null, null], ['value', 2020, '甘肃省'], ['value', 2025, '甘肃省'], ['value', 2020, '张掖市'], ['value', 2025, '张掖市'], ['attribute', null, null],
    ]);
  });

  it('reads a label printed over two rows joined: 指标 over 属性 is the attribute column', () => {
    // Seed 004's header with its 属性 cell split as a PDF prints it, 指标 over 属性.
    const header = lineOf(seedText(SEED.qingtongxia), 57).replace('属性', '指标');
    const rows = readTabRows(readerInput([header, '\t\t\t\t属性'].join('\n')), 0)?.table.rows ?? [];
    expect(layoutHeader(rows, 5).columns.map((c) => c.role)).toEqual(['category', 'name', 'value', 'value', 'attribute']);
  });

  it('lists a header row with more cells than the body as a misfit', () => {
    const rows = readTabRows(readerInput(lineOf(seedText(SEED.qingtongxia), 57)), 0)?.table.rows ?? [];
    expect(layoutHeader(rows, 4).misfits).toHaveLength(1);
  });

  it('places cells that state their span (HTML colspan) by it', () => {
    const cell = (text: string, colSpan?: number) => ({ text, start: 0, end: 0, ...(colSpan ? { colSpan } : {}) });
    const top = { cells: [cell('指标'), cell('2020年', 2), cell(''), cell('2025年', 2), cell('')], start: 0, end: 0, lineStart: 0 };
    const layout = layoutHeader([top], 5);
    expect(layout.columns.map((c) => c.year)).toEqual([null, 2020, 2020, 2025, 2025]);
  });
});

describe('significant', () => {
  it('drops the empty cells after the last printed one', () => {
    const rows = readPipeRows(readerInput(lineOf(seedText(SEED.zhangye2035), 11)), 0)?.table.rows ?? [];
    expect(significant(rows[0]?.cells ?? []).map((c) => c.text)).toEqual(['指 标', '2020年', '2025年', '2035年']);
  });
});
