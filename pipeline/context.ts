import type { VFile } from 'vfile';
import type { Locator } from './location.ts';
import type { RuleId } from './rules.ts';
import type { Position } from '../dataset/schema.ts';

/** A range of the normalized text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of normalized text and where it stands. */
export interface TextSpan extends Span {
  text: string;
}

/** One logical document of a file, as the splitter found it (offsets in the normalized text). */
export interface DocumentSpan extends Span {
  /** The document's own title line(s), joined; null when none was found. */
  title: TextSpan | null;
  /** The notice wrapper (印发通知, addressees, issuer, date) before the title, when there is one. */
  wrapper: Span | null;
  /** A feature headline printed above the title (articles of a compilation), when there is one. */
  headline: TextSpan | null;
  /** The document's own table of contents (目录 of chapters), which the outline skips. */
  contents: Span | null;
}

/** Where a record stands in the original file: the fields every located record carries. */
export interface Located {
  line: number;
  column: number;
  position: Position;
}

/** What every stage gets about the file it works on. */
export interface FileContext {
  /** The whole normalized text (Simplified, LF, half-width digits). */
  text: string;
  /** Converts normalized offsets to original positions; the only way records get positions. */
  locator: Locator;
  /** Reports a data problem at a normalized range. Never throw for bad data: report it. */
  report(ruleId: RuleId, reason: string, start: number, end?: number, severity?: Severity): void;
}

/** What an extractor gets: the file, plus the document it extracts from. */
export interface DocumentContext extends FileContext {
  document: DocumentSpan;
  /** The document's id; record ids start with it. */
  documentId: string;
  /**
   * Ranges of the normalized text that the table reader took as indicator tables (caption to
   * last row). The prose extractors (outline, targets, facts) skip them: a table row such as
   * `1. 学前教育毛入园率（%）` is neither a numbered task nor a sentence.
   */
  tableRegions: Span[];
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * The located fields of a record covering the normalized range `[start, end)`.
 *
 * @example {...located(context, 10, 14), name: '学前三年毛入园率'}
 */
export function located(context: FileContext, start: number, end: number): Located {
  const position = context.locator.position(start, end);
  return { line: position.start.line, column: position.start.column, position };
}

/**
 * The original text of those of a record's fields whose normalized text differs from it (a
 * Traditional source), or undefined when none does. Give each field's normalized range.
 * White space is ignored in the comparison, so a title rejoined from wrapped lines counts as
 * the same.
 *
 * @example originalFields(context, {name: {start: 3, end: 7}}) // {name: '學前教育'}
 */
export function originalFields(context: FileContext, fields: Record<string, Span>): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  for (const [field, span] of Object.entries(fields)) {
    const original = context.locator.originalText(span.start, span.end);
    if (collapse(original) === collapse(context.text.slice(span.start, span.end))) continue;
    found ??= {};
    found[field] = original.replace(/\s*\r?\n\s*/g, '').trim();
  }
  return found;
}

/**
 * Whether the character at a normalized offset is a blank the original prints as `?` or U+FFFD
 * (encoding damage, blanked by normalization).
 *
 * @example isDamageAt(context, 5) // true where the original has `?>99%`
 */
export function isDamageAt(context: FileContext, offset: number): boolean {
  const original = context.locator.originalText(offset, offset + 1);
  return original === '?' || original === '\ufffd';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Creates the report function of a file context: messages go on the VFile, placed in the original. */
export function reporterFor(file: VFile, locator: Locator): FileContext['report'] {
  return (ruleId, reason, start, end = start, severity = 'warning') => {
    const place = locator.position(start, end);
    const message = file.message(reason, { place, ruleId, source: 'plan-extract' });
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  };
}
