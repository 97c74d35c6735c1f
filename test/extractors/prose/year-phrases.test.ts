import { describe, expect, it } from 'vitest';
import { findYearPhrases } from '../../../extractors/prose/year-phrases.ts';

const fifteenth = { label: '十五五', start: 2026, end: 2030 };
const kinds = (text: string, plan = fifteenth) => findYearPhrases(text, plan).map((p) => [p.kind, p.year, p.period]);

describe('findYearPhrases', () => {
  it('finds deadlines, with or without 年 and spaces, and the plan-period ones', () => {
    expect(kinds('到2027年，教育强县建设取得阶段性成效')).toEqual([['deadline', 2027, null]]);
    expect(kinds('到2025，实现数字校园建设覆盖全体学校')).toEqual([['deadline', 2025, null]]);
    expect(kinds('到二〇三五年，总体实现教育现代化')).toEqual([['deadline', 2035, null]]);
    expect(kinds('“十五五”末，规划期末，到本世纪中叶')).toEqual([['deadline', 2030, '十五五'], ['deadline', 2030, '十五五'], ['deadline', 2050, null]]);
  });

  it('tells points, dates as of, periods since and plan periods apart', () => {
    expect(kinds('于2027年达到60%以上')).toEqual([['point', 2027, null]]);
    expect(kinds('公办园在园幼儿占比于2027年达到60%以上')).toEqual([['point', 2027, null]]);
    expect(kinds('截至2024年年底，全市公办幼儿园在园幼儿占比达64.6%')).toEqual([['as-of', 2024, null]]);
    expect(kinds('2022年以来，全市累计新建')).toEqual([['since', null, '2022年以来']]);
    expect(kinds('近5年一般公共预算教育经费累计投入')).toEqual([['since', null, '近5年']]);
    expect(findYearPhrases('“十四五”期间公办园占比达到68%', { label: '十四五', start: 2021, end: 2025 })[0]).toMatchObject({ kind: 'period', year: 2025, ownPeriod: true });
    expect(findYearPhrases('“十四五”期间，张掖市深入贯彻', fifteenth)[0]).toMatchObject({ kind: 'period', ownPeriod: false });
  });

  it('takes no year from counts, from 二〇三五 or from a number after 到 that counts something', () => {
    expect(kinds('每十万人口本科生在校生数达到2600人，逐步化解2000人以上“大校额”')).toEqual([]);
    expect(kinds('二〇三五远景目标纲要')).toEqual([]);
    expect(kinds('比2020年提高5个百分点，在2020年的基础上')).toEqual([]);
    expect(kinds('由2020年的85.3%提高到92%，在2020年96.8%的基础上')).toEqual([]); // written for the test
    expect(kinds('2025年底前全面完成')).toEqual([['deadline', 2025, null]]);
  });
});
