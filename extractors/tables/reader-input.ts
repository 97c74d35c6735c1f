import type { Line } from '../../pipeline/lines.ts';
import type { FileContext } from '../../pipeline/context.ts';

/** What a table reader reads: the document's lines and how to tell damage from white space. */
export interface ReaderInput {
  /** The whole normalized text; line offsets index into it. */
  text: string;
  lines: Line[];
  /** Whether the blank at a normalized offset was a `?` (or U+FFFD) in the original. */
  isDamage(offset: number): boolean;
}

/** Whether a line holds nothing but white space. */
export function isBlankLine(line: Line): boolean {
  return line.text.trim() === '';
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
