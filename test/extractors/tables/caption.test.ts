import { describe, expect, it } from 'vitest';
import { findCaption } from '../../../extractors/tables/caption.ts';
import { splitLines } from '../../../pipeline/lines.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { linesOf } from './document-context.ts';

describe('findCaption', () => {
  it('takes a numbered caption just above the table', () => {
    const zhangye = seedText(SEED.zhangye15);
    const lines = splitLines(linesOf(zhangye, 9, 11));
    expect(findCaption(lines, 2)?.text).toBe(lineOf(zhangye, 10));
  });

  it('takes an introducing line across a blank line, without its colon', () => {
    const qingtongxia = seedText(SEED.qingtongxia);
    const lines = splitLines(linesOf(qingtongxia, 53, 57));
    expect(lineOf(qingtongxia, 55)).toBe('“十四五”规划教育发展主要目标：');
    expect(findCaption(lines, 4)?.text).toBe('“十四五”规划教育发展主要目标');
  });

  it('takes a numbered box (专栏) for a caption', () => {
    const lines = splitLines(`专栏1  ${lineOf(seedText(SEED.qingtongxia), 55)}\n`);
    expect(findCaption(lines, 1)?.text).toBe('专栏1  “十四五”规划教育发展主要目标');
  });

  it('takes a web page\'s caption paragraph without its tags', () => {
    const zhangye = seedText(SEED.zhangye15);
    const lines = splitLines(`<p align="center">${lineOf(zhangye, 10)}</p>\n<table>`);
    expect(findCaption(lines, 1)?.text).toBe(lineOf(zhangye, 10));
  });

  it('takes no sentence and no heading for a caption', () => {
    const zhangye = seedText(SEED.zhangye15);
    // Line 9 is the paragraph above 表1; lines 73 and 90 are headings that name 目标.
    expect(findCaption(splitLines(linesOf(zhangye, 9, 9)), 1)).toBeNull();
    expect(findCaption(splitLines(linesOf(zhangye, 73, 73)), 1)).toBeNull();
    expect(findCaption(splitLines(linesOf(zhangye, 90, 90)), 1)).toBeNull();
  });
});
