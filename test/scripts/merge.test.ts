import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as extract } from '../../scripts/extract.ts';
import { run as merge } from '../../scripts/merge.ts';
import { CORPUS } from '../seeds.ts';
import { snapshotFolder, tempFolder } from '../folders.ts';

const quiet = () => undefined;

describe('merge', () => {
  let whole: string;
  let shards: string[];
  beforeAll(async () => {
    whole = join(tempFolder(), 'whole');
    expect(await extract([CORPUS, '--out', whole, '--quiet'], quiet)).toBe(0);
    // Three shards of five seeds: 1, 2 and 2 files.
    shards = [];
    for (const k of [1, 2, 3]) {
      const out = join(tempFolder(), `shard-${k}`);
      expect(await extract([CORPUS, '--out', out, '--shard', `${k}/3`, '--jobs', '1', '--quiet'], quiet)).toBe(0);
      shards.push(out);
    }
  });

  it('combines the shards, given in any order, into the dataset of one whole run', async () => {
    const out = join(tempFolder(), 'merged');
    const [first, second, third] = shards as [string, string, string];
    expect(await merge([out, third, first, second], quiet)).toBe(0);
    expect(snapshotFolder(out)).toEqual(snapshotFolder(whole));
  });

  it('combines more shards than files, some of them empty, into the same dataset', async () => {
    const eight: string[] = [];
    for (let k = 1; k <= 8; k++) {
      const out = join(tempFolder(), `shard-${k}`);
      expect(await extract([CORPUS, '--out', out, '--shard', `${k}/8`, '--quiet'], quiet)).toBe(0);
      eight.push(out);
    }
    const out = join(tempFolder(), 'merged');
    expect(await merge([out, ...eight], quiet)).toBe(0);
    expect(snapshotFolder(out)).toEqual(snapshotFolder(whole));
  });

  it('refuses when a shard is missing, naming it', async () => {
    const lines: string[] = [];
    expect(await merge([join(tempFolder(), 'merged'), shards[0] ?? '', shards[2] ?? ''], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('missing shard 2/3');
  });

  it('refuses a shard given twice', async () => {
    const lines: string[] = [];
    expect(await merge([join(tempFolder(), 'merged'), ...shards, shards[1] ?? ''], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('shard 2/3 given twice');
  });

  it('refuses a folder that is not a shard output (a whole run)', async () => {
    const lines: string[] = [];
    expect(await merge([join(tempFolder(), 'merged'), whole], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('has no readable shard.json');
  });

  it('refuses to write over one of its shards', async () => {
    const lines: string[] = [];
    expect(await merge([shards[0] ?? '', ...shards], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('is also a shard folder');
  });
});
