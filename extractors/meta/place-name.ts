/** Reading the place names that open titles and organ names: 张掖市, 西藏自治区, 德州. */

/**
 * Endings of Chinese administrative divisions, longer first (自治区 before 区), so that a
 * name is cut after its whole ending.
 */
export const DIVISION_ENDINGS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '省', '市', '县', '区', '州', '盟', '旗'] as const;

/** A name with a one-character ending has at most this many characters before it (乌鲁木齐市). */
export const MAX_SHORT_STEM = 4;
/** 黔东南苗族侗族自治州: names ending in 自治X carry the people's names and run longer. */
const MAX_LONG_STEM = 8;
/** Endings after which a one-character stem is a common name (德州, 沧州, 沛县). */
const ONE_CHARACTER_STEM_ENDINGS = new Set(['州', '县']);

/**
 * First characters of 全市, 本县, 我区, 各县, 该市 …: the text speaks of a division, names none;
 * and of 在全市…上的讲话, the way a speech's title opens.
 */
const NOT_A_NAME_START = new Set([...'全本我各该省市县区州在']);

/**
 * Words no place name holds, which a title's opening words often do (`教育强市`, `推进城区`):
 * a stem holding one is the start of a phrase, not a name.
 */
const NOT_IN_A_NAME = ['教育', '建设', '推进', '推动', '加快', '全面', '深化', '实施', '促进', '发展', '加强', '关于', '进一步', '城乡', '学校', '工作'] as const;

/** Han characters only. */
export const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * The place name an organ's name starts with: 中共张掖市委 → 张掖市, 宁夏回族自治区教育厅 →
 * 宁夏回族自治区; null for an organ of no place (国务院, 教育部).
 *
 * @example placeOfOrgan('青铜峡市人民政府办公室') // '青铜峡市'
 */
export function placeOfOrgan(organ: string): string | null {
  return placeNameAt(organ.startsWith('中共') ? organ.slice(2) : organ);
}

/**
 * The place name `text` starts with, ending and all (张掖市, 民乐县, 德州, 西藏自治区), or null
 * when it does not start with one. The shortest stem that a division ending follows is taken
 * (德州市 and 甘州区 kept whole); when names of nested divisions follow one another
 * (甘肃省张掖市甘州区), the last, innermost one.
 *
 * @example placeNameAt('青铜峡市教育事业发展“十四五”规划') // '青铜峡市'
 */
export function placeNameAt(text: string): string | null {
  const first = divisionAt(text);
  if (first === null) return null;
  // 甘肃省张掖市…, 张掖市甘州区…: the plan governs the innermost division its title names.
  let name = first;
  let rest = text.slice(first.length);
  for (let next = divisionAt(rest); next !== null; next = divisionAt(rest)) {
    name = next;
    rest = rest.slice(next.length);
  }
  return name;
}

/**
 * The one division name `text` starts with, or null. A name cut after 州 that goes on with 市
 * or 区 is the name of a city or district whose stem ends in 州 (德州市, 甘州区), kept whole.
 */
function divisionAt(text: string): string | null {
  for (let length = 1; length <= MAX_LONG_STEM && length < text.length; length++) {
    const stem = text.slice(0, length);
    if (!HAN.test(stem)) return null;
    const ending = DIVISION_ENDINGS.find((candidate) => text.startsWith(candidate, length));
    if (ending === undefined || !fitsEnding(stem, ending) || !isPlausibleStem(stem)) continue;
    const name = stem + ending;
    const next = text[name.length] ?? '';
    return ending === '州' && (next === '市' || next === '区') ? name + next : name;
  }
  return null;
}

/** Whether a stem is as long as names with this ending are. */
function fitsEnding(stem: string, ending: string): boolean {
  if (stem.length === 1) return ONE_CHARACTER_STEM_ENDINGS.has(ending);
  return ending.length > 1 || stem.length <= MAX_SHORT_STEM;
}

/**
 * Whether a stem can be the body of a place name rather than the start of a phrase.
 *
 * @example isPlausibleStem('教育强') // false
 */
export function isPlausibleStem(stem: string): boolean {
  if (NOT_A_NAME_START.has(stem[0] ?? '')) return false;
  if (stem.endsWith('强') || stem.endsWith('兴')) return false; // 教育强市, 科教兴县: slogans
  return !NOT_IN_A_NAME.some((word) => stem.includes(word));
}
