import type { Line } from '../lines.ts';
import { comparableName } from './compare-text.ts';
import type { TocBlock, TocCandidate } from './table-of-contents.ts';

const CONTENTS_HEADING = /^\s*目\s*录\s*$/u;
/** How many lines after 目录 the body may start; a contents list of a plan is a page or two. */
const MAX_CONTENTS_LINES = 80;
const MAX_ENTRY_LENGTH = 60;
/** Two entries suffice: the first printed again where the body starts is evidence enough. */
const MIN_ENTRIES = 2;

/**
 * Finds a contents list printed without page numbers (web copies drop them): the lines after a
 * `目录` line up to the line where the body begins, which is where the first entry is printed
 * again (`第一章 发展基础` heads the contents and then the body). Every entry is a short line
 * without a `。`; otherwise, or when the first entry never comes back, there is no such list.
 * Reads at most 80 lines after the `目录` line, so it costs nothing on long texts.
 *
 * @example findBareContents(splitLines('目录\n第一章 甲\n第二章 乙\n第三章 丙\n第一章 甲\n正文。'))?.entries.length // 3
 */
export function findBareContents(lines: readonly Line[]): TocBlock | null {
  const heading = lines.findIndex((line) => line.text.length <= 10 && CONTENTS_HEADING.test(line.text));
  if (heading === -1) return null;
  const entries: TocCandidate[] = [];
  for (const line of lines.slice(heading + 1, heading + 1 + MAX_CONTENTS_LINES)) {
    const text = line.text.trim();
    if (text === '') continue;
    const first = entries[0];
    if (first && comparableName(text) === comparableName(first.title)) {
      return entries.length >= MIN_ENTRIES ? { entries, startLine: heading, endLine: line.index } : null;
    }
    if (text.length > MAX_ENTRY_LENGTH || text.includes('。')) return null;
    entries.push({ group: null, seq: null, title: text, page: null, line });
  }
  return null;
}
