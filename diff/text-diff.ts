import { diffChars } from 'diff';
import type { Segment } from './change.ts';

/**
 * Limits of a shown diff. Myers' algorithm costs (length × edits): past a thousand edits or a
 * hundred thousand characters, the texts are shown as replaced whole, which keeps the time
 * bounded (and, unlike a time-out, the output the same on every machine).
 */
export const DIFF_LIMITS = { edits: 1000, characters: 100_000 } as const;

/**
 * Character-level diff of two texts (jsdiff's `diffChars`, Myers' algorithm): characters are
 * the right unit for Chinese, which has no spaces between words.
 *
 * @example diffText('加快发展', '加快推进发展') // [{op:'equal',text:'加快'},{op:'insert',text:'推进'},{op:'equal',text:'发展'}]
 */
export function diffText(oldText: string, newText: string): Segment[] {
  const tooLong = oldText.length + newText.length > DIFF_LIMITS.characters;
  const parts = tooLong ? undefined : diffChars(oldText, newText, { maxEditLength: DIFF_LIMITS.edits });
  if (parts === undefined) return [{ op: 'delete', text: oldText }, { op: 'insert', text: newText }];
  return parts.map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}

/** A text with all white space removed: line wrapping and indentation are not changes. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
