import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../extractors/meta/kind.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('kindOf', () => {
  it('reads the kind word the seed titles end with', () => {
    expect(kindOf(lineOf(seedText(SEED.zhangye15), 2))).toBe('规划');
    expect(kindOf(lineOf(seedText(SEED.minle), 1))).toBe('实施方案');
    expect(kindOf(normalize(lineOf(seedText(SEED.zhangye2035), 6)).text)).toBe('纲要'); // 行动纲要
    expect(kindOf(lineOf(seedText(SEED.compilation), 30))).toBe('综述');
  });

  it('looks past trailing asides, and tells 实施方案 from 方案 and 行动计划 from 计划', () => {
    expect(kindOf('XX市教育事业发展规划（2021—2025年）')).toBe('规划');
    expect(kindOf('XX县学前教育发展提升行动计划（2021—2025年）（征求意见稿）')).toBe('行动计划');
    expect(kindOf('XX县义务教育优质均衡发展工作方案')).toBe('工作方案');
    expect(kindOf('关于加快推进教育现代化的实施意见')).toBe('意见');
    expect(kindOf('凌海市推进县域义务教育优质均衡发展督导评估规划实施细则')).toBe('细则');
  });

  it('gives null for a title that ends with no kind word', () => {
    expect(kindOf('春风化雨润红城教育沃土绽芳华')).toBeNull();
  });
});
