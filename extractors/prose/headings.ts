import { readMarker, type MarkerStyle } from '../outline/markers.ts';

/**
 * The numbering plans put before their headings and items, ranked from the outermost:
 * `第一部分` 0, `一、` 1, `（一）` 2, `1.` 3, `（1）` 4, `——` 5. The prose extractors use the rank
 * to know where a governing phrase (`到2027年`) stops applying and which section a sentence
 * belongs to; the outline extractor owns the full hierarchy.
 */

/** A heading or numbered item that starts a paragraph. */
export interface Heading {
  /** 0 for `第一部分`/`第一章` … 5 for `——`; smaller is outer. */
  rank: number;
  /** The heading's text after its marker, up to the first `。`. */
  title: string;
}

/** The rank of each marker style: divisions (第一部分, 第一章 …) share the outermost. */
const RANK: Readonly<Record<Exclude<MarkerStyle, 'unmarked' | 'attachment'>, number>> = {
  part: 0, article: 0, chapter: 0, section: 0, clause: 0,
  'chinese-comma': 1, 'chinese-paren': 2, 'arabic-dot': 3, 'arabic-paren': 4, circled: 4, dash: 5,
};

/**
 * The heading a line starts with, or null when it starts with no marker. Markers are read as
 * the outline reads them ({@link readMarker}).
 *
 * @example headingOf('（三）发展目标。到2025年，…') // {rank: 2, title: '发展目标'}
 */
export function headingOf(line: string): Heading | null {
  const marker = readMarker(line);
  if (!marker || marker.style === 'unmarked' || marker.style === 'attachment') return null;
  const rest = line.slice(marker.textStart);
  const stop = rest.indexOf('。');
  return { rank: RANK[marker.style], title: (stop === -1 ? rest : rest.slice(0, stop)).trim() };
}
