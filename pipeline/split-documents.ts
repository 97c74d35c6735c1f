import type { DocumentSpan, FileContext, Span } from './context.ts';
import type { TocEntry } from '../dataset/schema.ts';
import { splitLines, type Line } from './lines.ts';
import { findTrailingBoilerplate } from './split/boilerplate.ts';
import { findTableOfContents, type TocBlock } from './split/table-of-contents.ts';
import { findBareContents } from './split/bare-contents.ts';
import { findArticles, listsDocuments } from './split/compilation.ts';
import { findDatedArticles, type DatedArticle } from './split/dated-articles.ts';
import { findWrappedTitle } from './split/notice-wrapper.ts';
import { findTitleLine, spanOf } from './split/title.ts';

/** How a file divides into documents. */
export interface Split {
  documents: DocumentSpan[];
  /** A compilation's table of contents. */
  toc?: TocEntry[];
  /** First and last line (original file) of trailing web boilerplate that belongs to no document. */
  boilerplate?: [number, number];
}

/**
 * Splits a file into its documents.
 *
 * - Trailing web boilerplate (微信扫一扫, 链接地址, 版权声明 …) is cut off first: it belongs to
 *   no document.
 * - A table of contents that lists documents (…综述, …规划) makes the file a compilation: each
 *   entry found in the body starts an article at its headline or title; an entry with no
 *   article is reported (`split:missing-article`), never invented.
 * - A file with no contents that opens with a title over a bracketed date (`（2023年5月10日）`)
 *   and holds two or more such is a compilation of speeches or reports: one article per title.
 * - Otherwise the file is one document: a notice wrapper (关于印发《X》的通知 …) belongs to the
 *   plan X it hands on, whose own title line is the document's title; without a wrapper the
 *   title is the first line that reads as one. A contents list of chapters (with page numbers,
 *   or without them after a `目录` line) is kept as the document's `contents`.
 *
 * @example splitDocuments(context).documents[0].title?.text // '青铜峡市教育事业发展“十四五”规划'
 */
export function splitDocuments(context: FileContext): Split {
  const lines = splitLines(context.text);
  if (!lines.some((line) => line.text.trim() !== '')) return { documents: [] };
  const boilerplateLine = findTrailingBoilerplate(lines);
  const bodyLines = boilerplateLine === null ? lines : lines.slice(0, boilerplateLine);
  const bodyEnd = boilerplateLine === null ? context.text.length : (lines[boilerplateLine] as Line).start;
  const boilerplate = boilerplateLine === null ? undefined : boilerplateRange(context, lines.slice(boilerplateLine));
  const toc = findTableOfContents(bodyLines) ?? findBareContents(bodyLines);
  if (toc && listsDocuments(toc)) {
    const compilation = splitCompilation(context, bodyLines, toc, bodyEnd);
    if (compilation.documents.length > 0) return { ...compilation, ...(boilerplate ? { boilerplate } : {}) };
  }
  const dated = toc ? [] : findDatedArticles(bodyLines);
  const documents = dated.length > 0 ? datedDocuments(dated, bodyEnd) : [singleDocument(context, bodyLines, bodyEnd, toc)];
  return { documents, ...(boilerplate ? { boilerplate } : {}) };
}

/** Articles found by their dated titles: each runs from its title to the next one's. */
function datedDocuments(articles: readonly DatedArticle[], end: number): DocumentSpan[] {
  return articles.map((article, i) => ({
    start: article.title.start,
    end: articles[i + 1]?.title.start ?? end,
    title: article.title,
    wrapper: null,
    headline: null,
    contents: null,
  }));
}

function singleDocument(context: FileContext, lines: readonly Line[], end: number, toc: TocBlock | null): DocumentSpan {
  const contents = toc ? tocSpan(lines, toc) : null;
  const title = findWrappedTitle(lines) ?? findTitleLine(lines, 0) ?? fallbackTitle(context, lines);
  const start = firstContentOffset(lines);
  const wrapper = title && title.start > start ? { start, end: title.start } : null;
  return { start, end, title, wrapper, headline: null, contents };
}

/** Without a recognisable title, the first non-empty line stands in for it, and that is said. */
function fallbackTitle(context: FileContext, lines: readonly Line[]): DocumentSpan['title'] {
  const first = lines.find((line) => line.text.trim() !== '');
  if (!first) return null;
  context.report('split:no-title', 'Unexpected first line, expected a plan title (…规划, …纲要, …实施方案); the first line is taken as the title', first.start, first.end, 'info');
  return spanOf(first, first);
}

function splitCompilation(context: FileContext, lines: readonly Line[], toc: TocBlock, end: number): Pick<Split, 'documents' | 'toc'> {
  const body = lines.slice(toc.endLine);
  const articles = findArticles(body, toc);
  const found = new Set(articles.map((article) => article.entry));
  const documents = articles.map((article, i): DocumentSpan => ({
    start: article.start,
    end: articles[i + 1]?.start ?? end,
    title: article.title,
    wrapper: null,
    headline: article.headline,
    contents: null,
  }));
  const entries = toc.entries.map((entry): TocEntry => {
    const present = found.has(entry);
    if (!present) {
      context.report('split:missing-article', `Unexpected contents entry “${entry.title}” with no article in the body, expected its title line`, entry.line.start, entry.line.end, 'warning');
    }
    return { group: entry.group, seq: entry.seq, title: entry.title, page: entry.page, line: context.locator.point(entry.line.start).line, present };
  });
  return { documents, toc: entries };
}

function tocSpan(lines: readonly Line[], toc: TocBlock): Span {
  const first = lines[toc.startLine] as Line;
  const last = lines[toc.endLine - 1] as Line;
  return { start: first.start, end: last.end };
}

function firstContentOffset(lines: readonly Line[]): number {
  return lines.find((line) => line.text.trim() !== '')?.start ?? 0;
}

function boilerplateRange(context: FileContext, lines: readonly Line[]): [number, number] {
  const content = lines.filter((line) => line.text.trim() !== '');
  const first = content[0] as Line;
  const last = content.at(-1) as Line;
  return [context.locator.point(first.start).line, context.locator.point(last.start).line];
}
