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

/** `附件`, `附件1`, `附件 2：`, `附件一` alone on a line: the label over an attachment's own title. */
const ATTACHMENT_LABEL = /^附件\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s{0,2}[:：]?$/u;
/** An attachment's title names a list or table and may run longer than a heading. */
const MAX_ATTACHMENT_TITLE = 60;

/**
 * Whether a line is the label of an attachment printed after the plan (`附件1`), standing alone
 * over the attachment's title. `附件：X任务清单` on one line only lists an attachment and is not one.
 *
 * @example isAttachmentLabel('附件1') // true
 */
export function isAttachmentLabel(text: string): boolean {
  return ATTACHMENT_LABEL.test(text.trim());
}

/**
 * Whether a line can be an attachment's title: a name, no sentence in it.
 *
 * @example isAttachmentTitle('会宁县推进义务教育优质均衡发展重点任务分工表') // true
 */
export function isAttachmentTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= MAX_ATTACHMENT_TITLE && !CLAUSE_PUNCTUATION.test(trimmed);
}
