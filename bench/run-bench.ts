import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { extractFile, type StageTimings } from '../pipeline/extract-file.ts';
import { decode } from '../pipeline/read.ts';
import { DatasetWriter } from '../scripts/dataset-writer.ts';
import { extractOne } from '../scripts/extract-one.ts';
import { extractBatch } from '../scripts/extract-batch.ts';
import { listInputs } from '../scripts/list-inputs.ts';
import { replaceSection } from '../scripts/update-readme.ts';
import { ADVERSARIAL_PIECES } from '../test/adversarial-lines.ts';
import { buildBenchCorpus } from './build-corpus.ts';
import { checkLinearTime } from './linear-time.ts';

const MB = 1_000_000;
/** The seed whose lines, joined and repeated, make the 50 MB single-line file (any seed would do). */
const SEED_FOR_LONG_LINE = '000_166d93d510d1d5da.txt';
const STAGES = ['read', 'decode', 'normalize', 'split', 'tables', 'meta', 'outline', 'targets', 'facts', 'validate', 'render', 'write'];

/**
 * `npm run bench`: builds the bench corpus (bench-corpus/, 2,000 files, about 100 MB), extracts
 * it on all cores and again with one job, and prints throughput, peak memory, time per stage,
 * the time of a bare OpenCC conversion of the same text, whether the two outputs are
 * byte-identical, the linear-time check on adversarial lines and a 50 MB single-line file.
 * Exit 1 when the outputs differ or a line takes worse than linear time. Options: `--files N`
 * (default 2,000), `--readme` (write the figures into README.md's bench section).
 */
export async function run(argv: string[], say: (line: string) => void = console.log): Promise<number> {
  const files = argv.includes('--files') ? Number(argv[argv.indexOf('--files') + 1]) : 2000;
  const report: string[] = [];
  const print = (line: string) => {
    report.push(line);
    say(line);
  };
  const root = join(import.meta.dirname, '..');
  const corpus = join(root, 'bench-corpus');
  const started = performance.now();
  await buildBenchCorpus(corpus, { seeds: join(root, 'corpus'), files, bytes: files * 50_000 });
  say(`corpus: ${files} files in ${corpus} (built or reused in ${seconds(performance.now() - started)})`);

  const outRoot = join(tmpdir(), `plan-extract-bench-${process.pid}`);
  try {
    const same = await benchBatch(corpus, outRoot, print);
    await benchStages(corpus, join(outRoot, 'profile'), print);
    const linear = benchLinearTime(print);
    benchLongLine(await readFile(join(root, 'corpus', SEED_FOR_LONG_LINE), 'utf8'), print);
    if (argv.includes('--readme')) {
      const readme = join(root, 'README.md');
      await writeFile(readme, replaceSection(await readFile(readme, 'utf8'), 'bench', report.join('\n').trim()));
    }
    return same && linear ? 0 : 1;
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}

/** Runs the batch with one job and with all cores, prints the figures; true when both outputs are the same bytes. */
async function benchBatch(corpus: string, outRoot: string, print: (line: string) => void): Promise<boolean> {
  const jobs = availableParallelism();
  // Other programs on the machine take cores from the workers: say how busy it was.
  const load = loadavg()[0] ?? 0;
  // One job first: both runs then start cold (the workers are new threads either way).
  const serial = await timedRun(corpus, join(outRoot, 'serial'), 1);
  const parallel = await timedRun(corpus, join(outRoot, 'parallel'), jobs);
  const peak = process.resourceUsage().maxRSS * 1024;
  const same = (await folderHash(join(outRoot, 'parallel'))) === (await folderHash(join(outRoot, 'serial')));
  const reference = await openccReference(corpus);
  print('');
  print(`machine: ${jobs} cores, load average ${load.toFixed(2)} when the runs started`);
  print('');
  print('| measure | figure |');
  print('| --- | --- |');
  print(`| input | ${parallel.files} files, ${(parallel.bytes / MB).toFixed(1)} MB |`);
  print(`| --jobs ${jobs} (default) | ${describeRun(parallel)} |`);
  print(`| --jobs 1 | ${describeRun(serial)} |`);
  print(`| output of --jobs 1 byte-identical to ${jobs} jobs | ${same ? 'yes' : 'NO'} |`);
  print(`| peak memory (RSS, whole process, both runs) | ${(peak / 2 ** 20).toFixed(0)} MiB |`);
  print(`| RSS at each tenth of the ${jobs}-job run | ${parallel.rssByTenth.join(', ')} MiB |`);
  print(`| bare opencc-js t→cn of the same text, 1 thread | ${seconds(reference.ms)} (${(reference.bytes / MB / (reference.ms / 1000)).toFixed(2)} MB/s) |`);
  return same;
}

async function benchStages(corpus: string, out: string, print: (line: string) => void): Promise<void> {
  const stages = await profileStages(corpus, out);
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  print('');
  print('| stage (one thread, one file at a time) | time | share |');
  print('| --- | --- | --- |');
  for (const stage of STAGES) {
    const ms = stages[stage] ?? 0;
    print(`| ${stage} | ${seconds(ms)} | ${((ms * 100) / total).toFixed(1)}% |`);
  }
}

/** Prints the linear-time check; true when every line passed. */
function benchLinearTime(print: (line: string) => void): boolean {
  const checks = checkLinearTime(ADVERSARIAL_PIECES);
  print('');
  print('| adversarial line (whole pipeline) | ns/char at 50k | ns/char at 400k | growth | linear |');
  print('| --- | --- | --- | --- | --- |');
  for (const c of checks) print(`| ${c.piece} | ${c.shortNs.toFixed(0)} | ${c.longNs.toFixed(0)} | ${c.growth.toFixed(2)} | ${c.ok ? 'yes' : 'NO'} |`);
  return checks.every((c) => c.ok);
}

/** Extracts one 50 MB line (a seed's lines joined without line ends) in this thread. */
function benchLongLine(seed: string, print: (line: string) => void): void {
  const line = seed.replaceAll(/\r?\n/g, '');
  // The cut may fall inside a character: that is a truncated file, reported and read.
  const bytes = Buffer.from(line.repeat(Math.ceil((50 * MB) / Buffer.byteLength(line)))).subarray(0, 50 * MB);
  const started = performance.now();
  const result = extractFile({ path: 'one-line.txt', bytes });
  const ms = performance.now() - started;
  print('');
  print(`50 MB single-line file: ${result.status} in ${seconds(ms)} (${(bytes.length / MB / (ms / 1000)).toFixed(2)} MB/s), peak RSS now ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

interface TimedRun {
  ms: number;
  files: number;
  bytes: number;
  /** Resident memory (MiB) when each tenth of the files was written: flat if memory does not grow with the batch. */
  rssByTenth: number[];
  /** CPU time of the whole process (all threads) over wall time: how many cores it kept busy. */
  cores: number;
}

async function timedRun(corpus: string, out: string, jobs: number): Promise<TimedRun> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const inputs = await listInputs([corpus]);
  const writer = await DatasetWriter.open(out);
  const rssByTenth: number[] = [];
  let done = 0;
  const tenth = Math.max(1, Math.floor(inputs.length / 10));
  const stats = await extractBatch(inputs, writer, {
    jobs,
    onResult: () => {
      if (++done % tenth === 0) rssByTenth.push(Math.round(process.memoryUsage.rss() / 2 ** 20));
    },
  });
  await writer.commit();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, files: stats.files, bytes: stats.bytes, rssByTenth, cores: (used.user + used.system) / 1000 / ms };
}

/**
 * Time per stage over the corpus, one file after the other in this thread, so that no stage's
 * time holds another's (in a batch run, reading the next file overlaps writing this one).
 */
async function profileStages(corpus: string, out: string): Promise<StageTimings> {
  const timings: StageTimings = {};
  const add = (stage: string, ms: number) => { timings[stage] = (timings[stage] ?? 0) + ms; };
  const writer = await DatasetWriter.open(out);
  for (const input of await listInputs([corpus])) {
    let started = performance.now();
    const bytes = await readFile(input.path);
    add('read', performance.now() - started);
    const extracted = extractOne({ path: input.path, bytes, stem: input.stem });
    for (const [stage, ms] of Object.entries(extracted.timings)) add(stage, ms);
    started = performance.now();
    await writer.add(extracted.file);
    add('write', performance.now() - started);
  }
  await writer.commit();
  return timings;
}

/** The time OpenCC alone takes to convert the corpus's text to Simplified: the floor for normalize. */
async function openccReference(corpus: string): Promise<{ ms: number; bytes: number }> {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  let ms = 0;
  let bytes = 0;
  for (const { path } of await listInputs([corpus])) {
    const raw = await readFile(path);
    const decoded = decode(raw);
    if (!decoded.ok) continue;
    bytes += raw.length;
    const started = performance.now();
    convert(decoded.text);
    ms += performance.now() - started;
  }
  return { ms, bytes };
}

/** A hash of every file below a folder, names and bytes, in sorted order. */
async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const names = entries.map((e) => join(e.parentPath, e.name)).toSorted();
  for (const name of names) hash.update(name.slice(dir.length)).update(await readFile(name));
  return hash.digest('hex');
}

function describeRun(run: TimedRun): string {
  return `${seconds(run.ms)}, ${(run.bytes / MB / (run.ms / 1000)).toFixed(2)} MB/s, ${(run.files / (run.ms / 1000)).toFixed(1)} files/s, ${run.cores.toFixed(2)} cores busy`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
