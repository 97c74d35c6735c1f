import type { Span } from '../../pipeline/context.ts';

/**
 * A stretch of the normalized text with its layout white space taken out (spaces around
 * numbers, line breaks of hard-wrapped sentences), so that `选培 10 门` and `覆\n盖率` read as
 * the words they are. Every character keeps the normalized offset it came from.
 */
export interface CompactText {
  text: string;
  /** Runs of characters copied without a gap: compact index `at` is normalized offset `from`. */
  runs: Array<{ at: number; from: number }>;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * Builds the compact text of normalized ranges laid end to end. White space is dropped, except
 * a single space between two ASCII word characters (`教育 APP` stays two words); a tab becomes
 * `|`, since it separates table cells as `|` does.
 *
 * @example compact('学前 三年\n毛入园率', [{start: 0, end: 10}]).text // '学前三年毛入园率'
 */
export function compact(source: string, spans: readonly Span[]): CompactText {
  const pieces: string[] = [];
  const runs: CompactText['runs'] = [];
  let length = 0;
  let lastChar = '';
  for (const span of spans) {
    let runStart = -1;
    const flush = (to: number) => {
      if (runStart < 0) return;
      const piece = source.slice(runStart, to).replaceAll('\t', '|');
      runs.push({ at: length, from: runStart });
      pieces.push(piece);
      length += piece.length;
      lastChar = piece[piece.length - 1] ?? lastChar;
      runStart = -1;
    };
    for (let i = span.start; i < span.end; i++) {
      const char = source[i] ?? '';
      const space = char !== '\t' && WHITE_SPACE.test(char);
      const keepSpace = space && char === ' ' && ASCII_WORD.test(runStart < 0 ? lastChar : (source[i - 1] ?? '')) && ASCII_WORD.test(source[i + 1] ?? '');
      if (space && !keepSpace) flush(i);
      else if (runStart < 0) runStart = i;
    }
    flush(span.end);
  }
  return { text: pieces.join(''), runs };
}

const WHITE_SPACE = /\s/;

/** The normalized offset of compact index `index` (the offset just past the text for its length). */
export function normalizedOffset(compacted: CompactText, index: number): number {
  if (index >= compacted.text.length) return normalizedOffset(compacted, compacted.text.length - 1) + 1;
  let low = 0;
  let high = compacted.runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((compacted.runs[middle]?.at ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  const run = compacted.runs[low] ?? { at: 0, from: 0 };
  return run.from + (index - run.at);
}

/**
 * The normalized range of compact range `[start, end)`.
 *
 * @example normalizedSpan(compact('a b', [{start: 0, end: 3}]), 0, 2) // {start: 0, end: 3}
 */
export function normalizedSpan(compacted: CompactText, start: number, end: number): Span {
  return { start: normalizedOffset(compacted, start), end: normalizedOffset(compacted, Math.max(start, end - 1)) + 1 };
}
