import Tinypool from 'tinypool';
import type { FileInput } from '../pipeline/extract-file.ts';
import { extractOne, type Extracted } from './extract-one.ts';

/** Runs `extractOne` (extract and render) on files, in this thread or in a pool of worker threads. */
export interface ExtractionPool {
  extract(input: FileInput): Promise<Extracted>;
  /** Stops the worker threads; the pool cannot be used after. */
  close(): Promise<void>;
}

/**
 * Opens a pool of `jobs` worker threads that run `extractOne` (scripts/extract-worker.mjs).
 * With one job there is no pool: files are extracted in this thread, which is the reference
 * the parallel output must equal byte for byte (a worker sends back the rendered text, so it
 * does).
 *
 * @example const pool = openExtractionPool(4); const {result} = await pool.extract({path, bytes}); await pool.close();
 */
export function openExtractionPool(jobs: number): ExtractionPool {
  if (jobs <= 1) {
    return {
      extract: async (input) => extractOne(input),
      close: async () => undefined,
    };
  }
  const pool = new Tinypool({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  });
  return {
    extract: async (input) => {
      const bytes = ownedBytes(input.bytes);
      // The bytes are moved to the worker, not copied: this thread has no further use for them.
      return await pool.run({ ...input, bytes }, { transferList: [bytes.buffer as ArrayBuffer] }) as Extracted;
    },
    close: () => pool.destroy(),
  };
}

/** The bytes in an ArrayBuffer of their own, so that moving it takes nothing else along. */
function ownedBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  return bytes.slice();
}
