import { describe, expect, it } from 'vitest';
import { isUnit, joinWrapped, readNameCell } from '../../../extractors/tables/name-cell.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

const qingtongxia = seedText(SEED.qingtongxia);
const nameCellOf = (line: number) => lineOf(qingtongxia, line).split('\t')[1] ?? '';

describe('readNameCell', () => {
  it('takes the printed seq and the unit suffix off the name', () => {
    const text = nameCellOf(67); // 10. 预期受教育年限（年）
    const cell = readNameCell(text, 100);
    expect(cell).toMatchObject({ seq: 10, name: '预期受教育年限', unit: '年' });
    expect(text.slice(cell.span.start - 100, cell.span.end - 100)).toBe('预期受教育年限');
  });

  it('keeps a parenthesis that is not a unit in the name', () => {
    expect(readNameCell(nameCellOf(62), 0)).toMatchObject({ seq: 5, name: '义务教育优质均衡发展县（市：区）比例', unit: '%' });
    const zhangye = seedText(SEED.zhangye15);
    expect(readNameCell(lineOf(zhangye, 151).trim(), 0)).toMatchObject({ seq: null, name: '职业教育专科（含高职）在校生', unit: '万人' });
  });

  it('reads a seq printed in brackets and drops footnote marks', () => {
    expect(readNameCell(`（4）${nameCellOf(61).replace(/^\d+\. /, '')}*`, 0)).toMatchObject({ seq: 4, name: '九年义务教育巩固率', unit: '%' });
    expect(readNameCell('学前教育毛入园率①', 0)).toMatchObject({ seq: null, name: '学前教育毛入园率', unit: null });
  });

  it('keeps the marks it drops, before or after the unit', () => {
    expect(readNameCell(`${nameCellOf(61).replace(/^\d+\. /, '')}★`, 0)).toMatchObject({ name: '九年义务教育巩固率', unit: '%', marks: '★' });
    expect(readNameCell('九年义务教育巩固率★（%）', 0)).toMatchObject({ name: '九年义务教育巩固率', unit: '%', marks: '★' });
  });

  it('takes `其中：` off a sub-row\'s name and says it is a part', () => {
    expect(readNameCell('其中：普惠性幼儿园在园幼儿占比（%）', 0)).toMatchObject({ name: '普惠性幼儿园在园幼儿占比', unit: '%', part: true });
    expect(readNameCell(nameCellOf(61), 0).part).toBe(false);
  });

  it('reads a half-width `(年)` suffix', () => {
    const zhangye = seedText(SEED.zhangye15);
    expect(readNameCell(lineOf(zhangye, 56).trim(), 0)).toMatchObject({ name: '劳动年龄人口平均受教育年限', unit: '年' });
  });
});

describe('isUnit', () => {
  it('knows units and rates, not other words in brackets', () => {
    expect(['%', '年', '万人', '人', '人/万人'].map(isUnit)).toEqual([true, true, true, true, true]);
    expect(['区', '含高职', '市：区'].map(isUnit)).toEqual([false, false, false]);
  });
});

describe('joinWrapped', () => {
  it('removes the blank a wrapped cell left between Chinese characters', () => {
    expect(joinWrapped(lineOf(qingtongxia, 63).split('\t')[0] ?? '')).toBe('高中阶段教育');
    expect(joinWrapped('PM 2.5 浓度')).toBe('PM 2.5浓度');
  });
});
