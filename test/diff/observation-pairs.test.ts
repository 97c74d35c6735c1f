import { describe, expect, it } from 'vitest';
import { pairObservations } from '../../diff/observation-pairs.ts';
import { tableObservations, targetObservations } from '../../diff/observations.ts';
import { documentOf, tableOf, targetOf, valueOf } from './build.ts';

const none = new Set<string>();

describe('pairObservations', () => {
  it('pairs a figure repeated in a plan\'s two tables with its own name only, not with a similar name', () => {
    // Seed 004 has 高中阶段教育毛入学率 and 残疾青少年高中阶段教育毛入学率 for 2025; seed 000 has
    // 高中阶段教育毛入学率 for 2025 in both its tables.
    const qingtongxia = documentOf({ tables: [tableOf('q#1/t1', [
      ['高中阶段教育毛入学率', '%', [valueOf(2025, '95', 95, 66)]],
      ['残疾青少年高中阶段教育毛入学率', '%', [valueOf(2025, '40', 40, 70)]],
    ])] });
    const zhangye = documentOf({ tables: [
      tableOf('z#1/t1', [['高中阶段教育毛入学率', '%', [valueOf(2025, '97%', 97, 33)]]], 30),
      tableOf('z#1/t2', [['高中阶段教育毛入学率', '%', [valueOf(2025, '97', 97, 141)]]], 130),
    ] });
    const pairs = pairObservations(tableObservations(qingtongxia), tableObservations(zhangye), none);
    expect(pairs).toEqual([{ old: 0, new: 0, score: 1 }]);
  });

  it('does not pair a name with the same name narrowed by a qualifier', () => {
    // Seed 000 line 105: 肃南裕固族自治县学前教育毛入园率达到99.6%.
    const old = documentOf({ targets: [targetOf('学前教育毛入园率', 2030, 99.8, '%', 95)] });
    const now = documentOf({ targets: [targetOf('肃南裕固族自治县学前教育毛入园率', 2030, 99.6, '%', 105)] });
    expect(pairObservations(targetObservations(old), targetObservations(now), none)).toEqual([]);
  });

  it('pairs two names for one indicator when neither has a value of its own name that year', () => {
    const old = documentOf({ targets: [targetOf('学前教育毛入园率', 2030, 99.8, '%', 95)] });
    const now = documentOf({ targets: [targetOf('学前三年毛入园率', 2030, 99.8, '%', 95)] });
    expect(pairObservations(targetObservations(old), targetObservations(now), none)).toEqual([{ old: 0, new: 0, score: 8 / 14 }]);
  });

  it('does not pair values whose units contradict', () => {
    const old = documentOf({ targets: [targetOf('优质中等职业学校', 2030, 2, '所', 100)] });
    const now = documentOf({ targets: [targetOf('优质中等职业学校', 2030, 2, '个', 100)] });
    expect(pairObservations(targetObservations(old), targetObservations(now), none)).toEqual([]);
  });
});
