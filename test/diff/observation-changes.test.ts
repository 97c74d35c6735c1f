import { describe, expect, it } from 'vitest';
import { diffObservations } from '../../diff/observation-changes.ts';
import { tableObservations, targetObservations } from '../../diff/observations.ts';
import { documentOf, tableOf, targetOf, valueOf } from './build.ts';

// Rows of seed 000's table 1 and of seed 002's table (Simplified, as the extractors give them).
const zhangye15 = documentOf({ id: 'old#1', tables: [tableOf('old#1/t1', [
  ['学前三年毛入园率', '%', [valueOf(2020, '99.51', 99.51, 14), valueOf(2025, '99.54%', 99.54, 15)]],
  ['九年义务教育巩固率', '%', [valueOf(2020, '99.96', 99.96, 18), valueOf(2025, '100%', 100, 19)]],
])] });
const zhangye2035 = documentOf({ id: 'new#1', tables: [tableOf('new#1/t1', [
  ['学前教育毛入园率', '%', [
    valueOf(2020, '94%', 94, 14, { scope: '甘肃省' }), valueOf(2020, '99.51%', 99.51, 15, { scope: '张掖市' }),
    valueOf(2025, '99.53%', 99.53, 16, { scope: '张掖市' }),
  ]],
  ['九年义务教育巩固率', '%', [valueOf(2020, '99%', 99, 17, { scope: '张掖市' }), valueOf(2025, '?>99%', 99, 18, { scope: '张掖市', comparator: '>' })]],
])] });
const home = new Set(['张掖市']);

describe('diffObservations', () => {
  it('reports nothing for a table against itself, and pairs every value', () => {
    const values = tableObservations(zhangye15);
    const result = diffObservations('indicator', values, values, home);
    expect(result.changes).toEqual([]);
    expect(result.comparisons).toHaveLength(4);
    expect(result.comparisons.every((c) => !c.changed && c.score === 1)).toBe(true);
  });

  it('pairs differently named indicators by likeness, per year, with the score shown', () => {
    const result = diffObservations('indicator', tableObservations(zhangye15), tableObservations(zhangye2035), home);
    const preschool = result.comparisons.filter((c) => c.oldName === '学前三年毛入园率');
    expect(preschool.map((c) => [c.year, c.scope, c.from, c.to, c.changed, c.score])).toEqual([
      [2020, '张掖市', '99.51%', '99.51%', false, 0.571],
      [2025, '张掖市', '99.54%', '99.53%', true, 0.571],
    ]);
    expect(result.changes).toContainEqual(expect.objectContaining({
      kind: 'value-changed', label: '学前三年毛入园率 ~ 学前教育毛入园率', year: 2025, from: '99.54%', to: '99.53%', score: 0.571,
    }));
  });

  it('tells a changed comparator from a changed value, and leaves the other region\'s values added', () => {
    const { changes } = diffObservations('indicator', tableObservations(zhangye15), tableObservations(zhangye2035), home);
    expect(changes.map((c) => [c.kind, c.year, c.scope, c.from, c.to])).toEqual([
      ['added', 2020, '甘肃省', null, '94%'],
      ['value-changed', 2025, '张掖市', '99.54%', '99.53%'],
      ['value-changed', 2020, '张掖市', '99.96%', '99%'],
      ['value-changed', 2025, '张掖市', '100%', '>99%'],
    ]);
    const [old, now] = [tableObservations(zhangye2035), tableObservations(zhangye2035)];
    const loosened = now.map((o) => (o.comparator === '>' ? { ...o, comparator: '>=' as const } : o));
    expect(diffObservations('indicator', old, loosened, home).changes).toEqual([
      expect.objectContaining({ kind: 'comparator-changed', from: '>99%', to: '>=99%' }),
    ]);
  });

  it('reports a changed note in brackets as a changed value, even where the number stayed', () => {
    // Seed 002: 义务教育优质均衡县的比例, 甘肃省, 95% (基本均衡) in 2025 and ?95% (優質均衡) in 2035.
    const row = (raw: string) => documentOf({ tables: [tableOf('t', [['义务教育优质均衡县的比例', '%', [valueOf(2025, raw, 95, 15)]]])] });
    const { changes } = diffObservations('indicator', tableObservations(row('95% (基本均衡)')), tableObservations(row('?95% (優質均衡)')), home);
    expect(changes).toEqual([expect.objectContaining({ kind: 'value-changed', from: '95% (基本均衡)', to: '95% (优质均衡)' })]);
  });

  it('does not pair a value of one region with a value of another', () => {
    const { comparisons } = diffObservations('indicator', tableObservations(zhangye15), tableObservations(zhangye2035), new Set());
    expect(comparisons).toEqual([]);
  });

  it('pairs prose targets by name and year: a changed year is a removal and an addition', () => {
    // Seed 000 line 95: 到2030年……学前三年毛入园率达到99.8%.
    const old = documentOf({ targets: [targetOf('学前三年毛入园率', 2030, 99.8, '%', 95)] });
    const later = documentOf({ targets: [targetOf('学前三年毛入园率', 2035, 99.8, '%', 95)] });
    const moved = diffObservations('target', targetObservations(old), targetObservations(later), home).changes;
    expect(moved.map((c) => [c.kind, c.year])).toEqual([['added', 2035], ['removed', 2030]]);
  });
});
