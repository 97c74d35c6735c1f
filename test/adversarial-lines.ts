/**
 * Pieces that, repeated along one long line (or, with line ends, over many lines), almost match a numbering marker, a number or a
 * table row again and again: what drives a backtracking regular expression into exponential
 * time. Shared by the adversarial test and the bench's linear-time check.
 */
export const ADVERSARIAL_PIECES: Record<string, string> = {
  'numbering markers': '（一）1.（1）一、第一章',
  digits: '1234567890',
  'decimal points': '1.2.3.4.',
  percent: '95%％',
  'open brackets': '（(【',
  tabs: '\t \t',
  pipes: '| |',
  'a table row': '学前教育毛入园率 | 94% | ',
  'comparators and units': '≥95%以上万人次',
  'full-width digits': '１２３．４５％',
  'years and ranges': '2020—2025年，',
  'question marks': '?？?',
  // Many short lines: what a reader that looks back over earlier lines would slow down on.
  'lines of one number': '95%\n',
  'one table cell a line': '\t学前三年毛入园率\n\t99.51\n\t约束性\n',
  'numbered lines': '1.\n（一）\n',
  'pipe rows': '| 1 | 2 |\n',
  'headings': '第一章 总则\n一、发展基础\n',
};

/** About `length` characters of one piece, repeated: one line, or many when the piece ends lines. */
export function adversarialLine(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
