import { describe, expect, it } from 'vitest';
import { bigramsOf, containment, dice, roundScore } from '../../diff/similarity.ts';

describe('dice', () => {
  it('scores the two names of the pre-school enrolment rate by the four character pairs they share', () => {
    // 学前 毛入 入园 园率 shared of 7 + 7 pairs.
    expect(dice(bigramsOf('学前三年毛入园率'), bigramsOf('学前教育毛入园率'))).toBeCloseTo(8 / 14);
  });

  it('gives 1 for texts that differ only in white space and 0 for texts sharing no pair', () => {
    expect(dice(bigramsOf('发展基础'), bigramsOf('发展 基础'))).toBe(1);
    expect(dice(bigramsOf('发展基础'), bigramsOf('组织实施'))).toBe(0);
  });

  it('counts a repeated pair as often as it occurs', () => {
    expect(dice(bigramsOf('教育教育'), bigramsOf('教育'))).toBeCloseTo(2 / 4);
  });
});

describe('containment', () => {
  it('finds the first half of a task in the whole task', () => {
    const whole = '健全基础教育资源统筹调配机制。深化“市县结合”的教育管理体制改革';
    expect(containment(bigramsOf('健全基础教育资源统筹调配机制'), bigramsOf(whole))).toBe(1);
    expect(containment(bigramsOf(whole), bigramsOf('健全基础教育资源统筹调配机制'))).toBeLessThan(0.5);
  });
});

describe('roundScore', () => {
  it('keeps three decimals', () => {
    expect(roundScore(8 / 14)).toBe(0.571);
  });
});
