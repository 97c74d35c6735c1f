import type { Line } from '../../pipeline/lines.ts';
import type { TextSpan } from '../../pipeline/context.ts';
import { readMarker, type Marker, type MarkerStyle } from './markers.ts';
import { continuesSentence } from './rejoin-wrapped-lines.ts';
import { isAttachmentLabel, isAttachmentTitle, isBodyParagraph, isHeadingPhrase } from './unmarked-headings.ts';

/** A heading or numbered item as read from the lines, before it is placed in the hierarchy. */
export interface RawItem {
  style: MarkerStyle;
  /** The marker as printed; `""` for an unnumbered heading. */
  marker: string;
  ordinal: number | null;
  /** Offset of the marker (of the heading text, when unnumbered) in the normalized text. */
  start: number;
  /** Offset just past the item's last line. */
  end: number;
  /** The title: heading text up to its first `。`; two lines joined for a two-line heading. */
  title: TextSpan;
  /** The item's own text after its title: the rest of its first line and the lines up to the next item. */
  body: TextSpan[];
  /** The title's line was cut by hard wrapping before the title's `。`: it goes on in the next line. */
  titleRunsOn: boolean;
}

/** One line the outline reads, and whether a region it skipped (a table) stands before it. */
export interface OutlineLine extends Line {
  afterGap: boolean;
}

/** Longest title a dash item that follows another on the same line may have. */
const MAX_INLINE_DASH_TITLE = 20;
const CLAUSE_PUNCTUATION = /[，,；;：:、！？!?]/;
/** What a title never ends with: punctuation, and the closing `**` of Markdown bold. */
const TITLE_TRAILER = /[。：:；;，,\s*]+$/;

/**
 * Reads the items of a document from its lines (non-empty, tables and contents already left
 * out): every line that starts with a marker, every unnumbered heading phrase that stands between
 * paragraphs, the title of an attachment under its `附件1` label, and — on lines led by `——` — further `——短语。` items run on in the same line.
 * Every other line is body text of the item before it.
 */
export function readItems(lines: readonly OutlineLine[], wrappedAt: number | null = null): RawItem[] {
  const isWrapped = (line: Line) => wrappedAt !== null && line.text.trim().length >= wrappedAt - 1;
  const items: RawItem[] = [];
  let previousWasHeading = true; // the document's title stands before its first line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as OutlineLine;
    const marker = readMarker(line.text);
    if (marker) {
      const read = marker.style === 'dash' ? dashItems(line, marker) : [markedItem(line, marker)];
      const last = read.at(-1);
      if (last && last.body.length === 0 && !line.text.includes('。') && isWrapped(line)) last.titleRunsOn = true;
      items.push(...read);
      previousWasHeading = true;
      continue;
    }
    const next = lines[i + 1];
    if (isAttachmentLabel(line.text) && next && !next.afterGap && readMarker(next.text) === null && isAttachmentTitle(next.text)) {
      const title = trimmedSpan(next.text, next.start, 0, next.text.length);
      items.push({ ...unmarkedItem(title, title, next.end), style: 'attachment' });
      i++;
      previousWasHeading = true;
      continue;
    }
    const heading = unmarkedHeading(lines, i, previousWasHeading);
    if (heading) {
      items.push(heading.item);
      i += heading.lines - 1;
      previousWasHeading = true;
      continue;
    }
    const current = items.at(-1);
    if (current?.titleRunsOn && !line.afterGap) {
      continueTitle(current, line, isWrapped(line));
    } else if (current) {
      current.body.push(trimmedSpan(line.text, line.start, 0, line.text.length));
      current.end = line.end;
    }
    previousWasHeading = false;
  }
  return items;
}

/** Longest a title grows over wrapped lines before the rest is taken for body. */
const MAX_TITLE_LENGTH = 100;

/** Takes a wrapped line into the title up to its `。`; what follows the `。` is body. */
function continueTitle(item: RawItem, line: Line, wrapped: boolean): void {
  const stop = line.text.indexOf('。');
  const titleEnd = stop === -1 ? line.text.replace(TITLE_TRAILER, '').length : stop;
  const piece = trimmedSpan(line.text, line.start, 0, titleEnd);
  item.title = { text: item.title.text + piece.text, start: item.title.start, end: piece.end };
  item.end = line.end;
  item.titleRunsOn = stop === -1 && wrapped && item.title.text.length < MAX_TITLE_LENGTH;
  if (stop !== -1 && line.text.slice(stop + 1).trim() !== '') item.body.push(trimmedSpan(line.text, line.start, stop + 1, line.text.length));
}

function markedItem(line: Line, marker: Marker, from = 0, to = line.text.length): RawItem {
  const textStart = from + marker.textStart;
  const text = line.text.slice(textStart, to);
  const stop = text.indexOf('。');
  const titleEnd = stop === -1 ? textStart + text.replace(TITLE_TRAILER, '').length : textStart + stop;
  const title = trimmedSpan(line.text, line.start, textStart, titleEnd);
  const restStart = stop === -1 ? to : textStart + stop + 1;
  const body = restStart < to && line.text.slice(restStart, to).trim() !== '' ? [trimmedSpan(line.text, line.start, restStart, to)] : [];
  return { style: marker.style, marker: marker.text, ordinal: marker.ordinal, start: line.start + from + marker.start, end: line.start + to, title, body, titleRunsOn: false };
}

/** A line led by `——` may run on into further `——短语。` items (`…心理辅导室——聚力教研能力建设。…`). */
function dashItems(line: Line, marker: Marker): RawItem[] {
  const starts = [0];
  for (let at = line.text.indexOf('——', marker.textStart); at !== -1; at = line.text.indexOf('——', at + 2)) {
    const stop = line.text.indexOf('。', at + 2);
    const phrase = stop === -1 ? '' : line.text.slice(at + 2, stop);
    if (phrase.length >= 2 && phrase.length <= MAX_INLINE_DASH_TITLE && !CLAUSE_PUNCTUATION.test(phrase)) starts.push(at);
  }
  return starts.map((from, k) => markedItem(line, k === 0 ? marker : { ...marker, start: 0, textStart: 2 }, from, starts[k + 1] ?? line.text.length));
}

/**
 * An unnumbered heading at line `i`: a heading phrase after a closed paragraph (or a heading),
 * followed by a paragraph or a numbered item; or two such phrases in a row (one heading printed
 * over two lines), then the paragraph.
 */
function unmarkedHeading(lines: readonly OutlineLine[], i: number, previousWasHeading: boolean): { item: RawItem; lines: 1 | 2 } | null {
  const line = lines[i] as OutlineLine;
  const previous = lines[i - 1];
  const opensParagraph = previousWasHeading || line.afterGap || !previous || !continuesSentence(previous.text);
  if (!opensParagraph || !isHeadingPhrase(line.text)) return null;
  const next = lines[i + 1];
  if (!next || next.afterGap) return null;
  const startsBody = (candidate: OutlineLine | undefined) => candidate !== undefined && !candidate.afterGap && (isBodyParagraph(candidate.text) || readMarker(candidate.text) !== null);
  const first = trimmedSpan(line.text, line.start, 0, line.text.length);
  if (startsBody(next)) return { item: unmarkedItem(first, first, line.end), lines: 1 };
  if (readMarker(next.text) === null && isHeadingPhrase(next.text) && startsBody(lines[i + 2])) {
    return { item: unmarkedItem(first, trimmedSpan(next.text, next.start, 0, next.text.length), next.end), lines: 2 };
  }
  return null;
}

function unmarkedItem(first: TextSpan, last: TextSpan, end: number): RawItem {
  const text = first === last ? first.text : first.text + last.text;
  return { style: 'unmarked', marker: '', ordinal: null, start: first.start, end, title: { text, start: first.start, end: last.end }, body: [], titleRunsOn: false };
}

/** The span of `line.slice(from, to)` without surrounding white space, at its offsets in the text. */
function trimmedSpan(lineText: string, lineStart: number, from: number, to: number): TextSpan {
  const slice = lineText.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const text = slice.trim();
  return { text, start: lineStart + from + lead, end: lineStart + from + lead + text.length };
}
