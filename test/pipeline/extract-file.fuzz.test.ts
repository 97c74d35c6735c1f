import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract-file.ts';
import { decode } from '../../pipeline/read.ts';
import { expectSoundExtraction } from '../invariants.ts';
import { SEED, seedText } from '../seeds.ts';

/**
 * Random and mutated plan text through the whole pipeline. Real seed lines, cut, repeated,
 * swapped and damaged the ways files in the wild are (encoding `?`, full-width digits, stray
 * CR, tabs and pipes), plus random text: extractFile must never throw, never lose a stage to a
 * crash, and give only records that validate and point inside the file.
 */

const SEED_LINES = Object.values(SEED).flatMap((stem) => seedText(stem).split('\n')).filter((line) => line.trim() !== '');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

type Mutation = (line: string, at: number) => string;

/** Damage that real plan files carry, each at a position chosen by the fuzzer (0–1 of the line). */
const MUTATIONS: Record<string, Mutation> = {
  cut: (line, at) => line.slice(0, Math.floor(line.length * at)),
  cutFront: (line, at) => line.slice(Math.floor(line.length * at)),
  question: (line, at) => insert(line, at, '?'),
  fullWidthDigits: (line) => line.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  carriageReturn: (line, at) => insert(line, at, '\r'),
  tab: (line, at) => insert(line, at, '\t'),
  pipe: (line, at) => insert(line, at, ' | '),
  fullWidthPercent: (line) => line.replaceAll('%', '％'),
  bracket: (line, at) => insert(line, at, '（'),
  traditional: (line) => toTraditional(line),
};

function insert(line: string, at: number, text: string): string {
  const i = Math.floor(line.length * at);
  return line.slice(0, i) + text + line.slice(i);
}

const mutatedLine = fc.tuple(
  fc.constantFrom(...SEED_LINES),
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }),
).map(([line, mutations]) => mutations.reduce((text, [name, at]) => MUTATIONS[name]!(text, at), line));

const randomLine = fc.string({ unit: 'grapheme', maxLength: 80 });

/** A plan-like file: seed lines mutated, some random lines, some lines repeated or swapped. */
const planText = fc.tuple(
  fc.array(fc.oneof({ weight: 4, arbitrary: mutatedLine }, { weight: 1, arbitrary: randomLine }), { minLength: 1, maxLength: 25 }),
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([lines, moves, newline]) => {
  const result = [...lines];
  for (const [a, b, duplicate] of moves) {
    const i = a % result.length;
    const j = b % result.length;
    if (duplicate) result.splice(j, 0, result[i] ?? '');
    else [result[i], result[j]] = [result[j] ?? '', result[i] ?? ''];
  }
  return result.join(newline);
});

const ENCODINGS = ['utf-8', 'utf-8', 'utf-8', 'gb18030', 'utf-16le-bom'] as const;

/** The text's bytes in one of the encodings plans come in. */
function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  if (encoding === 'utf-16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
  return encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text);
}

describe('extractFile on random and mutated plan text', () => {
  it('never throws, never crashes a stage, and gives only sound records (1,000 cases)', () => {
    // Text and encoding, not bytes, are generated, so that a counterexample reads as text.
    fc.assert(fc.property(planText, fc.constantFrom(...ENCODINGS), (text, encoding) => {
      const bytes = encode(text, encoding);
      const result = extractFile({ path: 'fuzz.txt', bytes });
      if (result.status !== 'ok') {
        expect(['read:empty', 'read:blank', 'read:binary', 'read:undecodable']).toContain(result.ruleId);
        return;
      }
      const decoded = decode(bytes);
      if (!decoded.ok) throw new Error('extracted a file that does not decode');
      expectSoundExtraction(result.extraction, decoded.text);
      const broken = result.extraction.diagnostics.filter((d) => d.ruleId === 'extract:crash' || d.ruleId === 'validate:invalid-record');
      expect(broken).toEqual([]);
    }), { numRuns: 1000 });
  });
});
