import type { Line } from '../lines.ts';
import type { TextSpan } from '../context.ts';
import { spanOf } from './title.ts';

/** An article of a compilation that prints no contents, as found by its title and date lines. */
export interface DatedArticle {
  title: TextSpan;
}

/** The date a speech or report prints alone under its title, in brackets: `（2023年5月10日）`. */
const BRACKETED_DATE = /^[（(]\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日[）)]$/u;
/** A title is a name or a phrase, never a sentence or a clause list. */
const NOT_IN_A_TITLE = /[。！？!?；;：:]/u;
const MAX_TITLE_LINE = 60;
/** One dated title is a plan's cover; a compilation holds at least two articles. */
const MIN_ARTICLES = 2;
/** Lines a compilation may print above its first article: its own name (`2023年领导讲话汇编`), an editor. */
const MAX_HEADER_LINES = 2;

/**
 * Finds the articles of a compilation that has no table of contents (speeches, reports): each
 * opens with its title — one line, or a line and its `——` subtitle — directly above a date alone
 * in brackets (`（2023年5月10日）`). The file is split only when it opens with such a title (at
 * most two short lines above it: the compilation's own name) and holds at least two: a plan prints
 * at most one dated title, under its cover, and a paragraph before the first title would belong
 * to no article. Returns the articles in order, or [] when the file is
 * not such a compilation.
 *
 * @example findDatedArticles(splitLines('甲讲话\n（2023年5月10日）\n正文。\n乙讲话\n（2023年6月16日）\n正文。')).length // 2
 */
export function findDatedArticles(lines: readonly Line[]): DatedArticle[] {
  const content = lines.filter((line) => line.text.trim() !== '');
  const articles: DatedArticle[] = [];
  let firstTitleAt = -1;
  content.forEach((line, i) => {
    if (!BRACKETED_DATE.test(line.text.trim())) return;
    const last = content[i - 1];
    if (!last || !isTitleLine(last.text)) return;
    const above = content[i - 2];
    const subtitled = last.text.trim().startsWith('——') && above !== undefined && isTitleLine(above.text) && !above.text.trim().startsWith('——');
    if (articles.length === 0) firstTitleAt = subtitled ? i - 2 : i - 1;
    articles.push({ title: subtitled ? spanOf(above, last) : spanOf(last, last) });
  });
  const header = content.slice(0, Math.max(firstTitleAt, 0));
  const opensWithArticle = firstTitleAt >= 0 && header.length <= MAX_HEADER_LINES && header.every((line) => isTitleLine(line.text));
  return articles.length >= MIN_ARTICLES && opensWithArticle ? articles : [];
}

function isTitleLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 4 && trimmed.length <= MAX_TITLE_LINE && !NOT_IN_A_TITLE.test(trimmed) && !BRACKETED_DATE.test(trimmed);
}
