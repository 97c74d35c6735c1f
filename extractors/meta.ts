import type { DocumentContext } from '../pipeline/context.ts';
import type { Meta } from '../dataset/schema.ts';
import { parseDocNumberLine } from './meta/doc-number.ts';
import { draftLabelOf } from './meta/draft.ts';
import { kindOf } from './meta/kind.ts';
import { readLabelledFields, type LabelledFields } from './meta/labelled-fields.ts';
import { periodOf } from './meta/period.ts';
import { regionOf } from './meta/region.ts';
import { isClosingSignOff, readMasthead, readSignOff, type SignOff } from './meta/sign-off.ts';
import { metaSources, type MetaSources } from './meta/sources.ts';

/** What the places that state issuer, date and doc number say, read once. */
interface Statements {
  sources: MetaSources;
  wrapperSignOff: SignOff | null;
  labelled: LabelledFields;
  /** A cover's issuer and date under the title, or an article's `(2025年9月11日)`. */
  underTitleSignOff: SignOff | null;
  closingSignOff: SignOff | null;
}

/**
 * A document's metadata, from its text alone; a field the text does not state is left out.
 *
 * Where each field is read, first place first:
 * - issuer(s): the notice wrapper's sign-off, a disclosure header's 发文机关, the wrapper's
 *   masthead, the title's own `X关于…` opening, a cover's sign-off under the title, the
 *   document's closing sign-off;
 * - date: the wrapper's sign-off, the header's 成文日期, a date line under the title (a cover;
 *   articles of a compilation: `(2025年9月11日)`), the closing sign-off. The wrapper's date is
 *   the issuing date; a closing `2022年10月 日印发` is the printing date and only fills in;
 * - docNumber: a wrapper line or a line under the title that is one, the header's 文号, the
 *   closing lines;
 * - period, kind: the title; draft: the title, the lines under it and the wrapper;
 * - region: the title's place name, else the issuer's (see regionOf);
 * - headline: as the splitter found it above the title.
 *
 * @example extractMeta(context) // {issuer: '青铜峡市人民政府办公室', date: '2022-10-25', period: '十四五', …}
 */
export function extractMeta(context: DocumentContext): Meta {
  const sources = metaSources(context);
  const statements: Statements = {
    sources,
    wrapperSignOff: readSignOff(sources.wrapper),
    labelled: readLabelledFields([...sources.wrapper, ...sources.underTitle]),
    underTitleSignOff: readSignOff(sources.underTitle),
    closingSignOff: readSignOff(sources.closing, isClosingSignOff),
  };
  const issuers = issuersOf(statements);
  const date = dateOf(statements);
  const docNumber = docNumberOf(statements);
  const draftLabel = draftLabelOf([sources.title, ...sources.underTitle, ...sources.wrapper]);
  return {
    ...(issuers.length > 0 ? { issuer: issuers.join('、'), issuers } : {}),
    ...optional('date', date),
    ...optional('docNumber', docNumber),
    ...optional('period', periodOf(sources.title)),
    ...optional('region', regionOf(sources.title, sources.text, issuers)),
    ...(draftLabel !== null ? { draft: true, draftLabel } : {}),
    ...optional('kind', kindOf(sources.title)),
    ...optional('headline', context.document.headline?.text ?? null),
  };
}

function issuersOf({ sources, wrapperSignOff, labelled, underTitleSignOff, closingSignOff }: Statements): string[] {
  const candidates = [
    wrapperSignOff?.issuers,
    labelled.issuers,
    readMasthead(sources.wrapper),
    readMasthead([sources.title]),
    underTitleSignOff?.issuers,
    closingSignOff?.issuers,
  ];
  return candidates.find((issuers) => issuers !== undefined && issuers.length > 0) ?? [];
}

function dateOf({ wrapperSignOff, labelled, underTitleSignOff, closingSignOff }: Statements): string | null {
  const date = wrapperSignOff?.date ?? labelled.date ?? underTitleSignOff?.date ?? closingSignOff?.date ?? null;
  // a cover gives the month (二〇二一年十月), the closing sign-off the day of that month
  const closing = closingSignOff?.date;
  return date !== null && closing !== undefined && closing.length > date.length && closing.startsWith(`${date}-`) ? closing : date;
}

function docNumberOf({ sources, labelled }: Statements): string | null {
  return firstOf(sources.wrapper, parseDocNumberLine) ?? firstOf(sources.underTitle, parseDocNumberLine)
    ?? labelled.docNumber ?? firstOf(sources.closing, parseDocNumberLine);
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
