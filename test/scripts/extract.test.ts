import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../../dataset/manifest.ts';
import { run } from '../../scripts/extract.ts';
import { CORPUS, SEED, seedText } from '../seeds.ts';
import { snapshotFolder, tempFolder } from '../folders.ts';

const quiet = () => undefined;

function readManifest(out: string): Manifest {
  return Manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
}

/** Status and rule of each file of a manifest, by file name. */
function statuses(out: string): Record<string, [string, string | null]> {
  return Object.fromEntries(readManifest(out).files.map((f) => [f.path.split('/').pop(), [f.status, f.ruleId]]));
}

/** A batch of good and bad files: the seeds, a Traditional GB18030 copy with CRLF, and bad files. */
function mixedBatch(): string {
  const dir = join(tempFolder(), 'plans');
  mkdirSync(dir);
  for (const stem of Object.values(SEED)) copyFileSync(join(CORPUS, `${stem}.txt`), join(dir, `${stem}.txt`));
  writeFileSync(join(dir, 'gb.txt'), iconv.encode(seedText(SEED.zhangye2035).replaceAll('\n', '\r\n'), 'gb18030'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n');
  writeFileSync(join(dir, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0]));
  return dir;
}

describe('extract', () => {
  it('writes the same bytes with one job as with several', async () => {
    const plans = mixedBatch();
    const serial = join(tempFolder(), 'out');
    const parallel = join(tempFolder(), 'out');
    expect(await run([plans, '--out', serial, '--jobs', '1', '--quiet'], quiet)).toBe(1);
    expect(await run([plans, '--out', parallel, '--jobs', '3', '--quiet'], quiet)).toBe(1);
    expect(readManifest(serial).totals).toMatchObject({ files: 9, ok: 6, skipped: 2, failed: 1 });
    expect(snapshotFolder(parallel)).toEqual(snapshotFolder(serial));
  });

  it('accounts for a file that disappears during the run and extracts the rest', async () => {
    const plans = join(tempFolder(), 'plans');
    mkdirSync(plans);
    const names = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `${n}.txt`);
    for (const name of names) copyFileSync(join(CORPUS, `${SEED.minle}.txt`), join(plans, name));
    const lines: string[] = [];
    const out = join(tempFolder(), 'out');
    // The first line is printed once a.txt is written; f.txt is listed but not yet read then.
    const code = await run([plans, '--out', out, '--jobs', '1'], (line) => {
      if (lines.length === 0) rmSync(join(plans, 'f.txt'));
      lines.push(line);
    });
    expect(code).toBe(1);
    expect(statuses(out)).toEqual({
      'a.txt': ['ok', null], 'b.txt': ['ok', null], 'c.txt': ['ok', null], 'd.txt': ['ok', null], 'e.txt': ['ok', null],
      'f.txt': ['failed', 'read:unreadable'],
    });
    const reported = lines.find((line) => line.endsWith('read:unreadable'));
    expect(reported).toMatch(/f\.txt:1:1 error .*ENOENT/);
  });

  it('accounts for a file that cannot be read (a symbolic link to itself)', async () => {
    const plans = join(tempFolder(), 'plans');
    mkdirSync(plans);
    copyFileSync(join(CORPUS, `${SEED.minle}.txt`), join(plans, 'good.txt'));
    symlinkSync('loop.txt', join(plans, 'loop.txt'));
    const out = join(tempFolder(), 'out');
    expect(await run([plans, '--out', out, '--quiet'], quiet)).toBe(1);
    expect(statuses(out)).toEqual({ 'good.txt': ['ok', null], 'loop.txt': ['failed', 'read:unreadable'] });
    expect(readManifest(out).files[1]?.reason).toContain('ELOOP');
  });

  it('stops with exit 2 and a message naming the folder when the output folder cannot be made', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'file'), 'a file, not a folder');
    const out = join(dir, 'file', 'out');
    const lines: string[] = [];
    expect(await run([CORPUS, '--out', out], (line) => lines.push(line))).toBe(2);
    expect(lines.join('\n')).toContain(`Cannot write the output folder ${out}`);
    expect(existsSync(out)).toBe(false);
  });

  it('stops with exit 2 and keeps the previous dataset when the output cannot be written during the run', async () => {
    const plans = join(tempFolder(), 'plans');
    mkdirSync(plans);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(join(CORPUS, `${SEED.minle}.txt`), join(plans, name));
    const parent = tempFolder();
    const out = join(parent, 'out');
    expect(await run([join(plans, 'a.txt'), '--out', out, '--quiet'], quiet)).toBe(0);
    const before = snapshotFolder(out);
    const lines: string[] = [];
    // Once a.txt is written, the staging folder beside the output goes away (a disk unmounted,
    // a clean-up job): writing b.txt fails.
    const code = await run([plans, '--out', out, '--jobs', '1'], (line) => {
      if (lines.length === 0) {
        for (const name of readdirSync(parent).filter((n) => n.startsWith('.out.tmp-'))) rmSync(join(parent, name), { recursive: true });
      }
      lines.push(line);
    });
    expect(code).toBe(2);
    expect(lines.at(-1)).toMatch(new RegExp(`^Extraction stopped, nothing written to ${out}: .*ENOENT`));
    expect(snapshotFolder(out)).toEqual(before);
  });

  it.each(['0/3', '4/3', '1/0', '2', 'a/b'])('refuses --shard %s with exit 2', async (shard) => {
    const lines: string[] = [];
    expect(await run([CORPUS, '--out', join(tempFolder(), 'out'), '--shard', shard], (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toContain('--shard takes K/N');
  });

  it('extracts only the K-th slice of the sorted inputs with --shard K/N', async () => {
    const out = join(tempFolder(), 'out');
    expect(await run([CORPUS, '--out', out, '--shard', '2/2', '--quiet'], quiet)).toBe(0);
    // Five seeds in two slices: the second holds the last three of the sorted names.
    expect(readManifest(out).files.map((f) => f.output)).toEqual([SEED.zhangye2035, SEED.compilation, SEED.qingtongxia].map((s) => `${s}.json`));
    expect(JSON.parse(readFileSync(join(out, 'shard.json'), 'utf8'))).toEqual({ index: 2, count: 2, batchFiles: 5 });
  });
});
