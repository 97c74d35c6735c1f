import { describe, expect, it } from 'vitest';
import { isAttributeWord, isFigure, isNoFigure } from '../../../extractors/tables/cell-words.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

const qingtongxia = seedText(SEED.qingtongxia);
const cells = (line: number) => lineOf(qingtongxia, line).split('\t');

describe('isFigure', () => {
  it('takes a figure with its comparator and qualifier, not a name that holds a number', () => {
    expect(['>96%', '95% (基本均衡)', '88.51'].map(isFigure)).toEqual([true, true, true]);
    expect(cells(58).map(isFigure)).toEqual([false, false, true, true, false]);
  });
});

describe('isNoFigure', () => {
  it('takes a dash for a cell left without a figure on purpose, not words', () => {
    const [, , dash = '', words = ''] = cells(62);
    expect([isNoFigure(dash), isNoFigure(words)]).toEqual([true, false]);
  });
});

describe('isAttributeWord', () => {
  it('knows 约束性 and 预期性', () => {
    expect([cells(58)[4], cells(59)[4], cells(58)[1]].map((c) => isAttributeWord(c ?? ''))).toEqual([true, true, false]);
  });
});
