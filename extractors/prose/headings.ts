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

const MARKERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^第[一二三四五六七八九十百]{1,4}(?:部分|章|篇)/u, 0],
  [/^[一二三四五六七八九十百]{1,4}[、.．]/u, 1],
  [/^[（(][一二三四五六七八九十百]{1,4}[）)]/u, 2],
  [/^\d{1,2}(?:[.．](?!\d)|、)/u, 3],
  [/^[（(]\d{1,2}[）)]/u, 4],
  [/^——/u, 5],
];

/**
 * The heading a line starts with, or null when it starts with no marker.
 *
 * @example headingOf('（三）发展目标。到2025年，…') // {rank: 2, title: '发展目标'}
 */
export function headingOf(line: string): Heading | null {
  // A plan converted to Markdown marks its headings `## 一、……` or `**（一）……**`.
  const text = line.trimStart().replace(/^(?:#{1,6}\s*|\*\*)/u, '');
  for (const [pattern, rank] of MARKERS) {
    const marker = pattern.exec(text);
    if (!marker) continue;
    const rest = text.slice(marker[0].length).trimStart();
    const stop = rest.indexOf('。');
    return { rank, title: (stop === -1 ? rest : rest.slice(0, stop)).trim() };
  }
  return null;
}
