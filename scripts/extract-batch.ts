import { readFile } from 'node:fs/promises';
import { renderFile } from '../dataset/render-file.ts';
import type { Extracted } from './extract-one.ts';
import type { RuleId } from '../pipeline/rules.ts';
import type { DatasetWriter } from './dataset-writer.ts';
import type { InputFile } from './list-inputs.ts';
import { openExtractionPool, type ExtractionPool } from './extract-pool.ts';
import { runOrdered } from './run-ordered.ts';

/** How to run a batch. */
export interface BatchOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** Called with each file, in input order, once it is written. */
  onResult?: (done: Extracted) => void;
}

/** What a batch took: files written and bytes read. */
export interface BatchStats {
  files: number;
  bytes: number;
}

const FILES_PER_THREAD = 8;

/**
 * Extracts every input and adds each result to `writer` in input order, as soon as it is next
 * in line. Files are read here and extracted in `jobs` worker threads, with up to
 * `FILES_PER_THREAD` files per thread in flight: a file that takes long holds back the output
 * of those after it, and the other threads must be able to go on meanwhile (with two per thread
 * they idled, npm run bench). Memory holds that many files' results, never the batch's.
 */
export async function extractBatch(inputs: readonly InputFile[], writer: DatasetWriter, options: BatchOptions): Promise<BatchStats> {
  const stats: BatchStats = { files: 0, bytes: 0 };
  const pool = openExtractionPool(options.jobs);
  const inFlight = options.jobs > 1 ? options.jobs * FILES_PER_THREAD : 1;
  try {
    await runOrdered(inputs, inFlight, (input) => readAndExtract(input, pool, stats), async (done) => {
      await writer.add(done.file);
      stats.files++;
      options.onResult?.(done);
    });
  } finally {
    await pool.close();
  }
  return stats;
}

/** Reads and extracts one input; never rejects for the file's sake: an unreadable file is a failed result. */
async function readAndExtract(input: InputFile, pool: ExtractionPool, stats: BatchStats): Promise<Extracted> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return failed(input, 'read:unreadable', `Unexpected failure to read the file (${code}), expected a readable file`);
  }
  stats.bytes += bytes.length;
  try {
    return await pool.extract({ path: input.path, bytes, stem: input.stem });
  } catch (error) {
    // A worker that dies (out of memory, a bug outside the guarded stages) costs its file only.
    return failed(input, 'extract:crash', `Unexpected failure of the worker: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A file that never reached extractFile, rendered like the files it refuses. */
function failed(input: InputFile, ruleId: RuleId, reason: string): Extracted {
  const diagnostics = [{ ruleId, severity: 'error' as const, message: reason, line: 1, column: 1 }];
  const file = renderFile({ status: 'failed', path: input.path, stem: input.stem, ruleId, reason, diagnostics });
  return { path: input.path, file, problems: diagnostics, timings: {} };
}
