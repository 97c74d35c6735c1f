import { describe, expect, it } from 'vitest';
import { tableKind, valueKind } from '../../../extractors/tables/value-kind.ts';

describe('valueKind', () => {
  const none = { caption: '', period: null, years: [] };
  it('takes a table of 完成情况 as results', () => {
    const evidence = { caption: '表1  “十四五”时期张掖教育事业发展指标完成情况', period: { start: 2021, end: 2025 }, years: [2020, 2025] };
    expect(valueKind('2025年', 2025, evidence)).toBe('baseline');
  });

  it('takes a year before the plan period as its base and a year in it as a target', () => {
    const evidence = { caption: '表2  张掖教育事业发展和人力资源开发“十五五”主要预期指标', period: { start: 2026, end: 2030 }, years: [2025, 2030] };
    expect(valueKind('2025年', 2025, evidence)).toBe('baseline');
    expect(valueKind('2030年', 2030, evidence)).toBe('target');
  });

  it('without a period, takes the earliest year of a table of 预期指标 as the base', () => {
    const evidence = { caption: '教育事业发展和人才资源开发主要预期指标', period: null, years: [2020, 2025, 2035] };
    expect(valueKind('2020年 甘肃省', 2020, evidence)).toBe('baseline');
    expect(valueKind('2035年 张掖市', 2035, evidence)).toBe('target');
  });

  it('follows the words of a column header first, and says nothing when nothing says', () => {
    expect(valueKind('2025年目标值', 2025, none)).toBe('target');
    expect(valueKind('现状值', null, none)).toBe('baseline');
    expect(valueKind('2025年', 2025, none)).toBeNull();
  });
});

describe('tableKind', () => {
  it('is the one kind of all values, mixed, or null', () => {
    expect(tableKind(['baseline', 'baseline'])).toBe('baseline');
    expect(tableKind(['baseline', 'target', null])).toBe('mixed');
    expect(tableKind([null])).toBeNull();
  });
});
