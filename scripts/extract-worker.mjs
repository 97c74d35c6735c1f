/**
 * The entry of an extraction worker thread (see extract-pool.ts). Plain JavaScript on purpose:
 * on Node 20 a worker thread does not inherit the module hooks of the thread that started it,
 * so under `tsx` (npm run extract) or vitest it could not load a `.ts` file. It registers tsx's
 * loader for itself, then imports the TypeScript pipeline.
 */
import { register } from 'tsx/esm/api';

register();
const { extractOne } = await import('./extract-one.ts');

/**
 * Extracts and renders one file in this worker.
 *
 * @param {import('../pipeline/extract-file.ts').FileInput} input path, bytes and stem
 * @returns {import('./extract-one.ts').Extracted}
 */
export default function extractInWorker(input) {
  return extractOne(input);
}
