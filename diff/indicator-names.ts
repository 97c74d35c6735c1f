/**
 * The form of an indicator name that two drafts are compared on: white space, quotation marks
 * and a trailing unit in brackets removed, brackets made half-width. `学前教育毛入园率（%）`
 * and `学前教育毛入园率` are one indicator; `学前三年毛入园率` is only similar (see `dice`).
 *
 * @example normalizeIndicatorName('“双师型” 教师占比（%）') // '双师型教师占比'
 */
export function normalizeIndicatorName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/\((?:%|‰|[^()]{1,3}[人年个所元岁册台次])\)$/u, '');
}
