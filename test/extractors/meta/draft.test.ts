import { describe, expect, it } from 'vitest';
import { draftLabelOf } from '../../../extractors/meta/draft.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('draftLabelOf', () => {
  it('finds the mark on the line under the title (seed 001 lines 1 and 3)', () => {
    const text = seedText(SEED.minle);
    expect(draftLabelOf([lineOf(text, 1), lineOf(text, 3)])).toBe('意见征求稿');
  });

  it('finds a mark inside the title, after a period aside, or standing bare', () => {
    expect(draftLabelOf(['民乐县教育事业发展规划（草案）'])).toBe('草案');
    expect(draftLabelOf(['张掖市教育事业发展规划（2021—2025年）（征求意见稿）'])).toBe('征求意见稿');
    expect(draftLabelOf(['XX县教育强县建设实施方案', '(送审稿)'])).toBe('送审稿');
    expect(draftLabelOf(['XX县教育强县建设实施方案', '讨论稿'])).toBe('讨论稿');
    expect(draftLabelOf(['关于征求《XX县教育发展规划（公开征求意见稿）》意见的通知'])).toBe('征求意见稿');
  });

  it('finds none in a final plan or in prose about drafts', () => {
    const text = seedText(SEED.qingtongxia);
    expect(draftLabelOf([lineOf(text, 17), lineOf(text, 19)])).toBeNull();
    expect(draftLabelOf(['在广泛调研的基础上形成规划草案，经审议通过。'])).toBeNull();
    expect(draftLabelOf(['XX市教育发展规划（2021—2025年）'])).toBeNull();
  });
});
