/**
 * Words that mark a text as not yet adopted, as plans print them under or inside the title.
 * A bracketed aside is matched by its ending, so `（公开征求意见稿）` gives 征求意见稿.
 */
const DRAFT_LABELS = ['征求意见稿', '意见征求稿', '送审稿', '讨论稿', '审议稿', '草案', '初稿', '草稿'] as const;

/** A bracketed aside of a title line: `（意见征求稿）`, `（2021—2025年）`, `(草案)`. */
const BRACKETED = /[（(【]([^（）()【】\n]{1,30})[）)】]/gu;

/**
 * The draft mark of a document, from the lines where plans print it: the title itself
 * (`…规划（草案）`), the line under the title (`（意见征求稿）`, or the bare word), or the
 * 《…》 quoted in a covering letter. The mark must be bracketed or stand alone on its line, so
 * that prose about drafts (`形成规划草案`) is not taken for one.
 *
 * @example draftLabelOf(['民乐县全面推进教育强县建设实施方案', '（意见征求稿）']) // '意见征求稿'
 */
export function draftLabelOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = line.trim();
    const alone = DRAFT_LABELS.find((label) => text === label);
    if (alone) return alone;
    for (const match of text.matchAll(BRACKETED)) {
      const aside = match[1] ?? '';
      const label = DRAFT_LABELS.find((candidate) => aside.endsWith(candidate));
      if (label) return label;
    }
  }
  return null;
}
