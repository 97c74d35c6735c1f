import { describe, expect, it } from 'vitest';
import { placeItems, type Numbered } from '../../../extractors/outline/hierarchy.ts';
import { readMarker } from '../../../extractors/outline/markers.ts';
import { lineOf, SEED, seedText } from '../../seeds.ts';

/** The numbered items of real lines, as the reader gives them. */
function numbered(lines: string[]): Numbered[] {
  return lines.map((line) => {
    const marker = readMarker(line);
    if (!marker) throw new Error(`no marker in ${line}`);
    return { style: marker.style, marker: marker.text, ordinal: marker.ordinal };
  });
}

describe('placeItems', () => {
  it('puts 1. under （一） where a plan nests them so (seed 002: 一、 → (一) → 1.)', () => {
    const text = seedText(SEED.zhangye2035);
    const items = numbered([22, 23, 24, 25, 26, 27].map((n) => lineOf(text, n)));
    const placed = placeItems(items);
    expect(placed.map((p) => p.level)).toEqual([1, 2, 3, 3, 2, 3]);
    expect(placed.map((p) => p.path.join('/'))).toEqual(['二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/3']);
  });

  it('puts 1. directly under 一、 where a plan nests them so (seed 000: 第二部分 → 二、 → 1.)', () => {
    const text = seedText(SEED.zhangye15);
    const placed = placeItems(numbered([73, 79, 81, 83, 90, 95].map((n) => lineOf(text, n))));
    expect(placed.map((p) => p.level)).toEqual([1, 2, 3, 3, 2, 3]);
    expect(placed[2]?.parent).toBe(1);
    expect(placed[5]?.parent).toBe(4); // —— under 三、
  });

  it('accepts numbering that runs on across groups and reports a skipped number', () => {
    const text = seedText(SEED.zhangye2035);
    // (一) 1. 2. (二) 3. : runs on; then a 5. after 3. skips 4
    const placed = placeItems(numbered([...[23, 24, 25, 26, 27].map((n) => lineOf(text, n)), '5.发展优质均衡的义务教育。']));
    expect(placed.map((p) => p.expectedOrdinal)).toEqual([null, null, null, null, null, 4]);
  });

  it('closes the deeper levels when a conventionally outer style comes back', () => {
    const placed = placeItems(numbered(['一、总体要求', '1.指导思想', '（一）发展目标']));
    expect(placed.map((p) => p.level)).toEqual([1, 2, 2]);
  });

  it('keeps （一） under a 1. whose numbering the plan goes on with, and under the next 1.-style item', () => {
    const placed = placeItems(numbered(['二、主要任务', '1.优化职业教育布局。', '（一）整合中职资源。', '（二）建设专业群。', '2.深化产教融合。', '（一）推进校企合作。', '三、保障措施']));
    expect(placed.map((p) => p.level)).toEqual([1, 2, 3, 3, 2, 3, 1]);
    expect(placed[5]?.path).toEqual(['二', '2', '（一）']);
  });

  it('never nests an item under a dash item', () => {
    const placed = placeItems(numbered(['一、发展目标', '——学前教育。', '（一）政策环境']));
    expect(placed.map((p) => p.level)).toEqual([1, 2, 2]);
  });

  it('places 10,000 items nested and in sequence with unique ids', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => [`${(i % 999) + 1}.任务`, `（${(i % 999) + 1}）子任务`, '①要点'][i % 3] ?? '');
    const placed = placeItems(numbered(lines));
    expect(Math.max(...placed.map((p) => p.level))).toBe(3);
    expect(new Set(placed.map((p) => p.path.join('/'))).size).toBe(placed.length);
  });
});
