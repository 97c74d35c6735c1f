/**
 * Headings printed with no number: articles of compilations (and some plans) head their
 * sections with a short phrase on its own line, sometimes over two lines
 * (`抓实“一把手”述职` / `构建“书记抓、抓书记”教育工作格局`), followed by a paragraph.
 */

/** Longer than this, a line without punctuation is a wrapped sentence, not a heading. */
const MAX_HEADING_LENGTH = 30;
/** A heading is a phrase: no sentence or clause punctuation anywhere in it. */
const CLAUSE_PUNCTUATION = /[。！？!?；;，,：:…]/;
/** Lines that are short and bare but are no heading: a bracketed note, a date, a sign-off date. */
const NOT_A_HEADING = /^[（(].*[)）]$|^\d{4}年|年\d{1,2}月|日$|印发$|^附件|^[\d\s.%\-—]+$/;

/**
 * Whether a line, by its own text, can be an unnumbered heading.
 *
 * @example isHeadingPhrase('基础教育扩优提质') // true
 * @example isHeadingPhrase('接班人。') // false: a wrapped sentence's end
 */
export function isHeadingPhrase(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= MAX_HEADING_LENGTH && !CLAUSE_PUNCTUATION.test(trimmed) && !NOT_A_HEADING.test(trimmed);
}

/**
 * Whether a line reads as a paragraph of body text: it is longer than a heading or ends a
 * sentence. An unnumbered heading must be followed by one, which tells it from a sign-off
 * (`青铜峡市人民政府办公室` followed by a date) or a caption.
 */
export function isBodyParagraph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > MAX_HEADING_LENGTH || /[。！？!?]$/.test(trimmed);
}
