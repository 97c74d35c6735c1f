/**
 * The entry of an extraction worker thread (see extract-pool.ts). Plain JavaScript on purpose:
 * on Node 20 a worker thread does not inherit the module hooks of the thread that started it,
 * so under `tsx` (npm run extract) or vitest it could not load a `.ts` file. It registers tsx's
 * loader for itself, then imports the TypeScript pipeline.
 */
import { register } from 'tsx/esm/api';

register();
const { extractFile } = await import('../pipeline/extract-file.ts');

/**
 * Extracts one file in this worker.
 *
 * @param {import('../pipeline/extract-file.ts').FileInput} input path, bytes and stem
 * @returns {{result: import('../pipeline/extract-file.ts').FileResult, timings: Record<string, number>}}
 */
export default function extractInWorker(input) {
  const timings = {};
  const result = extractFile(input, timings);
  return { result, timings };
}
