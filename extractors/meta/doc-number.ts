/**
 * A document number (文号) as printed: the issuer's abbreviation and kind (市委发, 宁政办发), the
 * year in brackets (〔〕 officially; [] 【】 () in careless copies) and the serial with 号.
 * The abbreviation is bounded, so the pattern stays linear on any line.
 */
export const DOC_NUMBER_PATTERN = '[\\u4e00-\\u9fff]{1,12}[〔[【（(] ?\\d{4} ?[〕\\]】）)] ?\\d{1,5} ?号';

/** A line that starts with a doc number, maybe inside brackets: `(皖政[2001]85号)` under a title. */
const DOC_NUMBER_LINE = new RegExp(`^([（(]?)(${DOC_NUMBER_PATTERN})`, 'u');

/**
 * Reads a line that starts with a document number: the number stands alone on its line (in
 * brackets, as some print it under the title), or with 签发人 and a name after a space
 * (`宁政办发〔2021〕60号  签发人：张三`). A number quoted in prose (`按照《…》（甘政发〔2020〕12号）要求`)
 * is not the document's own and gives null.
 *
 * @example parseDocNumberLine('市委发〔2021〕35号') // '市委发〔2021〕35号'
 */
export function parseDocNumberLine(line: string): string | null {
  const text = line.trim();
  const match = DOC_NUMBER_LINE.exec(text);
  if (!match) return null;
  const [whole, opening = '', number = ''] = match;
  const rest = text.slice(whole.length);
  if (opening !== '') return /^[）)]$/.test(rest) ? number : null;
  return rest === '' || /^\s/.test(rest) ? number : null;
}
