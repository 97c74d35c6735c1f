import { diffChars } from 'diff';
import type { Segment } from './change.ts';

/**
 * Character-level diff of two texts (jsdiff's `diffChars`, Myers' algorithm): characters are
 * the right unit for Chinese, which has no spaces between words.
 *
 * @example diffText('加快发展', '加快推进发展') // [{op:'equal',text:'加快'},{op:'insert',text:'推进'},{op:'equal',text:'发展'}]
 */
export function diffText(oldText: string, newText: string): Segment[] {
  return diffChars(oldText, newText).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}

/** A text with all white space removed: line wrapping and indentation are not changes. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
