import { basename } from 'node:path';
import type { FileResult } from '../pipeline/extract-file.ts';
import { CSV_TABLES, diagnosticRows } from './csv-tables.ts';
import { manifestEntryOf, type ManifestEntry } from './manifest.ts';
import { renderCsvRows, renderJson } from './render.ts';

/** Everything one file adds to the dataset, as the text to write. */
export interface RenderedFile {
  entry: ManifestEntry;
  /** The file's JSON (written as `entry.output`); null when it was skipped or failed. */
  json: string | null;
  /** The file's rows of each CSV, by table name ('' for none). */
  csv: Record<string, string>;
}

/**
 * Renders one file's result into the text the dataset writer appends. Pure, so that it runs in
 * the worker that extracted the file: the writer's thread only moves bytes, and a string
 * crosses threads faster than the records it was made from.
 *
 * @example renderFile(extractFile({path, bytes})).entry.status // 'ok'
 */
export function renderFile(result: FileResult): RenderedFile {
  const entry = manifestEntryOf(result);
  if (result.status === 'ok') {
    const csv = Object.fromEntries(CSV_TABLES.map((table) => [table.name, renderCsvRows(table, table.rows(result.extraction))]));
    return { entry, json: renderJson(result.extraction), csv };
  }
  const csv = Object.fromEntries(CSV_TABLES.map((table) => [table.name, '']));
  const diagnostics = CSV_TABLES.find((table) => table.name === 'diagnostics');
  if (diagnostics) csv[diagnostics.name] = renderCsvRows(diagnostics, diagnosticRows(basename(result.path), result.diagnostics));
  return { entry, json: null, csv };
}
