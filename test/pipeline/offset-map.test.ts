import { describe, expect, it } from 'vitest';
import { OffsetMap, OffsetMapBuilder } from '../../pipeline/offset-map.ts';

describe('OffsetMap', () => {
  it('maps through a deletion', () => {
    // source "a\r\nb": the derived "a\nb" dropped the CR at source offset 1
    const builder = new OffsetMapBuilder();
    builder.mark(1, 2);
    const map = builder.build();
    expect([0, 1, 2].map((d) => map.toSource(d))).toEqual([0, 2, 3]);
  });

  it('inverts toSource with toDerived', () => {
    const builder = new OffsetMapBuilder();
    builder.mark(1, 2);
    builder.mark(5, 4); // an insertion: derived 5 and 6 both stand for source 4
    const map = builder.build();
    for (const derived of [0, 1, 2, 3, 5, 7, 9]) expect(map.toDerived(map.toSource(derived))).toBeLessThanOrEqual(derived);
    expect(map.toDerived(2)).toBe(1);
  });

  it('composes two maps', () => {
    const first = new OffsetMapBuilder(); // B → A: dropped A[3]
    first.mark(3, 4);
    const second = new OffsetMapBuilder(); // C → B: dropped B[1]
    second.mark(1, 2);
    const composed = first.build().after(second.build());
    // C offsets 0..4 stand for B 0,2,3,4,5 and so for A 0,2,4,5,6
    expect([0, 1, 2, 3, 4].map((c) => composed.toSource(c))).toEqual([0, 2, 4, 5, 6]);
  });

  it('is the identity when nothing changed', () => {
    expect(OffsetMap.identity().toSource(1234)).toBe(1234);
  });
});
