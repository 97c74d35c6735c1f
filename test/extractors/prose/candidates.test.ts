import { describe, expect, it } from 'vitest';
import { enclosedMask, findCandidates } from '../../../extractors/prose/candidates.ts';

const values = (text: string) => findCandidates(text, 0, text.length, enclosedMask(text)).map((q) => q.value);

describe('findCandidates', () => {
  it('reads the figures of a clause', () => {
    expect(values('分别达到99.6%、100%、98%')).toEqual([99.6, 100, 98]);
    expect(values('推进两所高中全面实施新课程')).toEqual([2]);
  });

  it('leaves out what is not a figure', () => {
    expect(values('深入推进普通高中“1234”质量提升计划')).toEqual([]); // quoted
    expect(values('系统提升十五年一贯制特殊教育保障能力')).toEqual([]); // 十五年 is no count
    expect(values('建设一支数量充足、业务精湛的专职教师队伍')).toEqual([]); // 一支 is an article
    expect(values('培育5—8个特色鲜明的示范性教育集团')).toEqual([]); // a range
    expect(values('分批次培育15-20所办学基础较好的学校')).toEqual([]);
    expect(values('力争5年内使80%以上教师成为引领者')).toEqual([80]); // 5年内 is a span
    expect(values('同一所学校任教满6年的专任教师轮岗比例不低于10%')).toEqual([10]);
    expect(values('各级各类学校每年至少举办2次综合性运动会')).toEqual([]); // a frequency
    expect(values('保障每个乡镇重点建设1所优质寄宿制学校')).toEqual([]); // a distributive
    expect(values('积极实施第四期学前教育行动计划，新建第八小学')).toEqual([]); // ordinals
    expect(values('推动形成五年一贯制、“3+2”等中高职一体化分段培养模式')).toEqual([]);
    expect(values('“十四五”时期（2021-2025年）')).toEqual([]);
    expect(values('在2020年96.8%的基础上，巩固率提高到98%')).toEqual([98]); // a baseline
    expect(values('普通高中与中职招生比例大体保持在6:4')).toEqual([]); // a ratio of two terms
    expect(values('到2025，实现数字校园建设覆盖全体学校')).toEqual([]); // spaces are gone in the compact text
  });
});

describe('enclosedMask', () => {
  it('marks quotes, book titles and brackets, closing them at the end of a sentence', () => {
    const text = '《规划》（2021年）“五个一”。后';
    const mask = enclosedMask(text);
    expect([...text].filter((_, i) => mask[i]).join('')).toBe('《规划（2021年“五个一');
  });
});
