import { splitLines } from '../pipeline/lines.ts';
import type { DocumentContext, DocumentSpan, Span, TextSpan } from '../pipeline/context.ts';
import { fileContextOf } from './contexts.ts';

/** 1-based, inclusive line ranges of a hand-made document span. */
export interface DocumentLines {
  /** The notice wrapper's lines. */
  wrapper?: [first: number, last: number];
  /** The feature headline's line. */
  headline?: number;
  /** The title's line. */
  title: number;
  /** The document's first and last lines; the whole text when not given. */
  lines?: [first: number, last: number];
}

/**
 * A DocumentContext over `original` (normalized as the pipeline does) with the document span
 * cut by hand, as the splitter would cut it, so extractors can be tested before and apart from
 * the splitter (contexts.ts has the splitter's own cut).
 *
 * @example documentContext(seedText(SEED.zhangye2035), {wrapper: [1, 5], title: 6})
 */
export function documentContext(original: string, cut: DocumentLines): DocumentContext {
  const context = fileContextOf(original);
  const { text } = context;
  const lines = splitLines(text);
  const line = (number: number) => {
    const found = lines[number - 1];
    if (!found) throw new Error(`No line ${number}`);
    return found;
  };
  const textSpan = (number: number): TextSpan => ({ text: line(number).text.trim(), start: line(number).start, end: line(number).end });
  const range = ([first, last]: [number, number]): Span => ({ start: line(first).start, end: line(last).end });
  const whole = cut.lines ? range(cut.lines) : { start: 0, end: text.length };
  const document: DocumentSpan = {
    ...whole,
    title: textSpan(cut.title),
    wrapper: cut.wrapper ? range(cut.wrapper) : null,
    headline: cut.headline ? textSpan(cut.headline) : null,
    contents: null,
  };
  return { ...context, document, documentId: 'test#1', tableRegions: [] };
}
