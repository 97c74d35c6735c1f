import type { Comparator, Document } from '../dataset/schema.ts';
import { refOf, type Ref } from './change.ts';
import { convertToSimplified } from '../pipeline/script-conversion.ts';
import { normalizeIndicatorName } from './indicator-names.ts';

/** One figure of a plan, from a table cell or a sentence, as the diff compares it. */
export interface Observation {
  name: string;
  /** The name as compared (`normalizeIndicatorName`). */
  key: string;
  year: number | null;
  scope: string | null;
  value: number | null;
  comparator: Comparator | null;
  unit: string | null;
  raw: string;
  /** A bracketed note qualifying a table value (`95% (基本均衡)` → `基本均衡`), else null. */
  note: string | null;
  /** The table row the value is in; null for a target. */
  rowId: string | null;
  ref: Ref;
}

/**
 * Every value of every indicator table of a document, one observation per row × value. The
 * position is the value's cell, so a changed value points at the cell to look at.
 */
export function tableObservations(document: Document): Observation[] {
  return document.tables.flatMap((table) => table.rows.flatMap((row) => row.values.map((cell): Observation => ({
    name: row.name,
    key: normalizeIndicatorName(row.name),
    year: cell.year,
    scope: cell.scope,
    value: cell.value,
    comparator: cell.comparator,
    unit: row.unit,
    raw: cell.raw,
    note: noteOf(cell.raw),
    rowId: row.id,
    ref: { ...refOf({ ...cell, id: `${row.id}@${cell.year ?? ''}${cell.scope ? `/${cell.scope}` : ''}` }, document.id) },
  }))));
}

/** Every quantified target stated in a document's prose. */
export function targetObservations(document: Document): Observation[] {
  return document.targets.map((target) => ({
    name: target.name,
    key: normalizeIndicatorName(target.name),
    year: target.year,
    scope: null,
    value: target.value,
    comparator: target.comparator,
    unit: target.unit,
    raw: target.raw,
    note: null,
    rowId: null,
    ref: refOf(target, document.id),
  }));
}

/**
 * An observation's figure as a person reads it: comparator, number, unit and note
 * (`>=99%`, `50% (优质均衡)`), or the cell as printed when it holds no number (`通过自治区评估认定`).
 */
export function formatFigure(observation: Observation): string {
  if (observation.value === null) return observation.raw.replace(/\s+/g, '');
  const note = observation.note === null ? '' : ` (${observation.note})`;
  return `${observation.comparator ?? ''}${observation.value}${observation.unit ?? ''}${note}`;
}

/**
 * The note in brackets of a table cell, in Simplified: `100% (基本均衡)` says which standard the
 * figure counts, so 基本均衡 → 优质均衡 is a change even where the number stayed.
 *
 * @example noteOf('?95% (優質均衡)') // '优质均衡'
 */
export function noteOf(raw: string): string | null {
  const note = raw.match(/[（(]([^()（）]{1,40})[)）]/)?.[1]?.replace(/\s+/g, '');
  // `raw` is as printed: compare notes in Simplified, as every other text of the diff.
  return note ? convertToSimplified(note).text : null;
}
