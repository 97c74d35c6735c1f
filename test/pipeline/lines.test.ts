import { describe, expect, it } from 'vitest';
import { splitLines } from '../../pipeline/lines.ts';
import { SEED, seedText } from '../seeds.ts';

describe('splitLines', () => {
  it('gives the lines that start within a range, as the whole text’s lines have them', () => {
    const text = seedText(SEED.qingtongxia).replaceAll('\r\n', '\n');
    const whole = splitLines(text);
    const from = (whole[20]?.start ?? 0) + 3; // mid-line: line 20 starts before the range
    const to = whole[40]?.start ?? 0;
    const ranged = splitLines(text, from, to);
    expect(ranged.map(({ text: line, start, end }) => ({ line, start, end }))).toEqual(
      whole.slice(21, 40).map(({ text: line, start, end }) => ({ line, start, end })),
    );
    expect(ranged.map((line) => line.index)).toEqual(ranged.map((_, i) => i));
  });

  it('gives nothing for a range after the last line start', () => {
    expect(splitLines('甲\n乙', 3)).toEqual([]);
    expect(splitLines('甲\n乙', 2).map((line) => line.text)).toEqual(['乙']);
  });
});
