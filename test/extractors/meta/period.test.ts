import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../extractors/meta/period.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('periodOf', () => {
  it('reads the five-year plan of a title, quoted or not (seeds 000 and 004)', () => {
    expect(periodOf(lineOf(seedText(SEED.zhangye15), 2))).toBe('十五五');
    expect(periodOf(lineOf(seedText(SEED.qingtongxia), 17))).toBe('十四五');
    expect(periodOf('青铜峡市教育事业发展十四五规划')).toBe('十四五');
  });

  it('reads a horizon year written as a label (seed 002 line 6)', () => {
    expect(periodOf(normalize(lineOf(seedText(SEED.zhangye2035), 6)).text)).toBe('2035');
  });

  it('reads a 远景 horizon year', () => {
    expect(periodOf('XX市教育现代化2035年远景目标纲要')).toBe('2035');
  });

  it('reads a year range with the dash the gold writes', () => {
    expect(periodOf('XX市教育事业发展规划（2021—2025年）')).toBe('2021—2025');
    expect(periodOf('XX县2021-2025年学前教育发展规划')).toBe('2021—2025');
    expect(periodOf('XX市教育发展规划（2021至2035年）')).toBe('2021—2035');
  });

  it('keeps the first of two periods', () => {
    expect(periodOf('XX市“十四五”教育发展规划（2021—2025年）')).toBe('十四五');
  });

  it('gives none for a review looking back, a dated title, or a title with no period', () => {
    expect(periodOf(lineOf(seedText(SEED.compilation), 30))).toBeNull(); // “十四五”以来…综述
    expect(periodOf(lineOf(seedText(SEED.compilation), 237))).toBeNull(); // 岳阳市2025年…综述
    expect(periodOf(lineOf(seedText(SEED.minle), 1))).toBeNull();
  });
});
