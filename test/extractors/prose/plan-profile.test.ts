import { describe, expect, it } from 'vitest';
import { fiveYearPeriod, planProfile } from '../../../extractors/prose/plan-profile.ts';
import { documentContext } from '../../prose-context.ts';

const profile = (title: string) => planProfile(documentContext('', title));

describe('planProfile', () => {
  it('reads the kind and period of a document from its title', () => {
    expect(profile('张掖市“十五五”教育发展规划')).toEqual({ kind: 'plan', period: { label: '十五五', start: 2026, end: 2030 } });
    expect(profile('张掖教育现代化2035行动纲要')).toEqual({ kind: 'plan', period: { label: '2035', start: null, end: 2035 } });
    expect(profile('德州教育高质量发展综述')).toEqual({ kind: 'review', period: null });
    expect(profile('“十四五”以来遵义市教育事业发展综述')).toMatchObject({ kind: 'review' });
    expect(profile('某市教育事业发展规划（2021—2025年）')).toEqual({ kind: 'plan', period: { label: '2021—2025', start: 2021, end: 2025 } });
    expect(profile('某市教育工作总结')).toMatchObject({ kind: 'review' });
    expect(profile('民乐县全面推进教育强县建设实施方案（意见征求稿）')).toEqual({ kind: 'plan', period: null });
  });

  it('counts five-year plans in fives from the sixth', () => {
    expect(fiveYearPeriod('十三')).toEqual({ start: 2016, end: 2020 });
    expect(fiveYearPeriod('十四')).toEqual({ start: 2021, end: 2025 });
  });
});
