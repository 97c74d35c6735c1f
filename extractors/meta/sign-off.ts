import { parseDateLine } from './date.ts';
import { parseIssuerLine } from './issuer.ts';

/** What a sign-off block states: the date, and the organs signed above it or beside it. */
export interface SignOff {
  date: string;
  /** The issuing organs in order; empty when the date stands alone. */
  issuers: string[];
  /** Whether the date line says 印发/成文 (the 版记 at a document's foot). */
  marked: boolean;
}

/** Which sign-offs to take; by default every one. */
export type SignOffTest = (signOff: SignOff) => boolean;

/**
 * Reads the sign-off of a block of lines (a notice wrapper, or a document's last lines): its
 * last date line, and the issuer lines standing right above it, blank lines skipped, or the
 * issuers printed before the date on the same line (`X县人民政府办公室  2021年9月30日印发`).
 * A date line with prose before it is not a sign-off; `accept` may refuse others, and the
 * search goes on upwards.
 *
 * @example readSignOff(['中共张掖市委  张掖市人民政府', '2021年9月30日'])
 * // {date: '2021-09-30', issuers: ['中共张掖市委', '张掖市人民政府'], marked: false}
 */
export function readSignOff(lines: readonly string[], accept: SignOffTest = () => true): SignOff | null {
  for (let index = lines.length - 1; index >= 0; index--) {
    const dated = parseDateLine(lines[index] ?? '');
    if (dated === null) continue;
    const issuers = dated.before === '' ? issuersAbove(lines, index) : parseIssuerLine(dated.before);
    if (issuers === null) continue;
    const signOff = { date: dated.date, issuers, marked: dated.marked };
    if (accept(signOff)) return signOff;
  }
  return null;
}

/** 县教育局, 市财政局: organs named by a bare division, as tables and prose shorten them. */
const SHORTENED_ORGAN_START = new Set([...'省市州县区乡镇']);

/**
 * Whether a sign-off among a document's last lines is one, not the last row of a task table
 * (`县教育局` above `2025年12月`): its line says 印发/成文, or it gives a full date signed by
 * organs written in full, as a sign-off writes them.
 *
 * @example isClosingSignOff({date: '2025-12', issuers: ['县教育局'], marked: false}) // false
 */
export const isClosingSignOff: SignOffTest = (signOff) => {
  if (signOff.marked) return true;
  const fullDate = signOff.date.length === 'YYYY-MM-DD'.length;
  return fullDate && signOff.issuers.every((issuer) => !SHORTENED_ORGAN_START.has(issuer[0] ?? ''));
};

/**
 * The organs of a notice's masthead: the issuer line(s) right above its 关于… title line, or
 * the organs written before 关于 on that line (`青铜峡市人民政府办公室关于印发《…》的通知`).
 *
 * @example readMasthead(['青铜峡市人民政府办公室', '关于印发《青铜峡市教育事业发展']) // ['青铜峡市人民政府办公室']
 */
export function readMasthead(lines: readonly string[]): string[] {
  const index = lines.findIndex((line) => line.includes('关于'));
  if (index === -1) return [];
  const before = (lines[index] ?? '').slice(0, (lines[index] ?? '').indexOf('关于')).trim();
  if (before !== '') return parseIssuerLine(before) ?? [];
  return issuersAbove(lines, index);
}

/** The issuer lines standing right above line `index`, top to bottom, blank lines skipped. */
function issuersAbove(lines: readonly string[], index: number): string[] {
  const found: string[][] = [];
  for (let above = index - 1; above >= 0; above--) {
    const line = lines[above] ?? '';
    if (line.trim() === '') continue;
    const organs = parseIssuerLine(line);
    if (organs === null) break;
    found.unshift(organs);
  }
  return found.flat();
}
