import type { Line } from '../../pipeline/lines.ts';

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
