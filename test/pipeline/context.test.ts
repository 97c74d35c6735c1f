import { describe, expect, it } from 'vitest';
import { isDamageAt } from '../../pipeline/context.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';
import { fileContextOf } from '../contexts.ts';

describe('isDamageAt', () => {
  it('knows the blank the normalizer left for a `?` of encoding damage from a blank printed as such', () => {
    const row = lineOf(seedText(SEED.zhangye2035), 14);
    const context = fileContextOf(row);
    expect(context.text[row.indexOf('?>99%')]).toBe(' ');
    expect(isDamageAt(context, row.indexOf('?>99%'))).toBe(true);
    expect(isDamageAt(context, row.indexOf('?>99%') - 1)).toBe(false);
  });
});

