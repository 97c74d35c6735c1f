import { parseDateLine } from './date.ts';
import { parseIssuerLine } from './issuer.ts';

/** What a sign-off block states: the date, and the organs signed above it or beside it. */
export interface SignOff {
  date: string;
  /** The issuing organs in order; empty when the date stands alone. */
  issuers: string[];
}

/**
 * Reads the sign-off of a block of lines (a notice wrapper, or a document's last lines): its
 * last date line, and the issuer lines standing right above it, blank lines skipped, or the
 * issuers printed before the date on the same line (`X县人民政府办公室  2021年9月30日印发`).
 * A date line with prose before it is not a sign-off.
 *
 * @example readSignOff(['中共张掖市委  张掖市人民政府', '2021年9月30日'])
 * // {date: '2021-09-30', issuers: ['中共张掖市委', '张掖市人民政府']}
 */
export function readSignOff(lines: readonly string[]): SignOff | null {
  for (let index = lines.length - 1; index >= 0; index--) {
    const dated = parseDateLine(lines[index] ?? '');
    if (dated === null) continue;
    if (dated.before !== '') {
      const beside = parseIssuerLine(dated.before);
      if (beside !== null) return { date: dated.date, issuers: beside };
      continue;
    }
    return { date: dated.date, issuers: issuersAbove(lines, index) };
  }
  return null;
}

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
