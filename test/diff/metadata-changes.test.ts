import { describe, expect, it } from 'vitest';
import { diffMetadata } from '../../diff/metadata-changes.ts';
import { documentOf } from './build.ts';

describe('diffMetadata', () => {
  // Seed 001 is a draft (（意见征求稿）under its title); its final text would drop the mark.
  const draft = documentOf({ title: '民乐县全面推进教育强县建设实施方案', meta: { draft: true, draftLabel: '意见征求稿', region: '民乐县' } });

  it('reports the draft mark dropped as one change', () => {
    const final = documentOf({ title: draft.title, meta: { region: '民乐县' } });
    expect(diffMetadata(draft, final)).toEqual([expect.objectContaining({ entity: 'document', kind: 'metadata-changed', label: 'draft', from: '意见征求稿', to: null })]);
  });

  it('reports a new title and period, field by field', () => {
    const old = documentOf({ title: '张掖教育现代化2035行动纲要', meta: { period: '2035' } });
    const now = documentOf({ title: '张掖市“十五五”教育发展规划', meta: { period: '十五五' } });
    expect(diffMetadata(old, now).map((c) => [c.label, c.from, c.to])).toEqual([
      ['title', '张掖教育现代化2035行动纲要', '张掖市“十五五”教育发展规划'],
      ['period', '2035', '十五五'],
    ]);
  });

  it('reports nothing for a document against itself', () => {
    expect(diffMetadata(draft, draft)).toEqual([]);
  });
});
