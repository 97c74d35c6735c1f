import { describe, expect, it } from 'vitest';
import { fold, poolScores, scoreFile, scoreKeys } from '../../evaluation/score.ts';

describe('scoring', () => {
  it('folds Traditional and full-width text to Simplified ASCII', () => {
    expect(fold('張掖教育現代化２０３５行動綱要。')).toBe('张掖教育现代化2035行动纲要');
  });

  it('matches each output key once', () => {
    const score = scoreKeys(['a', 'a', 'b'], ['a', 'c']);
    expect(score).toMatchObject({ precision: 0.5, recall: 1 / 3, missing: ['a', 'b'], extra: ['c'] });
  });

  it('scores outline items on level, marker and title across scripts and widths', () => {
    const gold = { documents: [{ title: '張掖', outline: [{ level: 2, marker: '(一)', title: '全面落實立德樹人根本任務' }] }] };
    const out = { documents: [{ title: '张掖', outline: [{ level: 2, marker: '（一）', title: '全面落实立德树人根本任务' }] }] };
    expect(scoreFile(gold, out).outline?.f1).toBe(1);
    expect(scoreFile(gold, null).documents?.recall).toBe(0);
  });

  it('scores facts on recall only, since the gold holds a sample', () => {
    const gold = { facts_sample: [{ line: 47, value: 94.41 }] };
    const out = { documents: [{ facts: [{ line: 47, value: 94.41 }, { line: 48, value: 1 }] }] };
    expect(scoreFile(gold, out).facts).toMatchObject({ precision: 0.5, f1: 1 });
  });

  it('pools files by summing matches', () => {
    const pooled = poolScores([scoreKeys(['a'], ['a']), scoreKeys(['b', 'c'], ['x'])]);
    expect(pooled).toMatchObject({ gold: 3, out: 2, recall: 1 / 3, precision: 0.5 });
  });
});
