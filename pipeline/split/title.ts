import type { Line } from '../lines.ts';
import type { TextSpan } from '../context.ts';

/** The words a plan document's title ends in: the kind of document it is. */
const KIND_AT_END = /(规划|纲要|方案|计划|意见|综述|要点|办法|报告|行动|细则|措施|战略|指南|条例|决定|规定)$/;
/** A bracketed note after the kind: `（2021—2025年）`, `（意见征求稿）`. */
const TRAILING_NOTE = /[（(][^（()）\n]{1,20}[)）]$/;
/** A title is a name, not a sentence. */
const SENTENCE_PUNCTUATION = /[。；;！？!?：:]/;
/** A sign-off date (`2021年12月30日`, `二〇二一年十二月三十日`) is never the first half of a title. */
const DATE_LINE = /(?:\d{4}|[〇○零一二三四五六七八九]{4}) ?年.{1,6}日$/u;
const MAX_TITLE_LENGTH = 60;
/**
 * A title names a place or a subject before its kind word (`普洱市教育工作综述`); a shorter line
 * ending in one is a site's menu entry (`规划计划`, `发展规划`).
 */
const MIN_TITLE_LENGTH = 6;
/** A title wraps where the line is full; a line this short is a menu entry, not a title's first half. */
const MIN_WRAPPED_TITLE_LINE = 6;
/**
 * A web page's navigation path (`首页 > 政务公开 > 规划计划`, `当前位置：…`) may end in a kind
 * word (规划计划) but names a section of the site, not the document.
 */
const NAVIGATION = /[>＞»›]|^(?:首页|当前位置|您的位置|您现在的位置)/;
/** A period printed under a title as its own line: `（2021—2025年）`; it belongs to the title. */
const PERIOD_NOTE = /^[（(]\d{4} ?[—–\-－~～至到]{1,2} ?\d{4}年?[)）]$/;
/** How many non-empty lines from the top a title may stand at. */
const TITLE_SEARCH_LINES = 20;

/**
 * Whether a line reads as a plan document's title: short, no sentence punctuation, ending in
 * the kind of document (…规划, …纲要, …实施方案, …综述, …意见), possibly followed by a period or
 * draft note in brackets. A notice (关于印发《…》的通知) is not a plan's title.
 *
 * @example looksLikeTitle('张掖市“十五五”教育发展规划') // true
 */
export function looksLikeTitle(text: string): boolean {
  let name = withoutHeadingMarks(text.trim());
  if (name.length < MIN_TITLE_LENGTH || name.length > MAX_TITLE_LENGTH || SENTENCE_PUNCTUATION.test(name)) return false;
  if (/^关于(印发|转发)/.test(name) || /通知$/.test(name) || NAVIGATION.test(name)) return false;
  for (let i = 0; i < 2 && TRAILING_NOTE.test(name); i++) name = name.replace(TRAILING_NOTE, '').trim();
  return KIND_AT_END.test(name);
}

/**
 * The title among the first non-empty lines from `from` on: a line that looks like a title, or
 * two consecutive short lines that do together (a title wrapped over two lines). A period printed
 * on the very next line (`（2021—2025年）`) is part of the title; a draft mark there is not (it
 * is read as such by the metadata, and seed 001's gold keeps it out of the title).
 */
export function findTitleLine(lines: readonly Line[], from: number): TextSpan | null {
  const candidates = lines.slice(from).filter((line) => line.text.trim() !== '').slice(0, TITLE_SEARCH_LINES);
  for (let i = 0; i < candidates.length; i++) {
    const line = candidates[i] as Line;
    const next = candidates[i + 1];
    if (looksLikeTitle(line.text)) return withPeriodNote(line, line, next);
    if (next && next.index - line.index <= 2 && line.text.trim().length >= MIN_WRAPPED_TITLE_LINE && !SENTENCE_PUNCTUATION.test(line.text) && !DATE_LINE.test(line.text.trim()) && looksLikeTitle(line.text.trim() + next.text.trim())) {
      return spanOf(line, next);
    }
  }
  return null;
}

/**
 * The span of a title printed from `first` to `last`, with the period printed on the very next
 * line (`（2021—2025年）`) when there is one: it is part of the title.
 */
export function withPeriodNote(first: Line, last: Line, next: Line | undefined): TextSpan {
  return next && next.index === last.index + 1 && PERIOD_NOTE.test(next.text.trim()) ? spanOf(first, next, first === last ? [] : [last]) : spanOf(first, last);
}

/** The `# ` of a title converted to Markdown is markup, not part of the title. */
const HEADING_MARKS = /^#{1,6}\s*/;

function withoutHeadingMarks(text: string): string {
  return text.replace(HEADING_MARKS, '');
}

/**
 * The text span from the start of `first` to the end of `last`, its text the lines joined; the
 * `# ` of a Markdown heading before the first line is left out.
 */
export function spanOf(first: Line, last: Line, between: readonly Line[] = []): TextSpan {
  const parts = [first, ...between, ...(last === first ? [] : [last])];
  const lead = first.text.length - first.text.trimStart().length;
  const marks = first.text.trimStart().length - withoutHeadingMarks(first.text.trimStart()).length;
  const start = first.start + lead + marks;
  const end = last.end - (last.text.length - last.text.trimEnd().length);
  return { text: parts.map((line) => line.text.trim()).join('').slice(marks), start, end };
}
