import { located, originalFields, type DocumentContext, type Located, type Span } from '../../pipeline/context.ts';
import { normalizedSpan } from './compact-text.ts';
import type { Statement } from './statements.ts';

/**
 * Where a statement's record stands: line and column of its number (what scoring and readers
 * look up), position over its whole clause (so that the position's text is `raw`), the clause
 * as printed without layout white space, and the original script of the clause and the name
 * when it differs (a Traditional source).
 *
 * @example statementPlace(context, statement).line // the line of the number
 */
export function statementPlace(context: DocumentContext, statement: Statement): Located & { raw: string; original: Record<string, string> | undefined } {
  const { paragraph, quantity, clause } = statement;
  const numberSpan = normalizedSpan(paragraph, quantity.numberStart, quantity.numberEnd);
  const number = located(context, numberSpan.start, numberSpan.end);
  const clauseSpan = normalizedSpan(paragraph, clause.start, clause.end);
  const raw = paragraph.text.slice(clause.start, clause.end);
  // The name is usually a stretch of the clause; then its original script can be given too.
  const nameAt = raw.indexOf(statement.name);
  const fields: Record<string, Span> = nameAt < 0 ? { raw: clauseSpan } : { name: normalizedSpan(paragraph, clause.start + nameAt, clause.start + nameAt + statement.name.length), raw: clauseSpan };
  return {
    line: number.line,
    column: number.column,
    position: located(context, clauseSpan.start, clauseSpan.end).position,
    raw,
    original: originalFields(context, fields),
  };
}

