/**
 * Pieces that, repeated along one long line, almost match a numbering marker, a number or a
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
};

/** A line of about `length` characters of one piece, repeated. */
export function adversarialLine(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
