import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

/** What the bench corpus is made of; the same options always give the same files. */
export interface BenchCorpusOptions {
  /** The seed plans to build from (corpus/). */
  seeds: string;
  files: number;
  /** Total size aimed at, in bytes (UTF-8). */
  bytes: number;
}

/** Bumped whenever the way files are built changes, so an old corpus is rebuilt. */
const RECIPE = 'bench-corpus-1';

/**
 * Builds the bench corpus in `dir` unless it is already there for the same options: `files`
 * plan files of about `bytes / files` bytes each, each a seed plan followed by paragraphs of
 * another (a compilation of two), half converted to Traditional script (OpenCC cn → tw), some
 * with CRLF line ends, some saved as GB18030 or UTF-16. Deterministic: a seeded generator
 * picks everything.
 */
export async function buildBenchCorpus(dir: string, options: BenchCorpusOptions): Promise<void> {
  const stamp = `${RECIPE} ${options.files} ${options.bytes}\n`;
  const existing = await readFile(join(dir, '.stamp'), 'utf8').catch(() => '');
  if (existing === stamp) return;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const seeds = await readSeeds(options.seeds);
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const variants = seeds.map((text) => ({ simplified: text, traditional: traditional(text) }));
  const random = seededRandom(20_250_101);
  const perFile = options.bytes / options.files;
  for (let i = 0; i < options.files; i++) {
    const script = random() < 0.5 ? 'simplified' : 'traditional';
    const first = variants[Math.floor(random() * variants.length)]![script];
    const second = variants[Math.floor(random() * variants.length)]![script].split('\n');
    // Paragraphs of the second plan, from a random start, until the file reaches its size.
    const target = perFile * (0.5 + random());
    const lines = [first];
    let size = Buffer.byteLength(first);
    for (let at = Math.floor(random() * second.length); size < target; at = (at + 1) % second.length) {
      const line = second[at] ?? '';
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    const text = lines.join('\n');
    const path = join(dir, `bench_${String(i).padStart(5, '0')}.txt`);
    await writeFile(path, encodeVariant(random() < 0.2 ? text.replaceAll('\n', '\r\n') : text, random()));
  }
  await writeFile(join(dir, '.stamp'), stamp);
}

/** Most files UTF-8, one in twenty GB18030, one in fifty UTF-16 LE with a byte order mark. */
function encodeVariant(text: string, roll: number): Uint8Array {
  if (roll < 0.05) return iconv.encode(text, 'gb18030');
  if (roll < 0.07) return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
  return Buffer.from(text);
}

async function readSeeds(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).toSorted();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
