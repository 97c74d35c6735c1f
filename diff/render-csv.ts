import Papa from 'papaparse';
import type { DiffReport, Ref } from './change.ts';

/** Columns of the change CSV, in order. */
export const CHANGE_COLUMNS = [
  'entity', 'kind', 'label', 'year', 'scope', 'from', 'to', 'score',
  'old_id', 'old_line', 'old_column', 'new_id', 'new_line', 'new_column',
] as const;

/**
 * One row per change, for loading beside the datasets (RFC 4180 quoting by papaparse, LF line
 * ends, a header row). A split or merge lists its several ids, lines and columns joined by `;`.
 *
 * @example renderCsv(report).split('\n')[0] // 'entity,kind,label,year,scope,from,to,score,old_id,…'
 */
export function renderCsv(report: DiffReport): string {
  const join = (refs: Ref[], pick: (r: Ref) => string | number) => refs.map(pick).join(';');
  const rows = report.changes.map((c) => [
    c.entity, c.kind, c.label, c.year ?? null, c.scope ?? null, c.from, c.to, c.score,
    join(c.old, (r) => r.id), join(c.old, (r) => r.line), join(c.old, (r) => r.column),
    join(c.new, (r) => r.id), join(c.new, (r) => r.line), join(c.new, (r) => r.column),
  ]);
  return `${Papa.unparse({ fields: [...CHANGE_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
