/**
 * Turning the words around a figure into the name of what it measures: the indicator without
 * the verbs (达到, 保持, 提高到), adverbs (力争, 持续, 分别), subjects (全市, 我市) and time
 * phrases (到2027年, 于2027年, 近5年) around it.
 */

const TIME_PHRASES = [
  /(?:截至|截止到|截止|到|至|于|在|比|较)?(?:19|20)\d{2}年?(?:年底|年末|底|末|前|以来)?/gu,
  /“?十?[一二三四五六七八九]五”?(?:期末|末|期间|时期|以来)?/gu,
  /[比较](?:上年度|上一年|上年|去年)|近(?:\d{1,2}|[一二三四五六七八九十]{1,2})年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[多余]?年来|近年来|规划期末|本世纪中叶/gu,
];

/** Words a subject starts with that are not part of the indicator's name. */
const LEADING_WORDS = [
  '截至目前', '与此同时', '其中', '并且', '而且', '同时', '此外', '另外', '且', '并',
  '全市', '全区', '全县', '全州', '全省', '全国', '全盟', '我市', '我县', '我区', '我州', '我省',
  '力争', '确保', '争取', '保证', '推动', '促进', '实现', '保持', '持续', '逐步', '进一步', '努力', '积极',
  '全面', '基本', '重点', '大力', '有效', '切实', '着力', '目前', '如今', '当前', '今年', '去年',
  '累计', '共计', '先后', '已经', '已', '年均', '同比', '整体', '总体', '了', '是',
];

/** Words a subject ends with, between the indicator's name and its verb. */
const TRAILING_WORDS = [
  '分别', '均已', '均', '都', '各', '力争', '持续', '稳定', '逐步', '进一步', '已经', '已', '累计', '共计', '总计',
  '合计', '将', '再', '约', '基本', '全面', '总体', '整体', '继续', '预计', '全力', '重点',
  '率先', '先后', '必须', '能够', '争取', '确保', '逐年', '不断', '有望', '力求', '年均', '同比',
];

const CONNECTORS = /^[、，,：:；;|和及与或]+|[、，,：:；;|和及与或]+$/gu;

/**
 * The name in a subject: time phrases removed, then the words that are not the indicator's.
 *
 * @example cleanName('力争学生体质健康达标优良率') // '学生体质健康达标优良率'
 * @example cleanName('确保甘州区公办园在园幼儿占比于2027年') // '甘州区公办园在园幼儿占比'
 */
export function cleanName(subject: string): string {
  let name = fromBaseline(subject);
  for (const pattern of TIME_PHRASES) name = name.replace(pattern, '');
  let changed = true;
  while (changed && name !== '') {
    const before = name;
    name = name.replace(CONNECTORS, '');
    const leading = LEADING_WORDS.find((word) => name.startsWith(word));
    // 使 starts 使用率 too; it is a word of its own only before what it makes happen.
    if (leading) name = name.slice(leading.length);
    else if (name.startsWith('使') && !name.startsWith('使用')) name = name.slice(1);
    // 均 ends 平均, 人均, 生均 and 年均 too, where it belongs to the name (or to 年均).
    const trailing = TRAILING_WORDS.find((word) => name.endsWith(word) && !(word === '均' && '平人生年'.includes(name[name.length - 2] ?? '')));
    if (trailing) name = name.slice(0, -trailing.length);
    changed = name !== before;
  }
  return name;
}

/** `学前三年毛入园率由85%提高到90.5%`: the name stops before the baseline 由85% / 从85%. */
function fromBaseline(subject: string): string {
  const at = Math.max(subject.lastIndexOf('由'), subject.lastIndexOf('从'));
  return at > 0 && /\d/.test(subject.slice(at)) ? subject.slice(0, at) : subject;
}

/**
 * Splits a subject that names several indicators for several values (`A、B、C分别达到x、y、z`)
 * at `、` and `和` outside quotes and brackets. Returns the subject alone when the parts do not
 * match the values one to one.
 *
 * @example splitSubjects('公办率、普惠率', 2) // ['公办率', '普惠率']
 */
export function splitSubjects(subject: string, count: number): string[] {
  if (count < 2) return [subject];
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < subject.length; i++) {
    const char = subject[i] ?? '';
    if ('“《（(【'.includes(char)) depth++;
    else if ('”》）)】'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '、' || char === '和')) {
      parts.push(subject.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(subject.slice(from));
  if (parts.length !== count || parts.some((part) => part === '')) return Array.from({ length: count }, () => subject);
  return shareSubjectParts(tiersOf(parts));
}

const TIERS = /^(.{1,6}?)[两三四五六七八九十]级(.{2,})$/u;

/**
 * `自治区、市、县三级骨干教师比例`: each tier is a level (`自治区级`, `市级`, `县级`) of what the
 * last part names after `三级`.
 */
function tiersOf(parts: string[]): string[] {
  const tiers = TIERS.exec(parts[parts.length - 1] ?? '');
  if (!tiers?.[1] || !tiers[2]) return parts;
  const head = tiers[2];
  return parts.map((part, i) => `${i === parts.length - 1 ? tiers[1] : part}级${head}`);
}

const PLACE = /^(.{2,10}?(?:自治县|自治州|自治区|县|市|州|旗|盟))(.{2,})$/u;

/**
 * Gives each part of a split subject what the parts share: the place the first one names
 * (`肃南裕固族自治县学前教育毛入园率、九年义务教育巩固率`), and the head noun the last one
 * ends with (`市级、县级名优骨干教师总数`).
 */
function shareSubjectParts(parts: string[]): string[] {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const place = PLACE.exec(first)?.[1];
  if (place && parts.slice(1).every((part) => part.length > 2 && !part.startsWith(place))) {
    return parts.map((part, i) => (i === 0 ? part : place + part));
  }
  const modifier = parts[parts.length - 2] ?? '';
  const marker = modifier[modifier.length - 1];
  const shortModifiers = parts.slice(0, -1).every((part) => part.length <= 8);
  if (shortModifiers && marker !== undefined && last[modifier.length - 1] === marker && last.length > modifier.length + 1) {
    const head = last.slice(modifier.length);
    return parts.map((part, i) => (i === parts.length - 1 ? part : part + head));
  }
  return parts;
}

/** 中等, 高等, 平等 …: a 等 that is part of a word, not the end of a list of examples. */
const COMPOUND_BEFORE_DENG = new Set(['中', '高', '初', '平', '同', '对', '均', '相', '次', '上', '优', '超', '特', '一', '二', '三']);

/**
 * The name of what is counted after a number (`2所“少而精、特而强”的优质中等职业学校`): the noun
 * after the last `的` outside quotes, or after the last `等` of a list of examples.
 *
 * @example headNoun('“少而精、特而强”的优质中等职业学校') // '优质中等职业学校'
 */
export function headNoun(phrase: string): string {
  let cut = -1;
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const char = phrase[i] ?? '';
    if ('“《（(【'.includes(char)) depth++;
    else if ('”》）)】'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i < phrase.length - 1 && (char === '的' || (char === '等' && !COMPOUND_BEFORE_DENG.has(phrase[i - 1] ?? '')))) cut = i;
  }
  return phrase.slice(cut + 1);
}
