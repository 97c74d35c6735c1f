import { describe, expect, it } from 'vitest';
import { isRenumbered, markerStyle, ranksOf } from '../../diff/renumbering.ts';
import { itemOf } from './build.ts';

describe('markerStyle', () => {
  it.each([['（十二）', '（#）'], ['3.', '#.'], ['第一部分', '第#部分'], ['一、', '#、'], ['——', '——']])('%s has the form %s', (marker, style) => {
    expect(markerStyle(marker)).toBe(style);
  });
});

describe('isRenumbered', () => {
  // Seed 000 numbers its tasks （一）…（二十九） straight through its sections.
  const old = [
    itemOf('二、聚力构建优质均衡的基本公共教育服务体系', 200, { id: 's2' }),
    itemOf('（四）健全基础教育资源统筹调配机制。深化“市县结合”的教育管理体制改革', 202, { id: 'a', parentId: 's2', level: 2 }),
    itemOf('（五）促进学前教育优质普惠发展。实施公办园扩容计划', 204, { id: 'b', parentId: 's2', level: 2 }),
  ];

  it('does not call a task renumbered when a task inserted before it pushed its number on', () => {
    const now = [old[0]!, itemOf('（四）新增任务。内容', 202, { id: 'n', parentId: 's2', level: 2 }),
      itemOf('（五）健全基础教育资源统筹调配机制。深化“市县结合”的教育管理体制改革', 203, { id: 'a2', parentId: 's2', level: 2 })];
    const [oldRanks, newRanks] = [ranksOf(old), ranksOf(now)];
    expect(isRenumbered(old[1]!, oldRanks[1]!, now[2]!, newRanks[2]!)).toBe(false);
  });

  it('calls a task renumbered when its number changed with nothing before it added or removed', () => {
    const now = [old[0]!, itemOf('（六）健全基础教育资源统筹调配机制。深化“市县结合”的教育管理体制改革', 202, { id: 'a', parentId: 's2', level: 2 })];
    expect(isRenumbered(old[1]!, ranksOf(old)[1]!, now[1]!, ranksOf(now)[1]!)).toBe(true);
  });

  it('calls a change of numbering form a renumbering', () => {
    const now = [old[0]!, itemOf('4.健全基础教育资源统筹调配机制。深化“市县结合”的教育管理体制改革', 202, { id: 'a', parentId: 's2', level: 2 })];
    expect(isRenumbered(old[1]!, ranksOf(old)[1]!, now[1]!, ranksOf(now)[1]!)).toBe(true);
  });
});
