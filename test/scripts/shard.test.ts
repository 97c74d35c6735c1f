import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../scripts/shard.ts';

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
  });

  it.each(['0/2', '3/2', '1/0', '1', '1/2/3', '-1/2', ' / '])('refuses %s with the reason', (text) => {
    expect(parseShard(text)).toContain('--shard takes K/N');
  });
});

describe('shardOf', () => {
  it('cuts the items into N contiguous slices that together are the items, once each, in order', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, count) => {
      const slices = Array.from({ length: count }, (_, i) => shardOf(items, { index: i + 1, count }));
      expect(slices.flat()).toEqual(items);
      const sizes = slices.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }));
  });

  it('gives the last files of five to the second of two shards', () => {
    expect(shardOf(['a', 'b', 'c', 'd', 'e'], { index: 2, count: 2 })).toEqual(['c', 'd', 'e']);
  });
});
