import type { Document, Meta } from '../dataset/schema.ts';
import { refOf, type Change } from './change.ts';

/**
 * The document fields compared, each as the text a person reads. Draft status is one field: the
 * draft mark as printed (`征求意见稿`), or `draft` when the mark was not kept; absent for a final
 * text. So 意见征求稿 → 送审稿 and a draft mark dropped are each one change.
 */
const FIELDS: Array<[string, (d: Document) => string | undefined]> = [
  ['title', (d) => d.title],
  ['draft', (d) => draftOf(d.meta)],
  ['period', (d) => d.meta.period],
  ['date', (d) => d.meta.date],
  ['docNumber', (d) => d.meta.docNumber],
  ['issuer', (d) => d.meta.issuer],
  ['region', (d) => d.meta.region],
  ['kind', (d) => d.meta.kind],
  ['headline', (d) => d.meta.headline],
];

function draftOf(meta: Meta): string | undefined {
  if (!meta.draft) return undefined;
  return meta.draftLabel ?? 'draft';
}

/**
 * The metadata that differs between two paired documents, one `metadata-changed` per field,
 * labelled with the field name, `from`/`to` its values (null when absent).
 *
 * @example diffMetadata(draft, final) // [{entity: 'document', kind: 'metadata-changed', label: 'draft', from: '征求意见稿', to: null, …}]
 */
export function diffMetadata(old: Document, now: Document): Change[] {
  return FIELDS.flatMap(([field, read]): Change[] => {
    const from = read(old) ?? null;
    const to = read(now) ?? null;
    if (from === to) return [];
    return [{ entity: 'document', kind: 'metadata-changed', label: field, old: [documentRef(old)], new: [documentRef(now)], from, to, score: null }];
  });
}

/** A document as a change's record: its id, placed at its title. */
export function documentRef(document: Document): ReturnType<typeof refOf> {
  return refOf(document, document.id);
}
