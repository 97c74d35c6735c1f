import { describe, expect, it } from 'vitest';
import { findRegroupings } from '../../diff/split-merge.ts';
import { bigramsOf } from '../../diff/similarity.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';

// Seed 004 line 102 and line 104, two tasks of its 巩固提高 section.
const text = seedText(SEED.qingtongxia);
const [preschool, compulsory] = [lineOf(text, 102), lineOf(text, 104)].map((line) => line.replace(/^\d+\./, ''));
const grams = (texts: string[]) => texts.map(bigramsOf);

describe('findRegroupings', () => {
  it('finds two tasks joined into one', () => {
    const olds = [preschool!, compulsory!];
    const news = [`${preschool}${compulsory}`];
    expect(findRegroupings(olds, grams(olds), news, grams(news), [{ old: 0, new: 0, score: 0.6 }])).toEqual([
      expect.objectContaining({ kind: 'merged', old: [0, 1], new: [0] }),
    ]);
  });

  it('finds one task cut in two, with no partner kept by the pairing', () => {
    const cut = preschool!.length / 2;
    const olds = [preschool!];
    const news = [preschool!.slice(0, cut), preschool!.slice(cut)];
    expect(findRegroupings(olds, grams(olds), news, grams(news), [])).toEqual([
      expect.objectContaining({ kind: 'split', old: [0], new: [0, 1] }),
    ]);
  });

  it('does not take an unrelated new task for a piece', () => {
    const olds = [preschool!];
    const news = [preschool!, compulsory!];
    expect(findRegroupings(olds, grams(olds), news, grams(news), [{ old: 0, new: 0, score: 1 }])).toEqual([]);
  });
});
