import { describe, expect, it } from 'vitest';
import { cellOf, rowOf, tableOf } from '../../../extractors/tables/model.ts';
import { isDamageAt } from '../../../pipeline/context.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';
import { documentContext } from './document-context.ts';

// Seed 002's row with `?>99%`: the `?` is a blank in the normalized text.
const row = lineOf(seedText(SEED.zhangye2035), 14);

describe('cellOf', () => {
  it('trims blanks but not a blank that was encoding damage', () => {
    const { context } = documentContext(row);
    const from = row.indexOf('| ?>99%') + 1;
    const cell = cellOf(context.text, from, row.indexOf(' |', from + 1) + 1, (offset) => isDamageAt(context, offset));
    expect(cell.text).toBe('>99%');
    expect(row.slice(cell.start, cell.end)).toBe('?>99%');
  });

  it('gives an empty cell for blanks only', () => {
    expect(cellOf('\t  ', 0, 3, () => false)).toEqual({ text: '', start: 3, end: 3 });
  });
});

describe('rowOf and tableOf', () => {
  it('span their first to their last cell', () => {
    const cells = [cellOf(row, 0, 9, () => false), cellOf(row, 10, 16, () => false)];
    const made = tableOf('pipe-rows', [rowOf(cells, 0)]);
    expect([made.start, made.end]).toEqual([cells[0]?.start, cells[1]?.end]);
  });
});
