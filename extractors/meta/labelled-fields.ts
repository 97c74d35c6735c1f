import { DOC_NUMBER_PATTERN } from './doc-number.ts';
import { isOrganName } from './issuer.ts';

/** Metadata that a government site's disclosure header states under its own labels. */
export interface LabelledFields {
  issuers?: string[];
  date?: string;
  docNumber?: string;
}

/**
 * Labels of the disclosure header that government sites print above a published document
 * (`索引号： … 发文机关：张掖市人民政府办公室 成文日期：2021-09-30 文号：张政办发〔2021〕60号`).
 * Only labels that name the issuing organ and the date the document was made are read:
 * 发布机构 and 发布日期 are the site's publisher and posting date, which may be another organ
 * and a later day.
 */
const ISSUER_LABEL = /(?:发文机关|发文单位|发文机构)[:：] ?([\u4e00-\u9fff（）()]{3,30})/u;
const DATE_LABEL = /(?:成文日期|成文时间|印发日期|发文日期)[:：] ?(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})/u;
const DOC_NUMBER_LABEL = new RegExp(`(?:文号|发文字号)[:：] ?(${DOC_NUMBER_PATTERN})`, 'u');

/** Header lines are short; longer lines are prose, and the cap keeps matching cheap. */
const MAX_HEADER_LINE = 200;

/**
 * Reads the labelled issuer, date and doc number of a disclosure header, from the first line
 * that states each.
 *
 * @example readLabelledFields(['发文机关：张掖市人民政府办公室  成文日期：2021-09-30']) // {issuers: ['张掖市人民政府办公室'], date: '2021-09-30'}
 */
export function readLabelledFields(lines: readonly string[]): LabelledFields {
  const fields: LabelledFields = {};
  for (const line of lines) {
    if (line.length > MAX_HEADER_LINE) continue;
    const issuer = ISSUER_LABEL.exec(line)?.[1];
    if (fields.issuers === undefined && issuer !== undefined && isOrganName(issuer)) fields.issuers = [issuer];
    const date = DATE_LABEL.exec(line);
    if (fields.date === undefined && date !== null) fields.date = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '') ?? undefined;
    const docNumber = DOC_NUMBER_LABEL.exec(line)?.[1];
    if (fields.docNumber === undefined && docNumber !== undefined) fields.docNumber = docNumber;
  }
  return fields;
}

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
