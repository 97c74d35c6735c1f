import type { VFile } from 'vfile';
import { RULES, type RuleId } from './rules.ts';
import type { Diagnostic } from '../dataset/schema.ts';
import { compareStrings } from './compare.ts';

/**
 * The diagnostics of a file, from its VFile messages: sorted by place then rule, duplicates
 * removed, so that output is identical from run to run.
 */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  const diagnostics = file.messages.map((message): Diagnostic => ({
    ruleId: isRuleId(message.ruleId) ? message.ruleId : 'extract:crash',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    line: message.line ?? 1,
    column: message.column ?? 1,
  }));
  const sorted = diagnostics.toSorted((a, b) => a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message));
  return sorted.filter((d, i) => {
    const previous = sorted[i - 1];
    return !previous || previous.line !== d.line || previous.column !== d.column || previous.ruleId !== d.ruleId || previous.message !== d.message;
  });
}

function isRuleId(value: string | undefined): value is RuleId {
  return value !== undefined && Object.hasOwn(RULES, value);
}
