import { describe, expect, it } from 'vitest';
import type { Change } from '../../diff/change.ts';
import { summarize } from '../../diff/summary.ts';

const change = (entity: Change['entity'], kind: Change['kind']): Change => ({ entity, kind, label: '', old: [], new: [], from: null, to: null, score: null });

describe('summarize', () => {
  it('counts each kind per entity, documents first, kinds in schema order', () => {
    const changes = [change('indicator', 'value-changed'), change('outline', 'moved'), change('outline', 'added'), change('outline', 'added'), change('document', 'metadata-changed')];
    expect(summarize(changes)).toEqual([
      { entity: 'document', kind: 'metadata-changed', count: 1 },
      { entity: 'outline', kind: 'added', count: 2 },
      { entity: 'outline', kind: 'moved', count: 1 },
      { entity: 'indicator', kind: 'value-changed', count: 1 },
    ]);
  });

  it('is empty without changes', () => {
    expect(summarize([])).toEqual([]);
  });
});
