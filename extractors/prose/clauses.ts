import type { Span } from '../../pipeline/context.ts';

/** A sentence of a paragraph's compact text and the clauses it is made of (offsets in that text). */
export interface Sentence extends Span {
  clauses: Span[];
}

const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLAUSE_ENDS = new Set(['，', ',', '：', ':', '|']);

/**
 * Splits a compact text into sentences (at 。！？；) and clauses (at ，：and table cell marks).
 * `；` ends a sentence here: plans use it between commitments, and a year stated inside one
 * (`到2030年，……达到60%；`) does not carry over to the next. A `,` or `:` between digits
 * (`1,200`, `18:1`) separates nothing.
 *
 * @example splitSentences('到2027年，达到10.5年。').map((s) => s.clauses.length) // [2]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Span[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const closeClause = (end: number) => {
    const span = trimmed(text, clauseStart, end);
    if (span.end > span.start) clauses.push(span);
  };
  for (let i = 0; i <= text.length; i++) {
    const char = text[i] ?? '';
    const last = i === text.length;
    const thousands = char === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    const ratio = (char === ':' || char === '：') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (last || SENTENCE_ENDS.has(char)) {
      closeClause(i);
      if (clauses.length > 0) sentences.push({ start: sentenceStart, end: i, clauses });
      clauses = [];
      sentenceStart = i + 1;
      clauseStart = i + 1;
    } else if (CLAUSE_ENDS.has(char) && !thousands && !ratio) {
      closeClause(i);
      clauseStart = i + 1;
    }
  }
  return sentences;
}

function trimmed(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}
