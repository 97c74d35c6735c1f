import type { FileExtraction } from '../dataset/schema.ts';
import type { Change, Comparison, DiffReport, DiffSource } from './change.ts';
import { diffMetadata, documentRef } from './metadata-changes.ts';
import { diffObservations } from './observation-changes.ts';
import { tableObservations, targetObservations } from './observations.ts';
import { diffOutline } from './outline-changes.ts';
import { pairDocuments } from './pair-documents.ts';
import { homeScopes } from './scopes.ts';
import { summarize } from './summary.ts';

/**
 * What changed from one extraction to another: documents paired (`pairDocuments`), then for
 * each pair its metadata, outline, indicator values and prose targets; documents left over are
 * added or removed whole. Pure and deterministic: the same two extractions give the same report.
 *
 * @example diffExtractions(draft, final).summary // [{entity: 'outline', kind: 'added', count: 1}]
 */
export function diffExtractions(old: FileExtraction, now: FileExtraction): DiffReport {
  const changes: Change[] = [];
  const comparisons: Comparison[] = [];
  const pairs = pairDocuments(old.documents, now.documents);
  for (const pair of pairs) {
    const oldDocument = old.documents[pair.old]!;
    const newDocument = now.documents[pair.new]!;
    changes.push(...diffMetadata(oldDocument, newDocument), ...diffOutline(oldDocument, newDocument));
    const oldTables = tableObservations(oldDocument);
    const newTables = tableObservations(newDocument);
    const scopes = [...oldTables, ...newTables].flatMap((o) => (o.scope === null ? [] : [o.scope]));
    const home = homeScopes([oldDocument, newDocument], new Set(scopes));
    for (const [entity, olds, news] of [['indicator', oldTables, newTables], ['target', targetObservations(oldDocument), targetObservations(newDocument)]] as const) {
      const result = diffObservations(entity, olds, news, home);
      changes.push(...result.changes);
      comparisons.push(...result.comparisons);
    }
  }
  const pairedOld = new Set(pairs.map((p) => p.old));
  const pairedNew = new Set(pairs.map((p) => p.new));
  old.documents.forEach((document, i) => {
    if (!pairedOld.has(i)) changes.push({ entity: 'document', kind: 'removed', label: document.title, old: [documentRef(document)], new: [], from: null, to: null, score: null });
  });
  now.documents.forEach((document, i) => {
    if (!pairedNew.has(i)) changes.push({ entity: 'document', kind: 'added', label: document.title, old: [], new: [documentRef(document)], from: null, to: null, score: null });
  });
  return { old: sourceOf(old), new: sourceOf(now), summary: summarize(changes), changes, comparisons };
}

function sourceOf(extraction: FileExtraction): DiffSource {
  return {
    path: extraction.source.path,
    sha256: extraction.source.sha256,
    documents: extraction.documents.map((d) => ({ id: d.id, title: d.title })),
  };
}
