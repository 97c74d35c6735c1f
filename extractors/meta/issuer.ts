/**
 * How the name of an issuing organ ends: 中共张掖市委, 张掖市人民政府, 青铜峡市人民政府办公室,
 * 甘肃省教育厅, 市教育局, 中共中央, 国务院, 教育部, 县委教育工作领导小组 … Longer endings first.
 */
const ORGAN_ENDINGS = [
  '委员会', '人民政府', '办公室', '办公厅', '领导小组', '党组', '工委', '政府', '中心', '中央',
  '委', '厅', '局', '部', '院', '署', '办', '处',
] as const;

/** An organ name is Han characters only (brackets for `（区）` in 市（区）教育局), at least three. */
const ORGAN_NAME = /^[\u4e00-\u9fff（）()]{3,30}$/u;

/** Sign-off lines are short; longer lines are prose. */
const MAX_ISSUER_LINE = 80;

/**
 * Reads a line that names one or more issuing organs and nothing else, as a sign-off or a
 * masthead prints them: several organs stand on one line separated by spaces or 、
 * (`中共张掖市委  张掖市人民政府`; a `??` of encoding damage between them is a space by now).
 * Returns the organs in order, or null when any part of the line is not an organ name
 * (addressee lists, sentences, headings).
 *
 * @example parseIssuerLine('中共张掖市委  张掖市人民政府') // ['中共张掖市委', '张掖市人民政府']
 */
export function parseIssuerLine(line: string): string[] | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_ISSUER_LINE) return null;
  const parts = text.split(/[\s、]+/u).filter((part) => part !== '');
  return parts.every(isOrganName) ? parts : null;
}

/**
 * Whether a string reads as the name of an organ.
 *
 * @example isOrganName('青铜峡市人民政府办公室') // true
 */
export function isOrganName(text: string): boolean {
  return ORGAN_NAME.test(text) && ORGAN_ENDINGS.some((ending) => text.endsWith(ending));
}
