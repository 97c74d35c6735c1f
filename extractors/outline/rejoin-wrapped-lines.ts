/**
 * Plain-text copies of plans are often hard-wrapped: a sentence breaks off mid-word and goes on
 * after a line end, sometimes after a blank line too (`…全面发展的社会主义建设者和` / `接班人。`).
 * A line that ends a sentence closes its paragraph; any other line runs on into the next.
 */

/** A line closes its paragraph when it ends in sentence-final punctuation, perhaps inside quotes or brackets. */
const SENTENCE_END = /[。！？!?；;：:…][”’"』」）)]*$/;

/**
 * Whether the line after `previous` continues its sentence.
 *
 * @example continuesSentence('4.坚持学生全面发展。……社会主义建设者和') // true
 */
export function continuesSentence(previous: string): boolean {
  return !SENTENCE_END.test(previous.trimEnd());
}

/**
 * Where paragraphs break between consecutive lines: `breaks[i]` says whether a line end stands
 * between line i and line i + 1 (false: the sentence runs on).
 */
export function paragraphBreaks(lines: readonly string[]): boolean[] {
  return lines.slice(1).map((_, i) => !continuesSentence(lines[i] ?? ''));
}

/**
 * Joins lines into text as written: a wrapped line is joined to the next without a break
 * (Chinese has no spaces between words), paragraphs are separated by a line end. Give `breaks`
 * to join another rendering of the same lines (the original script) at the same places.
 *
 * @example rejoinLines(['建设者和', '接班人。', '5.坚持…']) // '建设者和接班人。\n5.坚持…'
 */
export function rejoinLines(lines: readonly string[], breaks: readonly boolean[] = paragraphBreaks(lines)): string {
  return lines.map((line, i) => (i === 0 ? '' : breaks[i - 1] ? '\n' : '') + line.trim()).join('');
}

/** Lines shorter than this say nothing of a wrap width: headings, list items, ends of paragraphs. */
const MIN_WRAPPED_LENGTH = 16;
/** Share of the long lines that must have the same length for it to be a wrap width. */
const WRAP_SHARE = 0.25;
const MIN_WRAPPED_LINES = 3;
/** Share of the long lines that may run past the wrap width (a table row, an address). */
const MAX_LONGER_SHARE = 0.1;

/**
 * The width a text was hard-wrapped at, or null when it was not: the line length that a
 * quarter or more of its long lines share (a typeset text breaks its lines at one width;
 * paragraphs of running text end wherever they end), and that few lines run past.
 *
 * @example wrapWidth(Array(5).fill('一'.repeat(32)).concat(['短句。'])) // 32
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    const length = line.trim().length;
    if (length < MIN_WRAPPED_LENGTH) continue;
    long++;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [length, count] of [...counts].toSorted((a, b) => a[0] - b[0])) {
    if (count > bestCount) [best, bestCount] = [length, count];
  }
  if (best === null || bestCount < MIN_WRAPPED_LINES || bestCount < long * WRAP_SHARE) return null;
  // a wrap width is where lines stop: a length that many lines run past is a coincidence of
  // short headings (`一、充分肯定近年来…成绩` four times 17 characters), not a width
  const longer = [...counts].reduce((sum, [length, count]) => sum + (length > best ? count : 0), 0);
  return longer <= long * MAX_LONGER_SHARE ? best : null;
}
