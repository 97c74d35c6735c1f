import { DIVISION_ENDINGS, HAN, MAX_SHORT_STEM, isPlausibleStem, placeNameAt, placeOfOrgan } from './place-name.ts';

/**
 * The peoples an autonomous division is named for (回族, 苗族侗族, 维吾尔), none to three of
 * them, each a few characters ending in 族 that hold no division ending, so the name cannot
 * run on into another place's name.
 */
const PEOPLES = '(?:(?:(?![省市县区州盟旗])[\\u4e00-\\u9fff]){1,4}族|维吾尔){0,3}';

/**
 * A title's opening that stands before its place name: `“十四五”以来`, `2025年`, `关于`, and the
 * 中共 of a party committee issuing jointly (`中共临夏州委 临夏州人民政府关于…`).
 */
const LEADING_PHRASE = /^(?:关于|中共|[“"]?十[一二三四五六七八九]五[”"]?(?:以来|期间|时期)?|\d{4} ?年(?:以来)?)/u;

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
  if (named === null) return writtenFullName(opening, text) ?? issuerRegion(issuers);
  // A prefecture or city cut after 州 may be written in full elsewhere: 德州市, 临夏回族自治州.
  const isShortPrefecture = named.endsWith('州') && !named.endsWith('自治州');
  return (isShortPrefecture ? fullerFormOf(named.slice(0, -1), text, ['州市']) : null) ?? named;
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
    const full = fullerFormOf(stem, text, DIVISION_ENDINGS);
    if (full !== null) return full;
  }
  return null;
}

/**
 * The fullest form of a name that the text writes: its autonomous form first (宁夏 →
 * 宁夏回族自治区, 临夏 → 临夏回族自治州, 西藏 → 西藏自治区), then the stem with the first of
 * `endings` the text writes (德 + 州市 → 德州市); null when the text writes neither.
 */
function fullerFormOf(stem: string, text: string, endings: readonly string[]): string | null {
  // A one-character stem would find other places' names (德 → 德宏傣族景颇族自治州).
  const autonomous = stem.length > 1 ? new RegExp(`${stem}${PEOPLES}自治[区州县旗]`, 'u').exec(text) : null;
  if (autonomous !== null) return autonomous[0];
  const ending = endings.find((candidate) => text.includes(stem + candidate));
  return ending === undefined ? null : stem + ending;
}

function issuerRegion(issuers: readonly string[]): string | null {
  for (const issuer of issuers) {
    const place = placeOfOrgan(issuer);
    if (place !== null) return place;
  }
  return null;
}

function stripLeadingPhrases(title: string): string {
  let rest = title;
  for (let match = LEADING_PHRASE.exec(rest); match !== null && match[0] !== ''; match = LEADING_PHRASE.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}
