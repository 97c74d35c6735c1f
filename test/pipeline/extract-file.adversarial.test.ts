import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import { expectSoundExtraction } from '../invariants.ts';
import { ADVERSARIAL_PIECES, adversarialLine } from '../adversarial-lines.ts';

/**
 * Long lines built to drive a backtracking regular expression into exponential time: a
 * repeated piece that almost matches a marker, a number or a table row, 200,000 characters
 * long; and as many characters of short lines, for readers that look back over lines. There is no clock in this test (speed is measured by `npm run bench`, which checks that
 * the time per character stays flat as such lines grow): it must finish within the test
 * timeout (a catastrophic pattern takes hours on lines like these, not seconds) and come out
 * sound. The bench's linear-time check is the measure; this is the tripwire in CI.
 */
describe('extractFile on long adversarial lines', () => {
  it.each(Object.entries(ADVERSARIAL_PIECES))('finishes soundly on 200,000 characters of %s', (_, piece) => {
    const text = `教育发展规划\n${adversarialLine(piece, 200_000)}\n`;
    const result = extractFile({ path: 'adversarial.txt', bytes: Buffer.from(text) });
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expectSoundExtraction(result.extraction, text);
  });
});
