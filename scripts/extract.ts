import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { renderJson } from '../dataset/render.ts';
import { DatasetWriter } from './dataset-writer.ts';
import { extractBatch } from './extract-batch.ts';
import type { Extracted } from './extract-one.ts';
import { listInputs } from './list-inputs.ts';
import { createProgress, type Progress, type Terminal } from './progress.ts';
import { exitOnSignals } from './exit-on-signals.ts';
import { formatDiagnostic } from './reporter.ts';
import { parseShard, SHARD_FILE, shardOf, type Shard, type ShardRecord } from './shard.ts';

const USAGE = `usage: npm run extract -- [paths…] [--out DIR] [--jobs N] [--shard K/N] [--quiet]

Extracts every plan file in the given files and folders (default: corpus/) into DIR
(default: output/): one JSON per file, CSV tables, manifest.json, datapackage.json, schema/.
--jobs N     worker threads (default: one per core, none under 50 files); the output
             is the same for any N
--shard K/N  only the K-th of N even slices of the sorted inputs (K from 1), for batch
             schedulers; \`npm run merge\` combines the N outputs into the one dataset
--quiet      no progress and no diagnostics on stderr
Exit code: 0 all files extracted, 1 some file skipped or failed, 2 the run itself failed.`;

/**
 * The `extract` command. Returns the exit code instead of exiting, so tests can call it.
 *
 * @example await run(['corpus', '--out', 'output']) // 0
 */
export async function run(argv: string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`), terminal?: Terminal): Promise<number> {
  const options = readOptions(argv);
  if ('exit' in options) {
    log(options.message);
    return options.exit;
  }
  const { shard, quiet } = options;
  // Stems are given over the whole batch before slicing, so a shard names files as one run does.
  const batch = await listInputs(options.paths.length > 0 ? options.paths : ['corpus'], [options.out]);
  const inputs = shard ? shardOf(batch, shard) : batch;
  const jobs = options.jobs ?? defaultJobs(inputs.length);
  const progress = quiet ? undefined : createProgress({ total: inputs.length, terminal, log });

  let writer: DatasetWriter;
  try {
    writer = await DatasetWriter.open(options.out);
  } catch (error) {
    log(`Cannot write the output folder ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    await extractBatch(inputs, writer, { jobs, onResult: (result) => reportResult(result, progress) });
    progress?.finish();
    const record: ShardRecord | undefined = shard && { ...shard, batchFiles: batch.length };
    const manifest = await writer.commit(record ? { [SHARD_FILE]: renderJson(record) } : {});
    const { files, ok, skipped, failed, documents } = manifest.totals;
    const part = shard ? ` (shard ${shard.index}/${shard.count} of ${batch.length} files)` : '';
    if (!quiet) log(`${files} files${part}: ${ok} extracted (${documents} documents), ${skipped} skipped, ${failed} failed → ${options.out}`);
    return skipped + failed > 0 ? 1 : 0;
  } catch (error) {
    progress?.finish();
    await writer.abort();
    log(`Extraction stopped, nothing written to ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** The options of a run, or the message and exit code to stop with (help, or a bad option). */
type Options =
  | { paths: string[]; out: string; jobs: number | undefined; shard: Shard | undefined; quiet: boolean }
  | { exit: number; message: string };

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'output' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { exit: 2, message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { exit: 0, message: USAGE };
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) return { exit: 2, message: `--jobs takes a whole number of 1 or more, not ${values.jobs}` };
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') return { exit: 2, message: shard };
  return { paths: positionals, out: values.out, jobs, shard, quiet: values.quiet };
}

const SMALL_BATCH = 50;

/**
 * One worker thread per core, but none for a small batch: a worker takes about half a second to
 * load the pipeline (npm run bench), more than a few files take to extract in this thread.
 */
function defaultJobs(files: number): number {
  return files < SMALL_BATCH ? 1 : availableParallelism();
}

/** Prints a file's errors and warnings (not its info diagnostics) for people, then counts it done. */
function reportResult(done: Extracted, progress: Progress | undefined): void {
  if (!progress) return;
  for (const diagnostic of done.problems) progress.log(formatDiagnostic(done.path, diagnostic));
  progress.advance();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitOnSignals();
  process.exitCode = await run(process.argv.slice(2), undefined, process.stderr.isTTY ? process.stderr : undefined);
}
