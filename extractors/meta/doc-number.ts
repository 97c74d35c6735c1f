/**
 * A document number (文号) as printed: the issuer's abbreviation and kind (市委发, 宁政办发), the
 * year in brackets (〔〕 officially; [] 【】 () in careless copies) and the serial with 号.
 * The abbreviation is bounded, so the pattern stays linear on any line.
 */
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[【（(] ?\d{4} ?[〕\]】）)] ?\d{1,5} ?号/u;

/**
 * Reads a line that starts with a document number: the number stands alone on its line, or
 * with 签发人 and a name after a space (`宁政办发〔2021〕60号  签发人：张三`). A number quoted in
 * prose (`按照《…》（甘政发〔2020〕12号）要求`) is not the document's own and gives null.
 *
 * @example parseDocNumberLine('市委发〔2021〕35号') // '市委发〔2021〕35号'
 */
export function parseDocNumberLine(line: string): string | null {
  const text = line.trim();
  const match = DOC_NUMBER.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/^\s/.test(rest)) return null;
  return match[0];
}
