import type { DocumentContext, Span } from '../../pipeline/context.ts';
import { splitLines, type Line } from '../../pipeline/lines.ts';
import { compact, type CompactText } from './compact-text.ts';
import { headingOf, type Heading } from './headings.ts';
import { maskDamagedNumbers } from './damaged-numbers.ts';
import { UNITS } from '../quantity.ts';

/** A paragraph of running text: one or more lines of a hard-wrapped sentence run joined. */
export interface Paragraph extends CompactText, Span {
  /** The heading or numbered item the paragraph starts with, if any. */
  heading: Heading | null;
  /** A row of tab- or pipe-separated cells: a table's, even where no table reader claimed it. */
  tableRow: boolean;
}

/** What ends a sentence or a paragraph's last line, when it is the last character. */
const LINE_CLOSERS = new Set(['。', '！', '？', '!', '?', '；', ';', '：', ':']);
const TRAILING_QUOTES = /[”"’）)】」]+$/u;
/** A line shorter than this that ends without punctuation is a heading, not a wrapped sentence. */
const WRAPPED_LINE_LENGTH = 20;
/** A line shorter than this with no clause mark in it is a heading even where it ends in a number. */
const CUT_LINE_LENGTH = 10;

/**
 * The paragraphs of a document's running text, in order, skipping blank lines and the table
 * regions and the document's own table of contents; numbers cut through by encoding damage
 * are masked (see {@link maskDamagedNumbers}). A line that ends mid-sentence (no closing punctuation, long enough to have been
 * wrapped, or ending in `，`/`、`) continues on the next non-blank line unless that one starts
 * with a heading marker: plans are often hard-wrapped, with a blank line between the pieces.
 *
 * @example readParagraphs(context)[0]?.heading // {rank: 1, title: '总体目标'}
 */
export function readParagraphs(context: DocumentContext): Paragraph[] {
  const { document, tableRegions } = context;
  const text = maskDamagedNumbers(context, document.start, document.end);
  const skipped = document.contents ? [...tableRegions, document.contents] : tableRegions;
  const inTable = (line: Line) => skipped.some((region) => line.start < region.end && line.end > region.start);
  const lines = splitLines(text, document.start, document.end).filter((line) => line.text.trim() !== '' && !inTable(line));
  const paragraphs: Paragraph[] = [];
  let group: Line[] = [];
  const flush = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last) {
      const spans = group.map((line) => ({ start: line.start, end: Math.min(line.end, document.end) }));
      paragraphs.push({ ...compact(text, spans), start: first.start, end: last.end, heading: headingOf(first.text), tableRow: isTableRow(first.text) });
    }
    group = [];
  };
  for (const line of lines) {
    const previous = group[group.length - 1];
    const joined = previous && (continues(previous.text) || cutsNumber(previous.text, line.text));
    if (previous && !(joined && headingOf(line.text) === null && !isTableRow(line.text))) flush();
    group.push(line);
  }
  flush();
  return paragraphs;
}

/** Whether a line ends mid-sentence, so that the next line carries on its sentence. */
function continues(line: string): boolean {
  if (isTableRow(line)) return false;
  const trimmed = line.trim().replace(TRAILING_QUOTES, '');
  const last = trimmed[trimmed.length - 1] ?? '';
  if (LINE_CLOSERS.has(last)) return false;
  return last === '，' || last === ',' || last === '、' || trimmed.length >= WRAPPED_LINE_LENGTH;
}

/**
 * Whether a wrap cut a number from itself or its unit: the line ends in a digit, a decimal point
 * or a magnitude after a digit, and the next starts with a digit, %, 年 or another unit (`到20` /
 * `25年`, `96.` / `5%`, `3.6万` / `个`). Short lines end so too, and are then not headings.
 */
function cutsNumber(line: string, next: string): boolean {
  const trimmed = line.trimEnd();
  // A caption or box heading (`专栏1`, then `名师培养工程`) is short and has no clause in it.
  if (trimmed.length < CUT_LINE_LENGTH && !/[，,、：:；;]/u.test(trimmed)) return false;
  const last = trimmed.at(-1) ?? '';
  const rest = next.trimStart();
  if (/[\d.]/u.test(last)) return /[\d.%年]/u.test(rest[0] ?? '') || UNITS.some((unit) => rest.startsWith(unit));
  // `新增学位3.6万` / `个`: a magnitude after a number, its unit on the next line.
  return (last === '万' || last === '亿') && /\d/u.test(trimmed.at(-2) ?? '') && UNITS.some((unit) => rest.startsWith(unit));
}

/**
 * Table rows (tab- or pipe-separated cells, no sentence in them) are never wrapped sentences.
 * A line with a `。` is prose even with tabs in it: a whole plan printed on one line.
 */
function isTableRow(line: string): boolean {
  return (line.includes('\t') || line.includes('|')) && !line.includes('。');
}
