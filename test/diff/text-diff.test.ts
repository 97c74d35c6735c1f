import { describe, expect, it } from 'vitest';
import { DIFF_LIMITS, collapseSpace, diffText } from '../../diff/text-diff.ts';

describe('diffText', () => {
  // A title of seed 000 (line 202) and a reworded form of it.
  const old = '健全基础教育资源统筹调配机制';
  const now = '健全义务教育资源统筹配置机制';

  it('diffs Chinese text character by character, keeping the shared characters', () => {
    const segments = diffText(old, now);
    expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(old);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(now);
    expect(segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual(['基础', '调']);
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['义务', '置']);
  });

  it('gives one equal segment for unchanged text', () => {
    expect(diffText(old, old)).toEqual([{ op: 'equal', text: old }]);
  });
});

describe('diffText past its limits', () => {
  it('shows texts with more edits than the limit as replaced whole', () => {
    const [a, b] = ['教'.repeat(DIFF_LIMITS.edits), '育'.repeat(DIFF_LIMITS.edits)];
    expect(diffText(a, b)).toEqual([{ op: 'delete', text: a }, { op: 'insert', text: b }]);
  });

  it('shows texts longer than the limit as replaced whole, even when nearly equal', () => {
    const a = '教育'.repeat(DIFF_LIMITS.characters / 4);
    expect(diffText(a, `${a}。`)).toEqual([{ op: 'delete', text: a }, { op: 'insert', text: `${a}。` }]);
  });
});

describe('collapseSpace', () => {
  it('drops the line break of a wrapped title', () => {
    expect(collapseSpace('健全基础教育资源\n 统筹调配机制')).toBe('健全基础教育资源统筹调配机制');
  });
});
