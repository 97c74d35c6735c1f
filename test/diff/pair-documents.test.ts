import { describe, expect, it } from 'vitest';
import { pairDocuments } from '../../diff/pair-documents.ts';
import { documentOf } from './build.ts';

describe('pairDocuments', () => {
  it('pairs two single documents whatever their titles', () => {
    const pairs = pairDocuments([documentOf({ title: '张掖教育现代化2035行动纲要' })], [documentOf({ title: '张掖市“十五五”教育发展规划' })]);
    expect(pairs.map((p) => [p.old, p.new])).toEqual([[0, 0]]);
  });

  it('pairs the articles of two compilations by title, leaving a new article unpaired', () => {
    // Titles of seed 003's articles.
    const olds = ['“十四五”以来遵义市教育事业发展综述', '德州教育高质量发展综述'].map((title) => documentOf({ title }));
    const news = ['西藏教育跨越式发展综述', '德州教育高质量发展综述', '“十四五”以来遵义市教育事业发展综述'].map((title) => documentOf({ title }));
    expect(pairDocuments(olds, news).map((p) => [p.old, p.new])).toEqual([[0, 2], [1, 1]]);
  });
});
