/**
 * Endings of Chinese administrative divisions, longer first (自治区 before 区), so that a
 * name is cut after its whole ending.
 */
const DIVISION_ENDINGS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '省', '市', '县', '区', '州', '盟', '旗'] as const;

/** A name with a one-character ending has at most this many characters before it (乌鲁木齐市). */
const MAX_SHORT_STEM = 4;
/** 黔东南苗族侗族自治州: names ending in 自治X carry the people's names and run longer. */
const MAX_LONG_STEM = 8;
/** Endings after which a one-character stem is a common name (德州, 沧州, 沛县). */
const ONE_CHARACTER_STEM_ENDINGS = new Set(['州', '县']);

/** First characters of 全市, 本县, 我区, 各县, 该市 …: the text speaks of a division, names none. */
const NOT_A_NAME_START = new Set([...'全本我各该省市县区州']);

/**
 * Words no place name holds, which a title's opening words often do (`教育强市`, `推进城区`):
 * a stem holding one is the start of a phrase, not a name.
 */
const NOT_IN_A_NAME = ['教育', '建设', '推进', '推动', '加快', '全面', '深化', '实施', '促进', '发展', '加强', '关于', '进一步', '城乡', '学校', '工作'] as const;

/** A title's opening that stands before its place name: `“十四五”以来`, `2025年`, `关于`. */
const LEADING_PHRASE = /^(?:关于|[“"]?十[一二三四五六七八九]五[”"]?(?:以来|期间|时期)?|\d{4} ?年(?:以来)?)/u;

const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * The region a document governs: the place its title opens with, in the fullest form the
 * document itself writes; failing that, the place of its first issuer.
 *
 * - `张掖市“十五五”教育发展规划` → 张掖市 (the title names it whole);
 * - `德州教育高质量发展综述` → 德州, or 德州市 when the document writes 德州市;
 * - `西藏教育跨越式发展综述` whose text writes 西藏自治区 → 西藏自治区;
 * - `张掖教育现代化2035行动纲要` whose issuer is 中共张掖市委 → 张掖市.
 *
 * @param title the document's own title
 * @param text the document's text (wrapper included), where fuller forms are looked for
 * @param issuers the issuing organs, in order
 * @returns the region, or null when neither the title nor an issuer names a place
 * @example regionOf('民乐县全面推进教育强县建设实施方案', '', []) // '民乐县'
 */
export function regionOf(title: string, text: string, issuers: readonly string[]): string | null {
  const opening = stripLeadingPhrases(title.trim());
  const named = placeNameAt(opening);
  if (named !== null) {
    // 德州 is also written 德州市: take the city's full name when the document writes it.
    const fuller = named.endsWith('州') ? `${named}市` : null;
    return fuller !== null && text.includes(fuller) ? fuller : named;
  }
  return writtenFullName(opening, text) ?? issuerRegion(issuers);
}

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

/**
 * For a title opening with a bare name (西藏, 张掖), the name with the ending the document
 * writes it with: the longest opening of two to four characters that the text writes followed
 * by a division ending.
 */
function writtenFullName(opening: string, text: string): string | null {
  for (let length = Math.min(MAX_SHORT_STEM, opening.length); length >= 2; length--) {
    const stem = opening.slice(0, length);
    if (!HAN.test(stem) || !isPlausibleStem(stem)) continue;
    const ending = DIVISION_ENDINGS.find((candidate) => text.includes(stem + candidate));
    if (ending !== undefined) return stem + ending;
  }
  return null;
}

function issuerRegion(issuers: readonly string[]): string | null {
  for (const issuer of issuers) {
    const place = placeOfOrgan(issuer);
    if (place !== null) return place;
  }
  return null;
}

/** Whether a stem is as long as names with this ending are. */
function fitsEnding(stem: string, ending: string): boolean {
  if (stem.length === 1) return ONE_CHARACTER_STEM_ENDINGS.has(ending);
  return ending.length > 1 || stem.length <= MAX_SHORT_STEM;
}

/** Whether a stem can be the body of a place name rather than the start of a phrase. */
function isPlausibleStem(stem: string): boolean {
  if (NOT_A_NAME_START.has(stem[0] ?? '')) return false;
  if (stem.endsWith('强') || stem.endsWith('兴')) return false; // 教育强市, 科教兴县: slogans
  return !NOT_IN_A_NAME.some((word) => stem.includes(word));
}

function stripLeadingPhrases(title: string): string {
  let rest = title;
  for (let match = LEADING_PHRASE.exec(rest); match !== null && match[0] !== ''; match = LEADING_PHRASE.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}
