import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/extract.ts';
import { CORPUS, SEED } from '../seeds.ts';
import { snapshotFolder, tempFolder } from '../folders.ts';

const EXTRACT = join(import.meta.dirname, '..', '..', 'scripts', 'extract.ts');

describe('exitOnSignals', () => {
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('on %s, npm run extract exits %i, leaves no staging folder and keeps the previous dataset', async (signal, code) => {
    const plans = join(tempFolder(), 'plans');
    mkdirSync(plans);
    for (let i = 0; i < 200; i++) copyFileSync(join(CORPUS, `${SEED.zhangye15}.txt`), join(plans, `${String(i).padStart(3, '0')}.txt`));
    const parent = tempFolder();
    const out = join(parent, 'out');
    expect(await run([join(plans, '000.txt'), '--out', out, '--quiet'], () => undefined)).toBe(0);
    const before = snapshotFolder(out);
    // A real process, as a scheduler runs it: the signal arrives once a tenth of the files is done.
    const child = spawn(process.execPath, ['--import', 'tsx', EXTRACT, plans, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.once('data', () => child.kill(signal));
    const exit = await new Promise<number | null>((done) => child.once('exit', (status) => done(status)));
    expect(exit).toBe(code);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(snapshotFolder(out)).toEqual(before);
  });
});
