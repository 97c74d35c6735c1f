import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../../extractors/tables/plan-period.ts';

describe('planPeriod', () => {
  it('knows the years of a five-year plan and of a printed range', () => {
    expect(planPeriod('“十四五”规划教育发展主要目标')).toEqual({ start: 2021, end: 2025 });
    expect(planPeriod('张掖市“十五五”教育发展规划')).toEqual({ start: 2026, end: 2030 });
    expect(planPeriod('2021—2025年')).toEqual({ start: 2021, end: 2025 });
    expect(planPeriod('教育事业发展和人才资源开发主要预期指标')).toBeNull();
  });
});
