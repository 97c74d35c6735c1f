import { z } from 'zod';
import type { FileResult } from '../pipeline/extract-file.ts';
import type { Document } from './schema.ts';

/** What became of one input file. */
export const ManifestEntry = z.object({
  path: z.string().describe('input path as given, with / separators'),
  output: z.string().nullable().describe('the JSON file written for it, relative to the output folder'),
  status: z.enum(['ok', 'skipped', 'failed']),
  ruleId: z.string().nullable().describe('why it was skipped or failed'),
  reason: z.string().nullable(),
  documents: z.int().min(0),
  records: z.object({
    outline: z.int().min(0), tables: z.int().min(0), indicators: z.int().min(0),
    targets: z.int().min(0), facts: z.int().min(0), diagnostics: z.int().min(0),
  }),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** `manifest.json`: every input file with its status, and totals. */
export const Manifest = z.object({
  files: z.array(ManifestEntry),
  totals: z.object({ files: z.int(), ok: z.int(), skipped: z.int(), failed: z.int(), documents: z.int() }),
});
export type Manifest = z.infer<typeof Manifest>;

/** Builds the manifest from its entries, given in input order. */
export function buildManifest(files: ManifestEntry[]): Manifest {
  const count = (status: ManifestEntry['status']) => files.filter((f) => f.status === status).length;
  return {
    files,
    totals: {
      files: files.length, ok: count('ok'), skipped: count('skipped'), failed: count('failed'),
      documents: files.reduce((sum, f) => sum + f.documents, 0),
    },
  };
}

/** The manifest entry of one file's result. */
export function manifestEntryOf(result: FileResult): ManifestEntry {
  const path = result.path.replaceAll('\\', '/');
  if (result.status !== 'ok') {
    return {
      path, output: null, status: result.status, ruleId: result.ruleId, reason: result.reason, documents: 0,
      records: { outline: 0, tables: 0, indicators: 0, targets: 0, facts: 0, diagnostics: result.diagnostics.length },
    };
  }
  const { documents, diagnostics } = result.extraction;
  const sum = (count: (d: Document) => number) => documents.reduce((total, d) => total + count(d), 0);
  return {
    path, output: `${result.stem}.json`, status: 'ok', ruleId: null, reason: null, documents: documents.length,
    records: {
      outline: sum((d) => d.outline.length),
      tables: sum((d) => d.tables.length),
      indicators: sum((d) => d.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.values.length, 0), 0)),
      targets: sum((d) => d.targets.length),
      facts: sum((d) => d.facts.length),
      diagnostics: diagnostics.length,
    },
  };
}
