import type { Line } from '../lines.ts';

/** One entry of a table of contents, as printed. */
export interface TocCandidate {
  /** The group heading the entry stands under (`一、教育高质量发展`), if any. */
  group: string | null;
  seq: number | null;
  title: string;
  page: number | null;
  line: Line;
}

/** A table of contents: its entries and the lines it covers (indices, end exclusive). */
export interface TocBlock {
  entries: TocCandidate[];
  startLine: number;
  endLine: number;
}

/** Fewer entries than this in a row are a short list, not a table of contents. */
const MIN_ENTRIES = 3;
/** An entry is a short line: a title and a page number, never a paragraph. */
const MAX_ENTRY_LENGTH = 80;

const SEQ = /^\s*(\d{1,3})\s*[.、．]\s*/;
const GROUP = /^\s*([一二三四五六七八九十]{1,3})、\s*\S/;
const CONTENTS_HEADING = /^\s*目\s*录\s*$/;
/** A chapter or section heading listed with its page: `第一章 总体要求 3`. */
const HEADING_ENTRY = /^\s*(第[一二三四五六七八九十\d]{1,4}(部分|章|节|篇)|[一二三四五六七八九十]{1,3}、)/;
/** Leader dots between a title and its page: `……`, `....`, `···`. */
const LEADER = /[.…·．\s]+$/;

/**
 * Finds the first table of contents in the lines: a run of at least three entries — lines that
 * end in a page number after a numbered title (`3.德州教育高质量发展综述9`) or after leader dots
 * (`第一章 总则……1`) — possibly grouped under `一、…` lines, with pages that never go back.
 *
 * @example findTableOfContents(splitLines('1.甲综述1\n2.乙综述5\n3.丙综述9'))?.entries.length // 3
 */
export function findTableOfContents(lines: readonly Line[]): TocBlock | null {
  let run: TocCandidate[] = [];
  let runStart = -1;
  let group: string | null = null;
  const close = (endLine: number): TocBlock | null => (run.length >= MIN_ENTRIES ? { entries: run, startLine: runStart, endLine } : null);
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const previousPage = run.at(-1)?.page ?? 0;
    const entry = readEntry(line, group, previousPage);
    if (entry) {
      if (runStart === -1) runStart = line.index;
      run.push(entry);
      continue;
    }
    if (text.length <= 30 && (GROUP.test(text) || CONTENTS_HEADING.test(text))) {
      // a group heading (or the word 目录) opens or continues the contents
      if (runStart === -1) runStart = line.index;
      group = CONTENTS_HEADING.test(text) ? null : text;
      continue;
    }
    const found = close(line.index);
    if (found) return found;
    run = [];
    runStart = -1;
    group = null;
  }
  return close(lines.length === 0 ? 0 : (lines.at(-1)?.index ?? 0) + 1);
}

/** Reads a line as an entry whose page is at least `previousPage`, or null. */
function readEntry(line: Line, group: string | null, previousPage: number): TocCandidate | null {
  const text = line.text.trim();
  if (text.length > MAX_ENTRY_LENGTH || text.includes('。')) return null;
  const digits = /\d{1,4}$/.exec(text)?.[0];
  if (!digits) return null;
  const seqMatch = SEQ.exec(text);
  const body = seqMatch ? text.slice(seqMatch[0].length) : text;
  const beforePage = body.slice(0, body.length - digits.length);
  const hasLeader = /[.…·．]$/.test(beforePage);
  const spacedHeading = HEADING_ENTRY.test(text) && /\s$/.test(beforePage);
  if (!seqMatch && !hasLeader && !spacedHeading) return null;
  const page = choosePage(body, digits, previousPage);
  const title = body.slice(0, body.length - String(page).length).replace(LEADER, '');
  if (title === '' || /^\d/.test(title)) return null;
  return { group, seq: seqMatch ? Number(seqMatch[1]) : null, title, page, line };
}

/**
 * A title may itself end in digits (`…2035`), so the page is the shortest run of final digits
 * that does not go back from the previous entry's page.
 */
function choosePage(body: string, digits: string, previousPage: number): number {
  for (let k = 1; k <= digits.length; k++) {
    const page = Number(body.slice(body.length - k));
    if (page >= previousPage) return page;
  }
  return Number(digits);
}
