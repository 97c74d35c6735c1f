import type { z } from 'zod';
import { Document, Fact, Meta, OutlineItem, Table, Target, type FileExtraction } from '../dataset/schema.ts';
import type { FileContext } from './context.ts';

/**
 * Checks every record against its schema before anything is written. A record that fails is
 * left out and reported at its own line (`validate:invalid-record`), so one bad record never
 * costs the file its other records.
 */
export function validateExtraction(extraction: FileExtraction, context: FileContext): FileExtraction {
  const documents = extraction.documents.map((document) => ({
    ...document,
    meta: Meta.safeParse(document.meta).success ? document.meta : reportMeta(document, context),
    outline: keepValid(OutlineItem, document.outline, 'outline item', context),
    tables: keepValid(Table, document.tables, 'table', context),
    targets: keepValid(Target, document.targets, 'target', context),
    facts: keepValid(Fact, document.facts, 'fact', context),
  }));
  return { ...extraction, documents: keepValid(Document, documents, 'document', context) };
}

function keepValid<T extends { line?: number; position?: { start: { offset: number } } }>(
  schema: z.ZodType<T>, records: T[], what: string, context: FileContext,
): T[] {
  return records.filter((record) => {
    const result = schema.safeParse(record);
    if (result.success) return true;
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    context.report('validate:invalid-record', `Unexpected ${what} with invalid ${path || 'shape'}: ${issue?.message ?? ''}`, 0, 0, 'error');
    return false;
  });
}

function reportMeta(document: FileExtraction['documents'][number], context: FileContext): FileExtraction['documents'][number]['meta'] {
  context.report('validate:invalid-record', `Unexpected metadata of document ${document.id} that fails its schema`, 0, 0, 'error');
  return {};
}
