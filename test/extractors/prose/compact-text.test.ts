import { describe, expect, it } from 'vitest';
import { compact, normalizedSpan } from '../../../extractors/prose/compact-text.ts';

describe('compact', () => {
  it('drops layout white space and keeps each character\'s offset', () => {
    // Seed 004 prints 选培 10 门德育优质课 with spaces around the number.
    const source = '选培 10 门德育优质课';
    const text = compact(source, [{ start: 0, end: source.length }]);
    expect(text.text).toBe('选培10门德育优质课');
    expect(normalizedSpan(text, 2, 4)).toEqual({ start: 3, end: 5 });
  });

  it('joins the pieces of a hard-wrapped sentence and keeps a space between two Latin words', () => {
    const source = '全市普惠性幼儿园覆\n盖率为94.76%，Windows 10 系统';
    const text = compact(source, [{ start: 0, end: 9 }, { start: 10, end: source.length }]);
    expect(text.text).toBe('全市普惠性幼儿园覆盖率为94.76%，Windows 10系统');
    expect(normalizedSpan(text, 9, 11)).toEqual({ start: 10, end: 12 });
  });

  it('turns a tab into a cell mark', () => {
    expect(compact('\t99.54\t约束性', [{ start: 0, end: 10 }]).text).toBe('|99.54|约束性');
  });
});
