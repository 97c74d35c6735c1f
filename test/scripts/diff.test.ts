import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffReport } from '../../diff/change.ts';
import { run, type Output } from '../../scripts/diff.ts';
import { documentOf, extractionOf, itemOf } from '../diff/build.ts';
import { CORPUS, SEED, lineOf, seedText } from '../seeds.ts';

function capture(): Output & { out: string; err: string } {
  const sink = { out: '', err: '', stdout: (text: string) => { sink.out += text; }, stderr: (text: string) => { sink.err += text; } };
  return sink;
}

describe('npm run diff', () => {
  let folder: string;
  const text = seedText(SEED.zhangye15);
  const task = (line: number) => itemOf(lineOf(text, line), line, { id: `d#${line}` });
  const paths = { draft: '', final: '', broken: '', plan: join(CORPUS, `${SEED.minle}.txt`) };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'plan-diff-'));
    paths.draft = join(folder, 'draft.json');
    paths.final = join(folder, 'final.json');
    paths.broken = join(folder, 'manifest.json');
    await writeFile(paths.draft, JSON.stringify(extractionOf([documentOf({ outline: [task(196), task(197)] })], 'draft.txt')));
    await writeFile(paths.final, JSON.stringify(extractionOf([documentOf({ outline: [task(196)] })], 'final.txt')));
    await writeFile(paths.broken, JSON.stringify({ files: 3 }));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('exits 0 and says so for a plan file against itself', async () => {
    const output = capture();
    expect(await run([paths.plan, paths.plan], output)).toBe(0);
    expect(output.out).toContain('No changes.');
  });

  it('exits 1 and prints the markdown report when the two differ', async () => {
    const output = capture();
    expect(await run([paths.draft, paths.final], output)).toBe(1);
    expect(output.out).toContain('- **removed** （二）持续深化“五育”并举 (old line 197)');
  });

  it('writes every format into --out, and nothing else is left there', async () => {
    const out = join(folder, 'report');
    expect(await run([paths.draft, paths.final, '--out', out], capture())).toBe(1);
    expect((await readdir(out)).toSorted()).toEqual(['diff.csv', 'diff.json', 'diff.md']);
    const report = DiffReport.parse(JSON.parse(await readFile(join(out, 'diff.json'), 'utf8')));
    expect(report.changes.map((c) => [c.entity, c.kind, c.old[0]?.line])).toEqual([['outline', 'removed', 197]]);
    const rows = Papa.parse<Record<string, string>>(await readFile(join(out, 'diff.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([expect.objectContaining({ entity: 'outline', kind: 'removed', old_id: 'd#197', old_line: '197' })]);
  });

  it('writes only the formats asked for', async () => {
    const out = join(folder, 'csv-only');
    expect(await run([paths.draft, paths.final, '--out', out, '--format', 'csv'], capture())).toBe(1);
    expect(await readdir(out)).toEqual(['diff.csv']);
  });

  it.each([
    ['a JSON file that is not an extraction', () => [paths.broken, paths.final], /manifest\.json is not a plan-extract extraction/],
    ['a missing file', () => [join(folder, 'missing.txt'), paths.final], /Cannot read .*missing\.txt: ENOENT/],
    ['one file only', () => [paths.final], /Expected two files/],
    ['an unknown format', () => [paths.draft, paths.final, '--format', 'xlsx'], /Unexpected format xlsx/],
  ])('exits 2 with a message for %s', async (_, argv, message) => {
    const output = capture();
    expect(await run(argv(), output)).toBe(2);
    expect(output.err).toMatch(message);
    expect(output.out).toBe('');
  });
});
