import { describe, expect, it } from 'vitest';
import { MAX_COMPARISONS, OUTLINE_THRESHOLD, itemText, pairOutline } from '../../diff/outline-pairs.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';
import { itemOf } from './build.ts';

const text = seedText(SEED.qingtongxia);

describe('pairOutline', () => {
  it('compares items on title and body, white space dropped', () => {
    expect(itemText(itemOf('1.优化学校布局。根据城镇化 进程', 134))).toBe('优化学校布局根据城镇化进程');
  });

  it('pairs repeated identical headings in their order', () => {
    // 职业教育 heads both a task section and a project list in plans like seed 004.
    const items = [itemOf('（四）职业教育', 212, { id: 'a' }), itemOf('（五）加强教育信息化建设', 214, { id: 'b' }), itemOf('（四）职业教育', 216, { id: 'c' })];
    expect(pairOutline(items, items).pairs.map((p) => [p.old, p.new, p.score])).toEqual([[0, 0, 1], [1, 1, 1], [2, 2, 1]]);
  });

  it('keeps a reworded task with its old self and leaves an unrelated one unpaired', () => {
    const old = [itemOf(lineOf(text, 134), 134), itemOf(lineOf(text, 138), 138)];
    const reworded = { ...old[0]!, title: '优化城乡学校布局' };
    const unrelated = itemOf('2.健全教育督导问责长效机制。完善督政、督学、评估监测体系', 138);
    const { pairs } = pairOutline(old, [reworded, unrelated]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ old: 0, new: 0 });
    expect(pairs[0]!.score).toBeGreaterThan(OUTLINE_THRESHOLD);
  });

  it('keeps a task whose title stayed while its body was rewritten', () => {
    // The same task in seed 001 (line 22) and seed 000 (line 220), with bodies written apart.
    const minle = itemOf(lineOf(seedText(SEED.minle), 22), 22);
    const zhangye = itemOf(lineOf(seedText(SEED.zhangye15), 220), 220);
    expect(minle.title).toBe(zhangye.title);
    expect(pairOutline([minle], [zhangye]).pairs).toEqual([expect.objectContaining({ old: 0, new: 0 })]);
  });

  it('stays fast on two long outlines that differ everywhere', () => {
    // Every item reworded: past MAX_COMPARISONS only neighbours are compared.
    const line = lineOf(text, 102);
    const count = Math.ceil(Math.sqrt(MAX_COMPARISONS)) * 3;
    const olds = Array.from({ length: count }, (_, i) => itemOf(`${i + 1}.${line}${i}`, i + 1, { id: `o${i}` }));
    const news = olds.map((item, i) => ({ ...item, id: `n${i}`, body: `${item.body}。新` }));
    const started = performance.now();
    const { pairs } = pairOutline(olds, news);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(pairs.filter((p) => p.old === p.new)).toHaveLength(count);
  });
});
