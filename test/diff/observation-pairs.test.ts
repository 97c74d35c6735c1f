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

  it('keeps the values of one row together when the other plan gives the indicator in two tables', () => {
    // Seed 002's 劳动年龄人口平均受教育年限 (2020, 2025) against seed 000's table 1 (2020, 2025) and
    // table 2 (2025, 2030): 2025 goes with table 1, the row that shares both years.
    const older = documentOf({ tables: [tableOf('o#1/t1', [['劳动年龄人口平均受教育年限', null, [valueOf(2020, '9.9', 9.9, 21), valueOf(2025, '>10.2', 10.2, 22)]]])] });
    const newer = documentOf({ tables: [
      tableOf('n#1/t1', [['劳动年龄人口平均受教育年限', '年', [valueOf(2020, '9.8', 9.8, 57), valueOf(2025, '10.2%', 10.2, 58)]]], 50),
      tableOf('n#1/t2', [['劳动年龄人口平均受教育年限', '年', [valueOf(2025, '10.2', 10.2, 188), valueOf(2030, '10.5', 10.5, 189)]]], 180),
    ] });
    const pairs = pairObservations(tableObservations(older), tableObservations(newer), none);
    expect(pairs.map((p) => [p.old, p.new])).toEqual([[0, 0], [1, 1]]);
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
