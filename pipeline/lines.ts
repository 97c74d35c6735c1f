/** A line of the normalized text: its text without the line end, and where it stands. */
export interface Line {
  /**
   * 0-based index of the line among the lines split (the whole text's lines when no range is
   * given); not the original line number.
   */
  index: number;
  text: string;
  /** Offset of the line's first character in the normalized text. */
  start: number;
  /** Offset just past the line's last character (before the `\n`). */
  end: number;
}

/**
 * Splits a normalized text (LF line ends) into lines with their offsets, optionally only the
 * lines that start within `[from, to)`. A range is read from its first line on, never from the
 * top of the text: a file of thousands of documents splits each in time of its own length.
 *
 * @example splitLines('a\nb')[1] // {index: 1, text: 'b', start: 2, end: 3}
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  // the first line that starts at or after `from`
  let start = from <= 0 ? 0 : text[from - 1] === '\n' ? from : text.indexOf('\n', from) + 1 || text.length + 1;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (start >= to) break;
    if (start >= from) lines.push({ index, text: text.slice(start, end), start, end });
    if (newline === -1) break;
    start = newline + 1;
    index++;
  }
  return lines;
}
