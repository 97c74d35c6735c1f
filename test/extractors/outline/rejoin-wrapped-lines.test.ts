import { describe, expect, it } from 'vitest';
import { rejoinLines, wrapWidth } from '../../../extractors/outline/rejoin-wrapped-lines.ts';
import { lineOf, SEED, seedText } from '../../seeds.ts';

describe('rejoinLines', () => {
  const text = seedText(SEED.qingtongxia);

  it('joins a line that continues the sentence of the line before (接班人。 in seed 004)', () => {
    const joined = rejoinLines([lineOf(text, 47), lineOf(text, 49), lineOf(text, 51)]);
    const [first, second] = joined.split('\n');
    expect(first?.endsWith('社会主义建设者和接班人。')).toBe(true);
    expect(second?.startsWith('5.坚持教育改革创新')).toBe(true);
  });

  it('joins a word broken over two lines without a space', () => {
    expect(rejoinLines([lineOf(text, 118), lineOf(text, 120)])).toContain('基础设施建设，积极改善');
  });
});

describe('wrapWidth', () => {
  it('finds the width a plan was hard-wrapped at', () => {
    const text = seedText(SEED.zhangye15).replace(/[^\n]{32}(?=[^\n])/g, '$&\n');
    expect(wrapWidth(text.split('\n'))).toBe(32);
  });

  it('finds none where equal lengths are short headings that longer lines run past', () => {
    const heading = '一、充分肯定近年来全市教育工作取得的成绩';
    const paragraphs = Array.from({ length: 8 }, (_, i) => `过去五年，全市新建改扩建学校86所，新增学位4.2万个${'，持续改善'.repeat(i)}。`);
    const lines = [heading, heading, heading, heading, ...paragraphs];
    expect(wrapWidth(lines)).toBeNull();
  });

  it('finds none in a plan whose lines are whole paragraphs', () => {
    expect(wrapWidth(seedText(SEED.zhangye15).split('\n'))).toBeNull();
  });
});
