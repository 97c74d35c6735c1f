import { describe, expect, it } from 'vitest';
import { cleanName, headNoun, splitSubjects } from '../../../extractors/prose/names.ts';

describe('cleanName', () => {
  it('strips time phrases, adverbs and subjects around an indicator', () => {
    expect(cleanName('确保甘州区公办园在园幼儿占比于2027年')).toBe('甘州区公办园在园幼儿占比');
    expect(cleanName('学前三年毛入园率持续')).toBe('学前三年毛入园率');
    expect(cleanName('近5年一般公共预算教育经费累计')).toBe('一般公共预算教育经费');
    expect(cleanName('较上年')).toBe(''); // a baseline, written for the test
    expect(cleanName('全区义务教育巩固率')).toBe('义务教育巩固率');
    expect(cleanName('使“双师型”教师比例')).toBe('“双师型”教师比例');
    expect(cleanName('使用率')).toBe('使用率');
    expect(cleanName('城乡体育场地设施覆盖率均')).toBe('城乡体育场地设施覆盖率');
    expect(cleanName('一般公共预算教育经费年均')).toBe('一般公共预算教育经费');
    expect(cleanName('人均')).toBe('人均');
    expect(cleanName('学前三年毛入园率由85%')).toBe('学前三年毛入园率');
  });
});

describe('splitSubjects', () => {
  it('pairs names with values and shares a place, a head noun or a tier', () => {
    expect(splitSubjects('学前教育公办率、普惠率', 2)).toEqual(['学前教育公办率', '普惠率']);
    expect(splitSubjects('省级（含以上）、市级、县级名优骨干教师总数', 3)).toEqual(['省级（含以上）名优骨干教师总数', '市级名优骨干教师总数', '县级名优骨干教师总数']);
    expect(splitSubjects('自治区、市、县三级骨干教师比例', 3)).toEqual(['自治区级骨干教师比例', '市级骨干教师比例', '县级骨干教师比例']);
    expect(splitSubjects('城乡体育场地设施覆盖率', 2)).toEqual(['城乡体育场地设施覆盖率', '城乡体育场地设施覆盖率']);
  });
});

describe('headNoun', () => {
  it('takes what comes after the last 的 or list-ending 等, not the 等 of 中等', () => {
    expect(headNoun('“少而精、特而强”的优质中等职业学校')).toBe('优质中等职业学校');
    expect(headNoun('张掖市第二中学综合教学楼及校园基础设施改扩建、市实验中学综合教学楼建设等增学位项目')).toBe('增学位项目');
  });
});
