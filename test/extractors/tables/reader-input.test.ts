import { describe, expect, it } from 'vitest';
import { isBlankLine } from '../../../extractors/tables/reader-input.ts';
import { splitLines } from '../../../pipeline/lines.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext } from './document-context.ts';

describe('isBlankLine', () => {
  it('takes a line of blanks for blank, a TAB-only cell line too', () => {
    expect(splitLines('\t\n  \nx').map(isBlankLine)).toEqual([true, true, false]);
  });
});
