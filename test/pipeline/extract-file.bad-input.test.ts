import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFile, type FileResult } from '../../pipeline/extract-file.ts';
import type { Document, FileExtraction } from '../../dataset/schema.ts';
import { expectSoundExtraction } from '../invariants.ts';
import { lineOf, SEED, seedText } from '../seeds.ts';

/**
 * Bad and extreme input through the whole pipeline (extractFile), so that the real extractors
 * are exercised as they land. Each case must come out sound (every record validates, every
 * position inside the file) with its problem reported at its place.
 */

function extracted(result: FileResult): FileExtraction {
  expect(result.status).toBe('ok');
  if (result.status !== 'ok') throw new Error(`${result.ruleId}: ${result.reason}`);
  return result.extraction;
}

/** The line and column of every located record of a document, in record order. */
function places(document: Document): string[] {
  const all = [
    ...document.outline, ...document.tables, ...document.tables.flatMap((t) => t.rows),
    ...document.tables.flatMap((t) => t.rows.flatMap((r) => r.values)), ...document.targets, ...document.facts,
  ];
  return all.map((record) => `${record.position.start.line}:${record.position.start.column}`);
}

const CHINESE_DIGITS = '一二三四五六七八九';

/** 1–99 in Chinese numerals, as plans number chapters and sections: 十二, 二十, 九十九. */
function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const ten = tens === 0 ? '' : `${tens === 1 ? '' : CHINESE_DIGITS[tens - 1]}十`;
  return ten + (units === 0 ? '' : CHINESE_DIGITS[units - 1] ?? '');
}

const zhangye = seedText(SEED.zhangye15);
const task = lineOf(zhangye, 81).replace(/^1\./, ''); // 坚持党对教育事业的全面领导。…
const section = lineOf(zhangye, 64).replace(/^（一）/, ''); // 政策环境孕育新机遇。…
const pipeTable = seedText(SEED.zhangye2035).split('\n').slice(10, 13); // header, sub-header, first row

describe('extractFile on bad input', () => {
  it('reports a UTF-8 file cut inside its last character at the end of its last line', () => {
    const text = `${lineOf(zhangye, 1)}\n${lineOf(zhangye, 81)}`;
    const bytes = Buffer.from(`${text}教`);
    const extraction = extracted(extractFile({ path: 'cut.txt', bytes: bytes.subarray(0, bytes.length - 2) }));
    expect(extraction.diagnostics).toContainEqual(expect.objectContaining({
      ruleId: 'read:truncated-utf8', severity: 'warning', line: 2, column: lineOf(zhangye, 81).length + 1,
    }));
    expectSoundExtraction(extraction, text);
  });

  it.each([
    ['UTF-16 BE with a byte order mark', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['UTF-16 LE without a byte order mark', (text: string) => iconv.encode(text, 'utf-16le'), 'utf-16le'],
    ['UTF-16 BE without a byte order mark', (text: string) => iconv.encode(text, 'utf-16be'), 'utf-16be'],
    ['GB18030 in Simplified script', (text: string) => iconv.encode(text, 'gb18030'), 'gb18030'],
  ])('reads %s with positions in the decoded text', (_, encode, encoding) => {
    const text = seedText(SEED.minle);
    const extraction = extracted(extractFile({ path: 'plan.txt', bytes: encode(text) }));
    expect(extraction.source.encoding).toBe(encoding);
    expect(extraction.documents[0]?.title).toBe(lineOf(text, 1).trim());
    expectSoundExtraction(extraction, text);
  });

  it('skips a file holding only a byte order mark and white space', () => {
    const result = extractFile({ path: 'bom.txt', bytes: Buffer.from('\ufeff \r\n\u3000\n') });
    expect(result).toMatchObject({ status: 'skipped', ruleId: 'read:blank' });
  });

  it('places every record of a file with mixed CRLF and LF line ends on the same line and column as in the LF file', () => {
    const lines = zhangye.split('\n');
    const mixed = lines.map((line, i) => (i % 3 === 0 ? `${line}\r` : line)).join('\n');
    const lf = extracted(extractFile({ path: 'lf.txt', bytes: Buffer.from(zhangye) }));
    const crlf = extracted(extractFile({ path: 'mixed.txt', bytes: Buffer.from(mixed) }));
    expectSoundExtraction(crlf, mixed);
    expect(crlf.source.lines).toBe(lf.source.lines);
    expect(crlf.documents.map(places)).toEqual(lf.documents.map(places));
  });

  it('extracts a 2 MB file of one line soundly (the 50 MB case runs in the bench)', () => {
    const sentence = lineOf(zhangye, 66);
    const line = sentence.repeat(Math.ceil(2_000_000 / (sentence.length * 3)));
    const extraction = extracted(extractFile({ path: 'one-line.txt', bytes: Buffer.from(line) }));
    expect(extraction.source.lines).toBe(1);
    expectSoundExtraction(extraction, line);
  });

  it('extracts a table of 10,000 rows soundly, one row a line', () => {
    const [header, subHeader, row] = pipeTable as [string, string, string];
    const rows = Array.from({ length: 10_000 }, (_, i) => row.replace('學前教育毛入園率', `學前教育毛入園率${i + 1}`));
    const text = ['表1 主要指标', header, subHeader, ...rows, '', section].join('\n');
    const extraction = extracted(extractFile({ path: 'big-table.txt', bytes: Buffer.from(text) }));
    expectSoundExtraction(extraction, text);
    // One table, its rows on lines 4 to 10,003.
    const tables = extraction.documents.flatMap((d) => d.tables);
    expect(tables.map((t) => t.rows.length)).toEqual([10_000]);
    expect(tables[0]?.rows.map((r) => r.position.start.line)).toEqual(rows.map((_, i) => i + 4));
  });

  it('reports each ragged row of a table on its own line', () => {
    const [header, subHeader, row] = pipeTable as [string, string, string];
    const cells = row.split('|');
    const short = cells.slice(0, 3).join('|');
    const long = `${row} 99% | 98% |`;
    const body = [row, short, row, long, row];
    const text = ['表1 主要指标', header, subHeader, ...body].join('\n');
    const extraction = extracted(extractFile({ path: 'ragged.txt', bytes: Buffer.from(text) }));
    expectSoundExtraction(extraction, text);
    const raggedLines = extraction.diagnostics.filter((d) => d.ruleId === 'tables:ragged-row').map((d) => d.line);
    // Lines 5 and 7 are the short and the long row.
    expect(raggedLines).toEqual([5, 7]);
  });

  it('extracts 10,000 nested numbered items soundly, each at its level, with no number reported skipped', () => {
    const lines = [lineOf(zhangye, 2)]; // the plan's title
    for (let chapter = 1; chapter <= 10; chapter++) {
      lines.push(`${chineseNumeral(chapter)}、发展原则`);
      for (let part = 1; part <= 10; part++) {
        lines.push(`（${chineseNumeral(part)}）${section}`);
        for (let item = 1; item <= 100; item++) lines.push(`${item}.${task}`);
      }
    }
    const text = lines.join('\n');
    const extraction = extracted(extractFile({ path: 'nested.txt', bytes: Buffer.from(text) }));
    expectSoundExtraction(extraction, text);
    const outline = extraction.documents.flatMap((d) => d.outline);
    // 10 chapters of 10 sections of 100 items.
    const byLevel = [1, 2, 3].map((level) => outline.filter((item) => item.level === level).length);
    expect(byLevel).toEqual([10, 100, 10_000]);
    for (const item of outline) expect(lines[item.position.start.line - 1]).toMatch(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/);
    expect(extraction.diagnostics.filter((d) => d.ruleId === 'outline:skipped-number')).toEqual([]);
  });
});
