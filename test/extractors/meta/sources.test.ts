import { describe, expect, it } from 'vitest';
import { metaSources } from '../../../extractors/meta/sources.ts';
import { documentContext } from '../../document-context.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('metaSources', () => {
  it('cuts seed 004 into wrapper, title, the lines under it and the closing lines', () => {
    const text = seedText(SEED.qingtongxia);
    const sources = metaSources(documentContext(text, { wrapper: [3, 15], title: 17 }));
    expect(sources.title).toBe(lineOf(text, 17));
    expect(sources.wrapper).toHaveLength(13);
    expect(sources.wrapper[0]).toBe(lineOf(text, 3));
    expect(sources.wrapper.at(-1)).toBe(lineOf(text, 15));
    expect(sources.underTitle[0]).toBe(lineOf(text, 19)); // line 18 is blank
    expect(sources.closing.at(-1)).toBe('2022年10月 日印发');
    expect(sources.closing.every((line) => line.trim() !== '')).toBe(true);
  });

  it('takes the wrapper into the document text, where fuller place names are looked for', () => {
    const text = seedText(SEED.qingtongxia);
    const context = documentContext(text, { wrapper: [3, 15], title: 17, lines: [17, 19] });
    expect(metaSources(context).text.startsWith('青铜峡市人民政府办公室')).toBe(true);
  });

  it('has an empty wrapper when the document has none (seed 001)', () => {
    const sources = metaSources(documentContext(seedText(SEED.minle), { title: 1 }));
    expect(sources.wrapper).toEqual([]);
    expect(sources.underTitle[0]).toBe('（意见征求稿）');
  });

  it('reads no title out of a text too long to be one', () => {
    const line = '张掖市“十五五”教育发展规划（草案），'.repeat(20);
    expect(metaSources(documentContext(line, { title: 1 })).title).toBe('');
  });
});
