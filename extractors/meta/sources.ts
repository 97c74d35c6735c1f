import type { DocumentContext } from '../../pipeline/context.ts';
import { splitLines } from '../../pipeline/lines.ts';

/** The pieces of a document that state its metadata, as lines of normalized text. */
export interface MetaSources {
  /** The document's own title, '' when the splitter found none. */
  title: string;
  /** The notice wrapper's lines (doc number, addressees, 印发 sentence, sign-off). */
  wrapper: string[];
  /** The first lines after the title: a draft mark, a cover's issuer and date, an article's date. */
  underTitle: string[];
  /** The document's last lines: a sign-off (`X办公室`, `2022年10月 日印发`). */
  closing: string[];
  /** The document's whole text, wrapper included. */
  text: string;
}

/**
 * A title is a line or two; a longer "title" is a whole text that the splitter could not cut (a
 * single-line file), and reading a period or a draft mark out of it would be guessing.
 */
const MAX_TITLE = 200;
/** Lines under a title where a draft mark or an article's date is printed. */
const UNDER_TITLE_LINES = 3;
/** Last lines of a document where its sign-off stands (after 附件 lines and the like). */
const CLOSING_LINES = 6;

/**
 * Cuts a document into the pieces its metadata is read from. Blank lines are dropped from
 * the under-title and closing pieces, so their sizes count printed lines.
 *
 * @example metaSources(context).underTitle // ['（意见征求稿）', '为深入贯彻落实…', '一、总体目标']
 */
export function metaSources(context: DocumentContext): MetaSources {
  const { document, text } = context;
  const start = Math.min(document.start, document.wrapper?.start ?? document.start);
  const wrapper = document.wrapper ? lineTexts(text, document.wrapper.start, document.wrapper.end) : [];
  const bodyStart = document.title?.end ?? document.start;
  const printed = lineTexts(text, bodyStart, document.end).filter((line) => line.trim() !== '');
  return {
    title: document.title && document.title.text.length <= MAX_TITLE ? document.title.text : '',
    wrapper,
    underTitle: printed.slice(0, UNDER_TITLE_LINES),
    closing: printed.slice(-CLOSING_LINES),
    text: text.slice(start, document.end),
  };
}

function lineTexts(text: string, from: number, to: number): string[] {
  return splitLines(text, from, to).map((line) => line.text);
}
