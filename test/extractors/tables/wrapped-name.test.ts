import { describe, expect, it } from 'vitest';
import { continuesName, withContinuation } from '../../../extractors/tables/wrapped-name.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

// Seed 004's row 5 name, `5. 义务教育优质均衡发展县（市：区）比例（%）`, cut inside its brackets.
const name = lineOf(seedText(SEED.qingtongxia), 62).split('\t')[1] ?? '';
const cut = name.indexOf('（') + 3;
const word = (text: string, start = 100) => ({ text, start, end: start + text.length });

describe('continuesName', () => {
  it('takes the word under a name that left a bracket open, or a word that closes one or ends in a unit', () => {
    expect(continuesName(name.slice(0, cut), word('其他'))).toBe(true);
    expect(continuesName('县域义务教育优质均衡发展县', word('（市、区）比例（%）'))).toBe(true);
    expect(continuesName('学前教育毛入园率', word('区）比例'))).toBe(true);
  });

  it('leaves a group row or a figure alone', () => {
    expect(continuesName('学前教育毛入园率（%）', word('二、教育公平'))).toBe(false);
    expect(continuesName(name.slice(0, cut), word('95%'))).toBe(false);
  });
});

describe('withContinuation', () => {
  it('joins the texts and keeps where the rest stands', () => {
    const joined = withContinuation(word(name.slice(0, cut), 0), word(name.slice(cut), 40));
    expect(joined).toMatchObject({ text: name, start: 0, end: cut, continuation: { start: 40, end: 40 + name.length - cut } });
  });
});
