import { describe, expect, it } from 'vitest';
import { isBlankLine, isDamageAt } from '../../../extractors/tables/reader-input.ts';
import { splitLines } from '../../../pipeline/lines.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext } from './document-context.ts';

describe('isDamageAt', () => {
  it('knows the blank the normalizer left for a `?` of encoding damage from a blank printed as such', () => {
    const row = lineOf(seedText(SEED.zhangye2035), 14);
    const { context } = documentContext(row);
    expect(context.text[row.indexOf('?>99%')]).toBe(' ');
    expect(isDamageAt(context, row.indexOf('?>99%'))).toBe(true);
    expect(isDamageAt(context, row.indexOf('?>99%') - 1)).toBe(false);
  });
});

describe('isBlankLine', () => {
  it('takes a line of blanks for blank, a TAB-only cell line too', () => {
    expect(splitLines('\t\n  \nx').map(isBlankLine)).toEqual([true, true, false]);
  });
});
