import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../extractors/meta/date.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

const seedLine = (stem: string, line: number) => normalize(lineOf(seedText(stem), line)).text;

describe('parseDateLine', () => {
  it('reads a wrapper date line (seed 002 line 5, seed 004 line 13)', () => {
    expect(parseDateLine(seedLine(SEED.zhangye2035, 5))).toEqual({ date: '2021-09-30', before: '', marked: false });
    expect(parseDateLine(seedLine(SEED.qingtongxia, 13))).toEqual({ date: '2022-10-25', before: '', marked: false });
  });

  it('gives month precision for a 印发 line with the day left blank (seed 004, last line)', () => {
    const lines = seedText(SEED.qingtongxia).trimEnd().split('\n');
    expect(parseDateLine(lines.at(-1) ?? '')).toEqual({ date: '2022-10', before: '', marked: true });
  });

  it('reads the bracketed date under an article title (seed 003 line 31)', () => {
    expect(parseDateLine(seedLine(SEED.compilation, 31))).toEqual({ date: '2025-09-11', before: '', marked: false });
  });

  it('reads dates in Chinese numerals', () => {
    expect(parseDateLine('二〇二一年九月三十日')?.date).toBe('2021-09-30');
    expect(parseDateLine('二○二二年十二月五日')?.date).toBe('2022-12-05');
    expect(parseDateLine('二〇二三年十月')?.date).toBe('2023-10');
    expect(parseDateLine('二O二一年九月三十日')?.date).toBe('2021-09-30');
  });

  it('reads a spaced-out date', () => {
    expect(parseDateLine('2021 年 9 月 30 日')?.date).toBe('2021-09-30');
  });

  it('reads 印发 and 成文 lines, and keeps what stands before the date', () => {
    expect(parseDateLine('2021年9月30日印发')?.date).toBe('2021-09-30');
    expect(parseDateLine('（2021年9月30日成文）')?.date).toBe('2021-09-30');
    expect(parseDateLine('2021年9月30日')?.marked).toBe(false);
    expect(parseDateLine('民乐县人民政府办公室  2021年9月30日印发')).toEqual({ date: '2021-09-30', before: '民乐县人民政府办公室', marked: true });
  });

  it('refuses impossible dates, and lines that do not end with a date', () => {
    expect(parseDateLine('2021年13月30日')).toBeNull();
    expect(parseDateLine('2021年9月32日')).toBeNull();
    expect(parseDateLine(seedLine(SEED.minle, 9))).toBeNull(); // 到2027年，…
    expect(parseDateLine('（2021—2025年）')).toBeNull();
  });

  it('does not read a long prose line ending with a date', () => {
    expect(parseDateLine(`${'教育'.repeat(100)}2021年9月30日`)).toBeNull();
  });
});
