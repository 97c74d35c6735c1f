import { describe, expect, it } from 'vitest';
import { diffOutline } from '../../diff/outline-changes.ts';
import type { OutlineItem } from '../../dataset/schema.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';
import { documentOf, itemOf } from './build.ts';

// Section 二 of seed 000's tasks: its heading and （四）…（八）, one line each.
const text = seedText(SEED.zhangye15);
const LINES = [200, 202, 204, 205, 207, 209];
const section = (): OutlineItem[] => LINES.map((line, index) => itemOf(lineOf(text, line), line, index === 0
  ? { id: 's2' } : { id: `t${line}`, parentId: 's2', level: 2 }));

/** The items with their markers renumbered in order from （四）, as an editor would leave them. */
function renumbered(items: OutlineItem[]): OutlineItem[] {
  const numerals = ['四', '五', '六', '七', '八', '九'];
  let next = 0;
  return items.map((item, index) => {
    if (item.level === 1) return { ...item, line: 200 + index, position: { ...item.position, start: { ...item.position.start, offset: index } } };
    const marker = `（${numerals[next]}）`;
    next += 1;
    return { ...item, marker, ordinal: next + 3, line: 200 + index };
  });
}

const diff = (olds: OutlineItem[], news: OutlineItem[]) => diffOutline(documentOf({ id: 'old#1', outline: olds }), documentOf({ id: 'new#1', outline: news }));
const summary = (olds: OutlineItem[], news: OutlineItem[]) => diff(olds, news).map((c) => [c.kind, c.label]);

describe('diffOutline', () => {
  it('reports nothing for an outline against itself', () => {
    expect(diff(section(), section())).toEqual([]);
  });

  it('reports a task inserted in the middle as added, not the tasks after it renumbered', () => {
    const items = section();
    const inserted = itemOf('（六）健全投入保障机制。建立与办学规模和培养要求相适应的财政投入制度', 0, { id: 'new', parentId: 's2', level: 2 });
    const news = renumbered([...items.slice(0, 3), inserted, ...items.slice(3)]);
    expect(summary(items, news)).toEqual([['added', '健全投入保障机制']]);
    expect(diff(items, news)[0]).toMatchObject({ to: '（六）', old: [], new: [{ id: 'new', documentId: 'new#1' }] });
  });

  it('reports a task dropped as removed, placed where it stood', () => {
    const items = section();
    const news = renumbered([...items.slice(0, 2), ...items.slice(3)]);
    expect(summary(items, news)).toEqual([['removed', '促进学前教育优质普惠发展']]);
  });

  it('reports one of two swapped tasks as moved, with its old and new marker', () => {
    const items = section();
    const news = renumbered([items[0]!, items[1]!, items[3]!, items[2]!, items[4]!, items[5]!]);
    const changes = diff(items, news);
    expect(changes).toEqual([expect.objectContaining({ kind: 'moved', label: '推动义务教育优质均衡发展', from: '（六）', to: '（五）' })]);
  });

  it('reports a reworded task with a character diff of its body and its similarity', () => {
    const items = section();
    const old = items[2]!;
    const news = items.map((item) => (item === old ? { ...item, body: item.body.replace('实施公办园扩容计划', '实施公办幼儿园扩容计划') } : item));
    const [change] = diff(items, news);
    expect(change).toMatchObject({ kind: 'reworded', label: '促进学前教育优质普惠发展', from: '（五）', to: '（五）' });
    expect(change!.score).toBeGreaterThan(0.9);
    expect(change!.score).toBeLessThan(1);
    expect(change!.diff?.title.every((s) => s.op === 'equal')).toBe(true);
    expect(change!.diff?.body.filter((s) => s.op !== 'equal')).toEqual([{ op: 'insert', text: '幼儿' }]);
  });

  it('reports a renumbering that no insertion explains', () => {
    const items = section();
    const news = items.map((item, index) => (index === 5 ? { ...item, marker: '（十）', ordinal: 10 } : item));
    expect(diff(items, news)).toEqual([expect.objectContaining({ kind: 'renumbered', from: '（八）', to: '（十）' })]);
  });

  it('reports a task moved to another section as moved', () => {
    const items = section();
    const other = itemOf('三、积极完善现代职业教育体系', 211, { id: 's3' });
    const moved = { ...items[5]!, parentId: 's3' };
    const news = [...items.slice(0, 5), other, moved];
    const kinds = diff([...items, other], news).map((c) => c.kind);
    expect(kinds).toEqual(['moved']);
  });

  it('reports one task cut in two as split', () => {
    const items = section();
    const whole = items[1]!;
    const stop = whole.body.indexOf('，', 20);
    const first = { ...whole, body: whole.body.slice(0, stop) };
    const second = itemOf(`（五）健全学位供给调配机制。${whole.body.slice(stop + 1)}`, 203, { id: 'second', parentId: 's2', level: 2 });
    const news = renumbered([items[0]!, first, second, ...items.slice(2)]);
    const changes = diff(items, news);
    expect(changes.map((c) => c.kind)).toEqual(['split']);
    expect(changes[0]!.old.map((r) => r.id)).toEqual([whole.id]);
    expect(changes[0]!.new.map((r) => r.id)).toEqual([whole.id, 'second']);
  });

  it('reports two tasks joined into one as merged', () => {
    const items = section();
    const [a, b] = [items[3]!, items[4]!];
    const joined = { ...a, body: `${a.body}${b.title}。${b.body}` };
    const news = renumbered([...items.slice(0, 3), joined, items[5]!]);
    const changes = diff(items, news);
    expect(changes.map((c) => c.kind)).toEqual(['merged']);
    expect(changes[0]!.old.map((r) => r.id)).toEqual([a.id, b.id]);
  });
});
