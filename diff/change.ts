import { z } from 'zod';
import { Position } from '../dataset/schema.ts';

/**
 * The contract of a diff: every change between two extractions is one `Change`, and the JSON
 * report is a `DiffReport`. Positions point into the ORIGINAL files, like the dataset's.
 */

/** What a change is about. */
export const Entity = z.enum(['document', 'outline', 'indicator', 'target']);
export type Entity = z.infer<typeof Entity>;

/**
 * The kinds of change. `moved`: an outline item stands elsewhere among its siblings or under
 * another parent; `renumbered`: its marker changed for a reason other than items added,
 * removed or moved before it; `split`/`merged`: one item's text now lives in several, or
 * several in one.
 */
export const ChangeKind = z.enum([
  'metadata-changed', 'added', 'removed', 'reworded', 'moved', 'renumbered', 'split', 'merged',
  'value-changed', 'comparator-changed',
]);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** A record of one of the two files: its id, the document it belongs to and where it stands. */
export const Ref = z.object({
  id: z.string(),
  documentId: z.string(),
  line: z.int().min(1),
  column: z.int().min(1),
  position: Position,
});
export type Ref = z.infer<typeof Ref>;

/** A piece of a character-level diff: kept, inserted (only in the new text) or deleted. */
export const Segment = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type Segment = z.infer<typeof Segment>;

/**
 * One change between the two files: what it concerns, its kind, the records on each side (with
 * their positions), and the values or markers before and after.
 */
export const Change = z.object({
  entity: Entity,
  kind: ChangeKind,
  label: z.string().describe('what changed: the item title, the indicator name, the metadata field'),
  old: z.array(Ref).describe('the records in the old file; empty for added'),
  new: z.array(Ref).describe('the records in the new file; empty for removed'),
  from: z.string().nullable().describe('old value, marker or field as text; null when none'),
  to: z.string().nullable().describe('new value, marker or field as text; null when none'),
  score: z.number().min(0).max(1).nullable().describe('similarity of the pair when it was matched by likeness, not identity'),
  year: z.int().nullable().optional(),
  scope: z.string().nullable().optional(),
  diff: z.object({ title: z.array(Segment), body: z.array(Segment) }).optional().describe('character-level diff of a reworded item'),
});
export type Change = z.infer<typeof Change>;

/** A pair of indicator or target values that were matched across the files, changed or not. */
export const Comparison = z.object({
  entity: z.enum(['indicator', 'target']),
  oldName: z.string(),
  newName: z.string(),
  year: z.int().nullable(),
  scope: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  score: z.number().min(0).max(1),
  changed: z.boolean(),
  oldRowId: z.string().nullable().describe('the table row of the old value; null for a target'),
  newRowId: z.string().nullable(),
  old: Ref,
  new: Ref,
});
export type Comparison = z.infer<typeof Comparison>;

/** One side of the diff as the report names it. */
export const DiffSource = z.object({ path: z.string(), sha256: z.string(), documents: z.array(z.object({ id: z.string(), title: z.string() })) });
export type DiffSource = z.infer<typeof DiffSource>;

/** The whole diff: the two sides, the count of each kind of change, the changes, the pairings. */
export const DiffReport = z.object({
  old: DiffSource,
  new: DiffSource,
  summary: z.array(z.object({ entity: Entity, kind: ChangeKind, count: z.int().min(1) })),
  changes: z.array(Change),
  comparisons: z.array(Comparison),
});
export type DiffReport = z.infer<typeof DiffReport>;

/** The located fields of a record, as a `Ref`. */
export function refOf(record: { id: string; line: number; column: number; position: Position }, documentId: string): Ref {
  return { id: record.id, documentId, line: record.line, column: record.column, position: record.position };
}
