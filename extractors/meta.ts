import type { DocumentContext } from '../pipeline/context.ts';
import type { Meta } from '../dataset/schema.ts';
import { parseDateLine } from './meta/date.ts';
import { parseDocNumberLine } from './meta/doc-number.ts';
import { draftLabelOf } from './meta/draft.ts';
import { kindOf } from './meta/kind.ts';
import { periodOf } from './meta/period.ts';
import { regionOf } from './meta/region.ts';
import { readMasthead, readSignOff } from './meta/sign-off.ts';
import { metaSources } from './meta/sources.ts';

/**
 * A document's metadata, from its text alone; a field the text does not state is left out.
 *
 * Where each field is read, first place first:
 * - issuer(s) and date: the notice wrapper's sign-off (its masthead for the issuer), then the
 *   date line under the title (articles of a compilation: `(2025年9月11日)`), then the
 *   document's closing sign-off (`X办公室` / `2022年10月 日印发`). The wrapper's date is the
 *   issuing date; a closing 印发 date is the printing date and only fills in when there is none;
 * - docNumber: a wrapper line that starts with one, then the closing lines;
 * - period, kind: the title; draft: the title, the lines under it and the wrapper;
 * - region: the title's place name, else the issuer's (see regionOf);
 * - headline: as the splitter found it above the title.
 *
 * @example extractMeta(context) // {issuer: '青铜峡市人民政府办公室', date: '2022-10-25', period: '十四五', …}
 */
export function extractMeta(context: DocumentContext): Meta {
  const sources = metaSources(context);
  const wrapperSignOff = readSignOff(sources.wrapper);
  const closingSignOff = readSignOff(sources.closing);
  const issuers = firstNonEmpty([wrapperSignOff?.issuers ?? [], readMasthead(sources.wrapper), closingSignOff?.issuers ?? []]);
  const date = wrapperSignOff?.date ?? dateUnderTitle(sources.underTitle) ?? closingSignOff?.date;
  const docNumber = firstOf(sources.wrapper, parseDocNumberLine) ?? firstOf(sources.closing, parseDocNumberLine);
  const draftLabel = draftLabelOf([sources.title, ...sources.underTitle, ...sources.wrapper]);
  const meta: Meta = {
    ...(issuers.length > 0 ? { issuer: issuers.join('、'), issuers } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(docNumber !== null ? { docNumber } : {}),
    ...optional('period', periodOf(sources.title)),
    ...optional('region', regionOf(sources.title, sources.text, issuers)),
    ...(draftLabel !== null ? { draft: true, draftLabel } : {}),
    ...optional('kind', kindOf(sources.title)),
    ...optional('headline', context.document.headline?.text ?? null),
  };
  return meta;
}

/** The date of a date line standing alone among the first lines under the title. */
function dateUnderTitle(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const dated = parseDateLine(line);
    if (dated !== null && dated.before === '') return dated.date;
  }
  return undefined;
}

function firstNonEmpty(lists: readonly string[][]): string[] {
  return lists.find((list) => list.length > 0) ?? [];
}

function firstOf(lines: readonly string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const value = read(line);
    if (value !== null) return value;
  }
  return null;
}

function optional<K extends keyof Meta>(key: K, value: string | null): Partial<Meta> {
  return value === null || value === '' ? {} : { [key]: value };
}
