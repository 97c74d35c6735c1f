import type { Line } from '../lines.ts';
import type { TextSpan } from '../context.ts';
import type { TocBlock, TocCandidate } from './table-of-contents.ts';
import { comparableName } from './compare-text.ts';
import { looksLikeTitle, spanOf } from './title.ts';

/** An article of a compilation, as found in the body. */
export interface Article {
  entry: TocCandidate;
  title: TextSpan;
  headline: TextSpan | null;
  /** Offset where the article starts: its headline, else its title. */
  start: number;
}

/** A headline is a short phrase on its own line, never a sentence. */
const MAX_HEADLINE_LENGTH = 40;
const SENTENCE_END = /[。！？!?；;，,：:…]$/;

/**
 * Whether a table of contents lists documents (a compilation: its entries are titles such as
 * …综述, …规划) rather than the chapters of one plan (第一章 总则, 一、发展基础).
 */
export function listsDocuments(toc: TocBlock): boolean {
  const titled = toc.entries.filter((entry) => looksLikeTitle(entry.title)).length;
  return titled * 2 > toc.entries.length;
}

/**
 * Finds each entry of a compilation's contents in the body (`lines`, after the contents), in
 * order: the first line after the previous article's title that prints the entry's title. The
 * short line just above a title, when it is no sentence, is the article's feature headline.
 * Entries with no article in the body are left out; the caller reports them.
 */
export function findArticles(lines: readonly Line[], toc: TocBlock): Article[] {
  const articles: Article[] = [];
  let cursor = 0;
  for (const entry of toc.entries) {
    const wanted = comparableName(entry.title);
    const at = lines.findIndex((line, i) => i >= cursor && comparableName(line.text) === wanted);
    if (at === -1) continue;
    const titleLine = lines[at] as Line;
    const above = previousNonEmpty(lines, at, cursor);
    const headline = above && isHeadline(above.text) ? spanOf(above, above) : null;
    const title = spanOf(titleLine, titleLine);
    articles.push({ entry, title, headline, start: headline?.start ?? titleLine.start });
    cursor = at + 1;
  }
  return articles;
}

function previousNonEmpty(lines: readonly Line[], at: number, floor: number): Line | undefined {
  for (let i = at - 1; i >= floor; i--) {
    const line = lines[i] as Line;
    if (line.text.trim() !== '') return line;
  }
  return undefined;
}

function isHeadline(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 4 && trimmed.length <= MAX_HEADLINE_LENGTH && !SENTENCE_END.test(trimmed) && !/^[(（]?\d{4}年/.test(trimmed);
}
