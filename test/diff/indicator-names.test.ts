import { describe, expect, it } from 'vitest';
import { normalizeIndicatorName } from '../../diff/indicator-names.ts';

describe('normalizeIndicatorName', () => {
  it.each([
    ['学前教育毛入园率（%）', '学前教育毛入园率'],
    ['“双师型”教师占比', '双师型教师占比'],
    ['职业教育专科（含高职）在校生（万人）', '职业教育专科(含高职)在校生'],
    ['县域内义务教育优质均衡县（区）比例', '县域内义务教育优质均衡县(区)比例'],
    ['劳动年龄人口平均 受教育年限', '劳动年龄人口平均受教育年限'],
  ])('%s is compared as %s', (name, key) => {
    expect(normalizeIndicatorName(name)).toBe(key);
  });
});
