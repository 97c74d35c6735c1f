import { describe, expect, it } from 'vitest';
import { readHtmlTable } from '../../../extractors/tables/read-html-table.ts';
import { extractTables } from '../../../extractors/tables.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext, readerInput } from './document-context.ts';

// Seed 002's header and first two rows as a web page prints them: 指标 spans the two header
// rows, each year spans its two regions.
const zhangye2035 = seedText(SEED.zhangye2035);
const cellsOf = (line: number) => lineOf(zhangye2035, line).split('|').map((c) => c.trim()).filter((c) => c !== '');
const years = cellsOf(11).slice(1).map((year) => `<th colspan="2">${year}</th>`).join('');
const regions = cellsOf(12).map((region) => `<th>${region}</th>`).join('');
const body = [13, 14].map((line) => `<tr>${cellsOf(line).map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n');
const html = `<table>\n<tr><th rowspan="2">${cellsOf(11)[0]}</th>${years}</tr>\n<tr>${regions}</tr>\n${body}\n</table>`;

describe('readHtmlTable', () => {
  it('keeps cells aligned under rowspan and colspan, without inner tags', () => {
    const rows = readHtmlTable(readerInput(html), 0)?.table.rows ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]?.cells.map((c) => [c.text, c.colSpan])).toEqual([
      ['指 标', undefined], ['2020年', 2], ['', undefined], ['2025年', 2], ['', undefined], ['2035年', 2], ['', undefined],
    ]);
    expect(rows[1]?.cells.map((c) => c.text)).toEqual(['', '甘肃省', '张掖市', '甘肃省', '张掖市', '甘肃省', '张掖市']);
    const cell = rows[2]?.cells[1];
    expect(cell && html.slice(cell.start, cell.end)).toBe('94%');
  });

  it('feeds the same interpreter: years and regions for each value', () => {
    const { context } = documentContext(html);
    const table = extractTables(context).tables[0];
    expect(table?.rows[1]?.values.map((v) => [v.year, v.scope, v.raw, v.value])).toEqual([
      [2020, '甘肃省', '96.6%', 96.6], [2020, '张掖市', '99%', 99], [2025, '甘肃省', '97%', 97],
      [2025, '张掖市', '?>99%', 99], [2035, '甘肃省', '?>97%', 97], [2035, '张掖市', '>99%', 99],
    ]);
  });

  it('does not start at a line without <table>, and survives a table never closed', () => {
    expect(readHtmlTable(readerInput(lineOf(zhangye2035, 13)), 0)).toBeNull();
    // The last `<td` is never closed by a `>`: it is no tag but text of the open cell, which covers three columns.
    expect(readHtmlTable(readerInput('<table><tr><td colspan=3>指标<td'), 0)?.table.rows[0]?.cells.map((c) => c.text)).toEqual(['指标<td', '', '']);
  });
});
