import { describe, expect, it } from 'vitest';
import { hasPastMarker, isPastSection, moodOf } from '../../../extractors/prose/mood.ts';
import { findYearPhrases } from '../../../extractors/prose/year-phrases.ts';

const plan = { kind: 'plan' as const, period: { label: '十五五', start: 2026, end: 2030 } };
const review = { kind: 'review' as const, period: null };
const phrase = (text: string) => findYearPhrases(text, plan.period)[0] ?? null;

describe('moodOf', () => {
  it('makes a plan\'s figures targets and a review\'s results by default', () => {
    expect(moodOf({ profile: plan, governing: null, before: '高中阶段毛入学率达到', clause: '高中阶段毛入学率达到', pastSection: false })).toBe('future');
    expect(moodOf({ profile: review, governing: null, before: '高中阶段毛入学率达', clause: '高中阶段毛入学率达', pastSection: false })).toBe('past');
  });

  it('lets phrases, markers and sections say otherwise', () => {
    expect(moodOf({ profile: plan, governing: phrase('“十四五”期间'), before: '', clause: '', pastSection: false })).toBe('past');
    expect(moodOf({ profile: review, governing: phrase('到2027年'), before: '', clause: '', pastSection: false })).toBe('future');
    expect(moodOf({ profile: plan, governing: null, before: '全市现有学校', clause: '全市现有学校', pastSection: false })).toBe('past');
    expect(moodOf({ profile: plan, governing: null, before: '学前三年毛入园率达到', clause: '学前三年毛入园率达到', pastSection: true })).toBe('past');
    expect(moodOf({ profile: plan, governing: phrase('到2030年'), before: '', clause: '', pastSection: true })).toBe('future');
  });
});

describe('markers', () => {
  it('knows the words and headings of an account of the past', () => {
    expect(hasPastMarker('近5年一般公共预算教育经费累计投入', '近5年一般公共预算教育经费累计投入')).toBe(true);
    expect(hasPastMarker('学生体质健康达标优良率力争达到', '学生体质健康达标优良率力争达到')).toBe(false);
    // 已 and 现有 speak for their clause only: 在巩固已有成果的基础上，毛入园率达到95%.
    expect(hasPastMarker('在巩固已有成果的基础上，毛入园率达到', '毛入园率达到')).toBe(false);
    expect(isPastSection('发展成绩')).toBe(true);
    expect(isPastSection('“十三五”发展回顾')).toBe(true);
    expect(isPastSection('规划背景')).toBe(true); // a plan's opening chapter, written for the test
    expect(isPastSection('“十五五”发展目标')).toBe(false);
  });
});
