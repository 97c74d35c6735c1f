import { documentContext as proseContext } from '../../prose-context.ts';
import { splitLines } from '../../../pipeline/lines.ts';
import type { DocumentContext } from '../../../pipeline/context.ts';
import type { RuleId } from '../../../pipeline/rules.ts';
import type { ReaderInput } from '../../../extractors/tables/reader-input.ts';
import { isDamageAt } from '../../../pipeline/context.ts';

/** A report an extractor made, placed in the original text. */
export interface Reported {
  ruleId: RuleId;
  reason: string;
  line: number;
  column: number;
  severity: string;
}

export { linesOf } from '../../seeds.ts';

/**
 * A document context over an original text (the prose extractors' test context, titled
 * `title`), with the reports it received placed in the original.
 */
export function documentContext(original: string, title = ''): { context: DocumentContext; reports: Reported[] } {
  const base = proseContext(original, title);
  const reports: Reported[] = [];
  const context: DocumentContext = {
    ...base,
    report: (ruleId, reason, start, _end, severity = 'warning') => {
      const point = base.locator.point(start);
      reports.push({ ruleId, reason, line: point.line, column: point.column, severity });
    },
  };
  return { context, reports };
}

/** The input of a table reader over an original text. */
export function readerInput(original: string): ReaderInput {
  const { context } = documentContext(original);
  return {
    text: context.text,
    lines: splitLines(context.text),
    isDamage: (offset) => isDamageAt(context, offset),
  };
}
