import { normalize } from '../../../pipeline/normalize.ts';
import { createLocator } from '../../../pipeline/location.ts';
import { splitLines } from '../../../pipeline/lines.ts';
import type { DocumentContext } from '../../../pipeline/context.ts';
import type { RuleId } from '../../../pipeline/rules.ts';
import type { ReaderInput } from '../../../extractors/tables/reader-input.ts';

/** A report an extractor made, placed in the original text. */
export interface Reported {
  ruleId: RuleId;
  reason: string;
  line: number;
  column: number;
  severity: string;
}

/** Lines `from`..`to` (1-based, inclusive) of a text, joined as a text of their own. */
export function linesOf(text: string, from: number, to: number): string {
  return text.split(/\r?\n/).slice(from - 1, to).join('\n');
}

/**
 * A document context over an original text (normalized as the pipeline does, one document
 * titled by `title`), with the reports it received.
 */
export function documentContext(original: string, title = ''): { context: DocumentContext; reports: Reported[] } {
  const normalized = normalize(original);
  const locator = createLocator(original, normalized.map);
  const reports: Reported[] = [];
  const context: DocumentContext = {
    text: normalized.text,
    locator,
    report: (ruleId, reason, start, _end, severity = 'warning') => {
      const point = locator.point(start);
      reports.push({ ruleId, reason, line: point.line, column: point.column, severity });
    },
    document: { start: 0, end: normalized.text.length, title: title ? { text: title, start: 0, end: 0 } : null, wrapper: null, headline: null, contents: null },
    documentId: 'doc#1',
    tableRegions: [],
  };
  return { context, reports };
}

/** The input of a table reader over an original text. */
export function readerInput(original: string): ReaderInput {
  const { context } = documentContext(original);
  return {
    text: context.text,
    lines: splitLines(context.text),
    isDamage: (offset) => context.locator.originalText(offset, offset + 1) === '?',
  };
}
