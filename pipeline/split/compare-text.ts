/**
 * Folds a piece of normalized text for comparing two mentions of the same name: a plan's name
 * is quoted 《…》 in its notice, printed bare as the title, sometimes with its “十四五” quotes
 * dropped (`青铜峡市教育事业发展十四五规划`), and wrapped over two lines.
 *
 * @example comparableName('《青铜峡市教育事业发展“十四五”规划》') === comparableName('青铜峡市教育事业发展十四五规划') // true
 */
export function comparableName(text: string): string {
  return text.replace(/[\s“”‘’"'《》「」〈〉]/g, '').replaceAll('（', '(').replaceAll('）', ')');
}
