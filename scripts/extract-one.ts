import { extractFile, type FileInput, type StageTimings } from '../pipeline/extract-file.ts';
import { renderFile, type RenderedFile } from '../dataset/render-file.ts';
import type { Diagnostic } from '../dataset/schema.ts';

/** One file, extracted and rendered: what a worker thread sends back. */
export interface Extracted {
  path: string;
  /** The text the dataset writer appends for it. */
  file: RenderedFile;
  /** Its errors and warnings, to print (info diagnostics stay in the dataset only). */
  problems: Diagnostic[];
  /** Milliseconds per stage, `render` included. */
  timings: StageTimings;
}

/**
 * Extracts one file and renders its outputs: the whole of a worker's task, and what one job
 * does in the main thread, so both give the same bytes.
 *
 * @example extractOne({path: 'corpus/a.txt', bytes}).file.entry.status // 'ok'
 */
export function extractOne(input: FileInput): Extracted {
  const timings: StageTimings = {};
  const result = extractFile(input, timings);
  const started = performance.now();
  const file = renderFile(result);
  timings.render = performance.now() - started;
  const diagnostics = result.status === 'ok' ? result.extraction.diagnostics : result.diagnostics;
  return { path: input.path, file, problems: diagnostics.filter((d) => d.severity !== 'info'), timings };
}
