import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import { expectSoundExtraction } from '../invariants.ts';
import { SEED, seedBytes, seedText } from '../seeds.ts';

describe('extractFile', () => {
  it.each(Object.values(SEED))('extracts seed %s into a sound extraction', (stem) => {
    const result = extractFile({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem) });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.extraction.source).toMatchObject({ name: `${stem}.txt`, encoding: 'utf-8' });
    expect(result.extraction.documents.length).toBeGreaterThan(0);
    expectSoundExtraction(result.extraction, seedText(stem));
  });

  it('reports each encoding-damage `?` at its line and column in the original', () => {
    const row = '学前教育毛入园率 | 94% | ?95% |\n';
    const result = extractFile({ path: 'a.txt', bytes: Buffer.from(row) });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.extraction.diagnostics.filter((d) => d.ruleId === 'normalize:encoding-damage')).toEqual([
      expect.objectContaining({ line: 1, column: row.indexOf('?') + 1, severity: 'info' }),
    ]);
  });

  it('reports a run of `?` once, at its first character', () => {
    const line = '中共張掖市委??張掖市人民政府\n';
    const result = extractFile({ path: 'a.txt', bytes: Buffer.from(line) });
    if (result.status !== 'ok') throw new Error(result.status);
    const damage = result.extraction.diagnostics.filter((d) => d.ruleId === 'normalize:encoding-damage');
    expect(damage).toEqual([expect.objectContaining({ line: 1, column: line.indexOf('?') + 1 })]);
    expect(damage[0]?.message).toContain('run of 2');
  });

  it('gives positions in the original file of a Traditional GB18030 file with CRLF', () => {
    const text = seedText(SEED.zhangye2035).replaceAll('\n', '\r\n');
    const result = extractFile({ path: 'plan.txt', bytes: iconv.encode(text, 'gb18030') });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.extraction.source.encoding).toBe('gb18030');
    expectSoundExtraction(result.extraction, text);
  });

  it('reads a UTF-16 file', () => {
    const text = seedText(SEED.minle);
    const result = extractFile({ path: 'plan.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]) });
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.extraction.documents[0]?.title).toBe('民乐县全面推进教育强县建设实施方案');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'skipped', 'read:empty'],
    ['a file of white space', Buffer.from(' \n\t\r\n\u3000\n'), 'skipped', 'read:blank'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x08, 0]), 'failed', 'read:binary'],
  ])('refuses %s with a diagnostic', (_, bytes, status, ruleId) => {
    const result = extractFile({ path: 'bad.txt', bytes });
    expect(result).toMatchObject({ status, ruleId, diagnostics: [expect.objectContaining({ ruleId, severity: 'error', line: 1 })] });
  });
});
