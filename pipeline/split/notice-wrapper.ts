import type { Line } from '../lines.ts';
import type { TextSpan } from '../context.ts';
import { comparableName } from './compare-text.ts';
import { withPeriodNote } from './title.ts';

/** How many non-empty lines from the top a notice wrapper may take. */
const WRAPPER_SEARCH_LINES = 40;
/** How many non-empty lines after the notice the plan's own title may stand. */
const TITLE_SEARCH_LINES = 40;
/** The verbs of a notice that hands on a plan: 印发, 转发, 发布, 印送. */
const NOTICE_VERB = /印发|转发|发布|印送/;

/**
 * Finds a plan inside its notice wrapper (`关于印发《X》的通知 … 现印发给你们 … issuer, date`):
 * the name X quoted with a notice verb, then the first later line (or two lines) that prints X
 * as a title. Returns the title's span, or null when there is no notice or X is not printed.
 *
 * @example for seed 004: the title line 青铜峡市教育事业发展“十四五”规划 after its 通知.
 */
export function findWrappedTitle(lines: readonly Line[]): TextSpan | null {
  const content = lines.filter((line) => line.text.trim() !== '');
  const head = content.slice(0, WRAPPER_SEARCH_LINES);
  for (let i = 0; i < head.length; i++) {
    const notice = quotedNameWithVerb(head[i] as Line, head[i + 1]);
    if (!notice) continue;
    const title = findPrintedName(content.slice(i + 1, i + 1 + TITLE_SEARCH_LINES), notice);
    if (title) return title;
  }
  return null;
}

/**
 * A notice title that names its plan without 《》, as many government sites print it
 * (`甘州区人民政府办公室关于印发甘州区“十四五”教育事业发展规划的通知`). Bounded, so it stays cheap.
 */
const UNQUOTED_NOTICE = /关于(?:印发|转发|印送)([^《》\n]{4,80})的通知$/u;
const MAX_NOTICE_LINE = 160;

/**
 * The name in 《…》 that a line (run on into the next line when the name wraps) hands on with a
 * notice verb, or the name of an unquoted `关于印发X的通知`.
 */
function quotedNameWithVerb(line: Line, next: Line | undefined): string | null {
  const open = line.text.indexOf('《');
  if (open === -1) return line.text.length <= MAX_NOTICE_LINE ? (UNQUOTED_NOTICE.exec(line.text.trim())?.[1] ?? null) : null;
  const text = line.text + (line.text.includes('》', open) ? '' : (next?.text ?? ''));
  const close = text.indexOf('》', open);
  if (close === -1 || close - open > 80) return null;
  const around = text.slice(Math.max(0, open - 12), close + 40);
  return NOTICE_VERB.test(around) ? text.slice(open + 1, close) : null;
}

/** The first of `lines` (or two consecutive ones) that prints `name` as a title, with a period line under it. */
function findPrintedName(lines: readonly Line[], name: string): TextSpan | null {
  const wanted = comparableName(name);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const own = comparableName(line.text);
    const next = lines[i + 1];
    if (own === wanted) return withPeriodNote(line, line, next);
    if (next && wanted.startsWith(own) && own.length > 0 && comparableName(line.text + next.text) === wanted) return withPeriodNote(line, next, lines[i + 2]);
  }
  return null;
}
