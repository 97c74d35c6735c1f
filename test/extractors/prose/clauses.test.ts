import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extractors/prose/clauses.ts';

describe('splitSentences', () => {
  it('splits at 。 and ； into sentences and at ， into clauses', () => {
    const text = '提升体质健康优良率，到2030年，学生体质健康达标优良率力争达到60%；深化小初高贯通。';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.clauses.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['提升体质健康优良率', '到2030年', '学生体质健康达标优良率力争达到60%'],
      ['深化小初高贯通'],
    ]);
  });

  it('keeps a thousands comma inside its number and splits at the half-width comma of a Traditional plan', () => {
    const text = '到2025年,招生1,200人,生师比18:1';
    expect(splitSentences(text)[0]?.clauses.map((c) => text.slice(c.start, c.end))).toEqual(['到2025年', '招生1,200人', '生师比18:1']);
  });
});
