import { CONVENTIONAL_DEPTH, type MarkerStyle } from './markers.ts';

/** What the hierarchy needs to know of an item. */
export interface Numbered {
  style: MarkerStyle;
  marker: string;
  ordinal: number | null;
}

/** Where an item stands in its document's hierarchy. */
export interface Placement {
  /** Depth, 1 outermost. */
  level: number;
  /** Index (into the items given) of the enclosing item, or null at the top. */
  parent: number | null;
  /** The item's path of id segments from the top, e.g. ['三', '（四）', '2']. */
  path: string[];
  /**
   * The number the item was expected to carry when it carries another: the previous sibling's
   * plus one, where numbering neither restarts at 1 nor runs on from the previous group.
   */
  expectedOrdinal: number | null;
}

/** What is known of the children of one item (or of the top level) while placing. */
interface Siblings {
  segments: Map<string, number>;
  lastOfStyle: Map<MarkerStyle, Numbered>;
  countOfStyle: Map<MarkerStyle, number>;
}

/**
 * Places items in their document's own hierarchy. Plans disagree on how their numbering styles
 * nest (`1.` sits under `（一）` in one plan and directly under `一、` in another), so levels are
 * inferred from the order in which the document uses them: a style already open closes
 * everything below it and makes a sibling; a new style opens a level below the current item —
 * unless it is conventionally an outer one (a `（一）` after `1.` items), which first closes the
 * deeper levels — but not when the document goes on numbering the item it would close before
 * that item's parent style comes back (`1.优化布局。（一）…（二）…2.深化融合。`: the `（一）`
 * items stand under `1.`), or when the document has already put that style under that one. Dash items (`——`) never hold children.
 *
 * Linear in the number of items, whatever their depth.
 *
 * @example placeItems([{style: 'chinese-comma', …}, {style: 'arabic-dot', …}]).map((p) => p.level) // [1, 2]
 */
export function placeItems(items: readonly Numbered[]): Placement[] {
  const open: number[] = []; // indices of the items that enclose the next one, outermost first
  const lastOrdinalOfStyle = new Map<MarkerStyle, number>();
  const siblingsOf = new Map<number | null, Siblings>();
  const placements: Placement[] = [];
  const continuedAt = continuedLater(items);
  const nestings = new Set<string>(); // `child|parent` styles the document has nested
  const keepsOpen = (style: MarkerStyle, position: number) => {
    const top = open[position] ?? -1;
    return nestings.has(`${style}|${items[top]?.style}`) || continuedAt(top, open[position - 1]);
  };
  items.forEach((item, index) => {
    closeFor(item.style, open, items, keepsOpen);
    const parent = open.at(-1) ?? null;
    if (parent !== null) nestings.add(`${item.style}|${items[parent]?.style}`);
    const siblings = siblingsOf.get(parent) ?? { segments: new Map(), lastOfStyle: new Map(), countOfStyle: new Map() };
    siblingsOf.set(parent, siblings);
    const count = (siblings.countOfStyle.get(item.style) ?? 0) + 1;
    const parentPath = parent === null ? [] : (placements[parent]?.path ?? []);
    placements.push({
      level: open.length + 1,
      parent,
      path: [...parentPath, uniqueSegment(siblings.segments, segmentOf(item, count))],
      expectedOrdinal: unexpectedOrdinal(item, siblings.lastOfStyle.get(item.style), lastOrdinalOfStyle.get(item.style)),
    });
    siblings.countOfStyle.set(item.style, count);
    siblings.lastOfStyle.set(item.style, item);
    if (item.ordinal !== null) lastOrdinalOfStyle.set(item.style, item.ordinal);
    open.push(index);
  });
  return placements;
}

/**
 * For each item, whether a later item carries its style and next number before the style of the
 * item's parent comes back — that is, whether its list is still running. Computed from the end in
 * one pass: `nextOfStyle` holds the nearest later item of each style, `nextNumbered` the nearest
 * later item of each style and number.
 */
function continuedLater(items: readonly Numbered[]): (index: number, parent: number | undefined) => boolean {
  const nextNumbered: number[] = new Array<number>(items.length).fill(Infinity);
  const nextOfStyle: number[] = new Array<number>(items.length).fill(Infinity);
  const latestNumbered = new Map<string, number>();
  const latestOfStyle = new Map<MarkerStyle, number>();
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as Numbered;
    if (item.ordinal !== null) {
      nextNumbered[index] = latestNumbered.get(`${item.style}|${item.ordinal + 1}`) ?? Infinity;
      latestNumbered.set(`${item.style}|${item.ordinal}`, index);
    }
    nextOfStyle[index] = latestOfStyle.get(item.style) ?? Infinity;
    latestOfStyle.set(item.style, index);
  }
  return (index, parent) => (nextNumbered[index] ?? Infinity) < (parent === undefined ? Infinity : (nextOfStyle[parent] ?? Infinity));
}

function closeFor(style: MarkerStyle, open: number[], items: readonly Numbered[], keepsOpen: (style: MarkerStyle, position: number) => boolean): void {
  const styleAt = (position: number) => items[open[position] ?? -1]?.style;
  if (styleAt(open.length - 1) === 'dash' && style !== 'dash') open.pop();
  // an attachment (a task list after the plan) starts over at the top
  if (style === 'attachment') {
    open.length = 0;
    return;
  }
  const same = open.findLastIndex((_, position) => styleAt(position) === style);
  if (same !== -1) {
    open.length = same;
    return;
  }
  const depth = CONVENTIONAL_DEPTH[style];
  while (open.length > 0 && depth !== null) {
    const topDepth = CONVENTIONAL_DEPTH[styleAt(open.length - 1) ?? 'unmarked'];
    if (topDepth === null || topDepth <= depth) break;
    if (keepsOpen(style, open.length - 1)) break;
    open.pop();
  }
}

function unexpectedOrdinal(item: Numbered, previous: Numbered | undefined, lastOfStyle: number | undefined): number | null {
  if (item.ordinal === null) return null;
  const expected = previous?.ordinal != null ? previous.ordinal + 1 : 1;
  if (item.ordinal === expected) return null;
  // numbering that runs on across groups (1.–35. over (一)…(十)) is fine
  if (previous === undefined && lastOfStyle !== undefined && item.ordinal === lastOfStyle + 1) return null;
  return expected;
}

/**
 * The id segment of an item: its number as printed without punctuation, brackets full-width
 * (`三`, `（四）`, `2`); unnumbered items count among their siblings (`——3`, `¶2`).
 */
function segmentOf(item: Numbered, countOfStyle: number): string {
  if (item.style === 'dash') return `——${countOfStyle}`;
  if (item.style === 'unmarked') return `¶${countOfStyle}`;
  if (item.style === 'attachment') return `附件${countOfStyle}`;
  return item.marker.replace(/[、.．\s]/g, '').replace('(', '（').replace(')', '）');
}

/** A segment repeated among siblings (numbering restarted) gets `~2`, `~3` …, so ids stay unique. */
function uniqueSegment(segments: Map<string, number>, segment: string): string {
  const count = (segments.get(segment) ?? 0) + 1;
  segments.set(segment, count);
  return count === 1 ? segment : `${segment}~${count}`;
}
