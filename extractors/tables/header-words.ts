import { planPeriod } from './plan-period.ts';

/**
 * What the words of a header cell say about its column. Header cells are compared with their
 * white space removed, since plans pad them (`指    标`, `属  性`, `2020 年`).
 */

/** A header cell's text without white space. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A year in a header label, at its start or inside (`基期（2020年）`), not part of a longer number. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/** Longer labels are no year headers but text that mentions a year. */
const MAX_YEAR_LABEL = 14;
/** The end of a five-year plan as a column (`“十四五”末`, `十四五目标`): the plan's last year. */
const PLAN_END = /十[一二三四五六七八九]五[”"’]?(?:期?末|目标|规划目标)/;

/**
 * The year a header cell names (`2020年`, `2025 年`, `2025年目标`, `基期（2020年）`, `“十四五”末`
 * as 2025), or null. A number of another size (`2576`) is no year, nor is a long text.
 *
 * @example headerYear('2025 年') // 2025
 */
export function headerYear(text: string): number | null {
  const label = compact(text);
  if (label.length > MAX_YEAR_LABEL) return null;
  const match = YEAR.exec(label);
  if (match) return Number(match[1]);
  return PLAN_END.test(label) ? (planPeriod(label)?.end ?? null) : null;
}

/** The label of the column of indicator names. */
const NAME_LABEL = /^(?:主要)?(?:指标|项目|内容)(?:名称|内容)?(?:[（(].*[)）])?$|^名称$/;
/** The label of a column of groups (the first column of a grouped table). */
const CATEGORY_LABEL = /^(?:类别|类型|分类|领域|维度|方面|一级指标|指标类别|指标类型)$/;
const ATTRIBUTE_LABEL = /^(?:指标)?(?:属性|性质)$/;
const UNIT_LABEL = /^(?:计量)?单位$/;
const SEQ_LABEL = /^(?:序号|编号)$/;

/** The role a header label gives its column, when the label alone says it. */
export type LabelRole = 'name' | 'category' | 'attribute' | 'unit' | 'seq';

/**
 * The role a header label names, or null for a label that names none (a year, a region, '').
 *
 * @example labelRole('属  性') // 'attribute'
 */
export function labelRole(text: string): LabelRole | null {
  const label = compact(text);
  if (label === '') return null;
  if (NAME_LABEL.test(label)) return 'name';
  if (CATEGORY_LABEL.test(label)) return 'category';
  if (ATTRIBUTE_LABEL.test(label)) return 'attribute';
  if (UNIT_LABEL.test(label)) return 'unit';
  if (SEQ_LABEL.test(label)) return 'seq';
  return null;
}

/** A column of values without a year in its header (`目标值`, `现状`, `预期目标`). */
export function isValueLabel(text: string): boolean {
  const label = compact(text);
  return label.length <= 10 && (/值$/.test(label) || /现状|基期|基数|目标|预期|完成|实际/.test(label)) && labelRole(label) === null;
}
