import { compact } from './header-words.ts';
import { parseValue } from '../quantity.ts';

/** What the words of a body cell say it is, apart from a figure. */

const NO_FIGURE = /^[-－—–/／…]+$/;
const ATTRIBUTE = /^(?:约束性?|预期性?)$/;

/**
 * A cell that stands for no figure on purpose: `-`, `—`, `/`, `——`.
 *
 * @example isNoFigure('-') // true
 */
export function isNoFigure(text: string): boolean {
  return NO_FIGURE.test(compact(text));
}

/**
 * A cell of the attribute column: 约束性, 预期性.
 *
 * @example isAttributeWord('预期性') // true
 */
export function isAttributeWord(text: string): boolean {
  return ATTRIBUTE.test(compact(text));
}

/**
 * A cell that is a figure: a number at its start (after a comparator) with at most a unit and a
 * short qualifier after it (`95% (基本均衡)`), not a name that holds a number (`1. 学前教育毛入园率`).
 *
 * @example isFigure('>96%') // true
 */
export function isFigure(text: string): boolean {
  const trimmed = text.trim();
  const quantity = parseValue(trimmed);
  return quantity !== null && quantity.start <= 1 && trimmed.length - quantity.end <= 8;
}
