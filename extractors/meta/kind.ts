/**
 * The kinds of document this family holds, by the word a title ends with. Longer words come
 * before the shorter ones they end with (实施方案 before 方案), and compound names fold to
 * the kind researchers file them under (规划纲要, 行动纲要 → 纲要; 实施意见, 指导意见 → 意见).
 */
const KINDS: ReadonlyArray<readonly [ending: string, kind: string]> = [
  ['实施方案', '实施方案'], ['行动方案', '行动方案'], ['工作方案', '工作方案'], ['方案', '方案'],
  ['行动计划', '行动计划'], ['工作计划', '工作计划'], ['计划', '计划'],
  ['纲要', '纲要'], ['规划', '规划'],
  ['意见', '意见'], ['综述', '综述'], ['要点', '要点'], ['办法', '办法'], ['细则', '细则'], ['决定', '决定'], ['报告', '报告'],
];

/** Asides printed after the kind word: `（2021—2025年）`, `（意见征求稿）`. */
const TRAILING_ASIDES = /(?:[（(][^（）()]{0,30}[）)]\s*)+$/u;

/**
 * The kind of a document from its title: the kind word the title ends with, once trailing
 * bracketed asides (period, draft mark) are set aside. Null when the title ends otherwise.
 *
 * @example kindOf('张掖市“十五五”教育发展规划（征求意见稿）') // '规划'
 */
export function kindOf(title: string): string | null {
  const core = title.trim().replace(TRAILING_ASIDES, '').trim();
  return KINDS.find(([ending]) => core.endsWith(ending))?.[1] ?? null;
}
