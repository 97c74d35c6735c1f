import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundled sample plans (copies of the seed plans in corpus/), for tests that need real text.
 * Tests take lines from them by content, never by file-specific rules in the code under test.
 */
export const CORPUS = join(import.meta.dirname, '..', 'corpus');

export const SEED = {
  zhangye15: '000_166d93d510d1d5da',
  minle: '001_bc44c53440b080a2',
  zhangye2035: '002_9835640e45c30dff',
  compilation: '003_4c9c1f5fce14b6e0',
  qingtongxia: '004_e2fac2a1d0630100',
} as const;

/** The bytes of a bundled seed plan. */
export function seedBytes(stem: string): Buffer {
  return readFileSync(join(CORPUS, `${stem}.txt`));
}

/** The text of a bundled seed plan. */
export function seedText(stem: string): string {
  return seedBytes(stem).toString('utf8');
}

/** 1-based line `line` of a text. */
export function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Lines `from`..`to` (1-based, inclusive) of a text, joined as a text of their own. */
export function linesOf(text: string, from: number, to: number): string {
  return text.split(/\r?\n/).slice(from - 1, to).join('\n');
}
