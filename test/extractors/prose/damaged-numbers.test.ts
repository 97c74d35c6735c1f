import { describe, expect, it } from 'vitest';
import { maskDamagedNumbers } from '../../../extractors/prose/damaged-numbers.ts';
import { extractTargets } from '../../../extractors/targets.ts';
import { documentContextOf, fileContextOf } from '../../contexts.ts';

describe('maskDamagedNumbers', () => {
  it('masks a number that a `?` cut through, and only that number', () => {
    const context = fileContextOf('学前三年毛入园率达到99.?51%，巩固率达到?100%，选培 10 门');
    const masked = maskDamagedNumbers(context);
    expect(masked).toBe('学前三年毛入园率达到□□□ □□%，巩固率达到 100%，选培 10 门');
    expect(masked.length).toBe(context.text.length);
  });

  it('keeps a damaged figure out of the targets, while the figure after leading damage is read', () => {
    const plan = '某县教育事业发展规划\n一、发展目标\n到2025年，学前三年毛入园率达到99.?51%，九年义务教育巩固率达到?100%。';
    const targets = extractTargets(documentContextOf(plan));
    expect(targets.map((t) => t.value)).toEqual([100]);
  });
});
