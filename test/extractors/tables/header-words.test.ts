import { describe, expect, it } from 'vitest';
import { headerYear, isValueLabel, labelRole } from '../../../extractors/tables/header-words.ts';

describe('headerYear', () => {
  it('reads the year of a header cell however it is padded', () => {
    expect(headerYear('2020年')).toBe(2020);
    expect(headerYear('2025 年')).toBe(2025);
    expect(headerYear('2025年目标值')).toBe(2025);
    expect(headerYear('基期（2020年）')).toBe(2020);
  });

  it('reads the end of a five-year plan as its last year', () => {
    expect(headerYear('“十四五”末')).toBe(2025);
    expect(headerYear('“十三五”期末')).toBe(2020);
    expect(headerYear('“十四五”时期')).toBeNull();
  });

  it('gives null for a figure that is no year', () => {
    expect(headerYear('2576')).toBeNull();
    expect(headerYear('12025')).toBeNull();
    expect(headerYear('指 标')).toBeNull();
  });
});

describe('labelRole', () => {
  it('knows the labels of the name, group and attribute columns, padded as printed', () => {
    expect(labelRole('指    标')).toBe('name');
    expect(labelRole('类别')).toBe('category');
    expect(labelRole('属  性')).toBe('attribute');
    expect(labelRole('甘肃省')).toBeNull();
    expect(labelRole('')).toBeNull();
  });
});

describe('isValueLabel', () => {
  it('takes 目标值 and 现状 as columns of figures', () => {
    expect(isValueLabel('目标值')).toBe(true);
    expect(isValueLabel('现状')).toBe(true);
    expect(isValueLabel('预期目标')).toBe(true);
    expect(isValueLabel('属性')).toBe(false);
  });
});
