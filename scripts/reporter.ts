import type { Diagnostic } from '../dataset/schema.ts';

/**
 * Formats a diagnostic for people, one line: `path:line:column severity message rule-id`, the
 * shape editors and terminals recognise as a place.
 *
 * @example formatDiagnostic('a.txt', {line: 3, column: 5, severity: 'warning', message: 'Unexpected …', ruleId: 'tables:ragged-row'})
 * // 'a.txt:3:5 warning Unexpected … tables:ragged-row'
 */
export function formatDiagnostic(path: string, diagnostic: Diagnostic): string {
  return `${path}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} ${diagnostic.ruleId}`;
}
