import { describe, expect, it } from 'vitest';
import { isClosingSignOff, readMasthead, readSignOff } from '../../../extractors/meta/sign-off.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, seedText } from '../../seeds.ts';

const lines = (stem: string, first: number, last: number) => normalize(seedText(stem)).text.split('\n').slice(first - 1, last);

describe('readSignOff', () => {
  it('reads the wrapper sign-off of seed 002 (lines 1–5)', () => {
    expect(readSignOff(lines(SEED.zhangye2035, 1, 5))).toEqual({ date: '2021-09-30', issuers: ['中共张掖市委', '张掖市人民政府'], marked: false });
  });

  it('skips blank lines and the 此件公开发布 line (seed 004 lines 3–15)', () => {
    expect(readSignOff(lines(SEED.qingtongxia, 3, 15))).toEqual({ date: '2022-10-25', issuers: ['青铜峡市人民政府办公室'], marked: false });
  });

  it('reads a closing 印发 sign-off with the day blank (seed 004, last lines)', () => {
    const text = normalize(seedText(SEED.qingtongxia)).text.trimEnd().split('\n');
    expect(readSignOff(text.slice(-5))).toEqual({ date: '2022-10', issuers: ['青铜峡市人民政府办公室'], marked: true });
  });

  it('reads stacked issuer lines, and issuers beside the date', () => {
    expect(readSignOff(['中共民乐县委办公室', '', '民乐县人民政府办公室', '二〇二一年九月三十日'])).toEqual({
      date: '2021-09-30', issuers: ['中共民乐县委办公室', '民乐县人民政府办公室'], marked: false,
    });
    expect(readSignOff(['抄送：市委办公室。', '民乐县人民政府办公室    2021年9月30日印发'])).toEqual({ date: '2021-09-30', issuers: ['民乐县人民政府办公室'], marked: true });
  });

  it('gives a date without issuers when prose stands above it, and null without a date', () => {
    expect(readSignOff(['本方案自印发之日起施行。', '2021年9月30日'])).toEqual({ date: '2021-09-30', issuers: [], marked: false });
    expect(readSignOff(['本方案自2021年9月30日'])).toBeNull();
    expect(readSignOff(lines(SEED.minle, 1, 5))).toBeNull();
  });
});

describe('isClosingSignOff', () => {
  it('takes a 版记 and a full sign-off, not the last row of a task table', () => {
    const text = normalize(seedText(SEED.qingtongxia)).text.trimEnd().split('\n');
    expect(readSignOff(text.slice(-5), isClosingSignOff)?.issuers).toEqual(['青铜峡市人民政府办公室']);
    expect(readSignOff(['民乐县人民政府', '2021年9月30日'], isClosingSignOff)?.date).toBe('2021-09-30');
    expect(readSignOff(['巩固提升控辍保学成果', '县教育局', '2025年12月'], isClosingSignOff)).toBeNull();
    expect(readSignOff(['县教育局  2025年12月31日'], isClosingSignOff)).toBeNull();
  });

  it('goes on upwards past a refused one', () => {
    const lines = ['民乐县人民政府', '2021年9月30日', '附件：任务清单', '县教育局', '2025年12月'];
    expect(readSignOff(lines, isClosingSignOff)).toEqual({ date: '2021-09-30', issuers: ['民乐县人民政府'], marked: false });
  });
});

describe('readMasthead', () => {
  it('reads the organ above the notice title (seed 004 lines 3–5)', () => {
    expect(readMasthead(lines(SEED.qingtongxia, 3, 5))).toEqual(['青铜峡市人民政府办公室']);
  });

  it('reads the organs before 关于 on the notice title line', () => {
    expect(readMasthead(['中共民乐县委办公室 民乐县人民政府办公室关于印发《民乐县教育强县建设实施方案》的通知'])).toEqual([
      '中共民乐县委办公室', '民乐县人民政府办公室',
    ]);
  });

  it('gives none without a notice title', () => {
    expect(readMasthead(lines(SEED.zhangye2035, 1, 5))).toEqual([]);
  });
});
