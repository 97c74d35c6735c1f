import type { Comparator } from '../../dataset/schema.ts';
import { TIME_UNITS, type Quantity } from '../quantity.ts';
import { cleanName, headNoun, splitSubjects } from './names.ts';

/**
 * How a figure stands in its clause, which says what it measures:
 * - `attain`: name, verb of attainment, figure — 学前三年毛入园率达到99.8%;
 * - `share`: name, bound, whole 的, figure — 名优骨干教师不低于交流教师总数的30%;
 * - `count-after`: verb of making, figure, what is counted — 打造2所优质中等职业学校;
 * - `count-before`: verb of making, what is counted, figure — 培育智慧校园标杆校5所;
 * - `share-of`: figure 的 what — 100%的学校完成全光网改造;
 * - `indicator`: indicator, figure, no verb — 毛入园率91.33% (results only: table-like lists);
 * - a later figure joined by 、/和 to an earlier one takes the earlier one's pattern.
 */
export type Pattern = 'attain' | 'share' | 'count-after' | 'count-before' | 'share-of' | 'indicator';

/** A figure's reading: how it stands, the name of each value, a comparator the wording implies. */
export interface Reading {
  pattern: Pattern;
  names: string[];
  comparator: Comparator | null;
  /** Whether the figure goes on the list of the figure before it, and so shares its time and mood. */
  continues?: true;
}

/** Verbs after an indicator's name and before its figure, longest first where one ends another. */
const ATTAIN_VERBS = [
  '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '降低到', '降低至', '下降到', '下降至',
  '减少到', '减少至', '扩大到', '扩大至', '控制在', '稳定在', '保持在', '巩固在', '维持在', '保持', '维持',
  '达到', '高达', '达', '翻', '增至', '降至', '提高', '提升', '增长', '增加', '降低', '下降', '减少', '突破', '超过', '为', '投入',
];

/** Verbs of making or counting: what they make is counted by the figure, before or after it. */
const COUNT_VERBS = [
  '打造', '培育', '建成', '建设', '创建', '争创', '新增', '增加', '新建', '改扩建', '改建', '扩建', '建立', '开发',
  '选培', '选树', '培养', '实施', '完成', '招聘', '引进', '培训', '认定', '评选', '遴选', '设立', '组建', '成立',
  '开设', '发放', '投入', '安排', '争取', '资助', '惠及', '配备', '容纳', '获评', '荣获', '获得', '入选', '输送',
  '撤并', '整合', '选派', '举办', '共建', '形成', '推出', '涌现出', '评选出', '建有', '拥有', '现有', '共有', '开展', '使',
];

/**
 * Verbs that say a count is an increase (新增学位11万个, 新建、改扩建学校120所): they stay in the
 * name, since without them the figure would read as a total (学校120所).
 */
const INCREMENT_VERBS = ['改扩建', '新增', '新建', '扩建', '改建', '增加'];

/** Units of a change in a rate: `比2015年提高5.2个百分点` measures the rate named before it. */
const CHANGE_UNITS = new Set(['个百分点', '百分点']);
/** Verbs of a change (`同比增长4.3%`): with no name of their own, they measure the figure before them. */
const CHANGE_VERBS = ['增长', '提高', '提升', '下降', '降低', '增加', '减少'];

/** Bounds written between a name and the whole it is a share of (`不低于交流教师总数的30%`). */
const SHARE_WORDS: ReadonlyArray<readonly [string, Comparator | null]> = [
  ['不低于', '>='], ['不少于', '>='], ['不高于', '<='], ['不超过', '<='], ['低于', '<'], ['高于', '>'], ['超过', '>'], ['占', null],
];

/** Units that count things made (所, 个, 名 …), as opposed to rates, money and time. */
const NOT_COUNTED = new Set(['%', '‰', '成', '倍', '个百分点', '百分点', ...TIME_UNITS]);
/** The people and places a school system counts: 在校学生, 专任教师, 教职工, 各级各类学校 … */
const COUNTED_POPULATION = /(?:学生|在校生|毕业生|教师|教职工|校长|学校|幼儿园)$/u;
/** Indicator names end so: 率, 比例, 占比, 年限 … */
const INDICATOR_END = /(?:率|比例|占比|比重|年限|面积|人数|总数|规模|经费|资金|学位|数|量)$/u;

const endingWith = (text: string, words: readonly string[]) => words.find((word) => text.endsWith(word));
const connectorsOff = (text: string) => text.replace(/^[、和及与或]+|[、和及与或]+$/gu, '');

/** What is known about one group of figures (a value, or values joined by 、/和 such as `99.6%、100%、98%`). */
export interface GroupContext {
  group: Quantity[];
  /** The clause's text from the previous figure (or the clause start) to this group. */
  lead: string;
  /** The clause's text from this group to the next figure (or the clause end). */
  tail: string;
  /** The words read before the first number as its bound or approximation (`不低于`, `约`, `>`). */
  bound: string;
  /** The pattern of the previous figure of the sentence, when it was read. */
  previous: Pattern | null;
  /** Whether `lead` starts at the start of its clause (the previous figure, if any, is in an earlier clause). */
  clauseStart: boolean;
  /** The clause before this one in the sentence, for a name the clause leaves out (`…比例，到2027年达到70%`). */
  previousClause: string;
  /**
   * The names of the previous group of figures of the sentence, for a change that leaves them
   * out (`达到88.6%，比2015年提高5.2个百分点`; `分别达到89.5%、96.2%，分别提高10.2、3.1个百分点`).
   */
  previousNames?: string[];
}

/**
 * Reads how a group of figures stands in its clause, or null when it is no figure of a plan
 * (`对照四个方面32项指标`, `化解2000人以上大校额`).
 *
 * @example readGroup({group: [q], lead: '高中阶段毛入学率达到', tail: '', bound: '', previous: null, clauseStart: true, previousClause: ''})?.names // ['高中阶段毛入学率']
 */
export function readGroup(context: GroupContext): Reading | null {
  const { group, tail } = context;
  const first = group[0];
  if (!first) return null;
  const lead = context.lead.replace(/了$/u, '');
  const rest = connectorsOff(tail);
  // The figure ends its phrase: nothing follows but the clause end or 、/和 and the next figure.
  const ends = rest === '' || /^[、和及与]/u.test(tail);
  const counted = group.every((q) => q.unit !== null && !NOT_COUNTED.has(q.unit));
  const countVerb = endingWith(lead, COUNT_VERBS);
  const money = group.some((q) => q.unit?.endsWith('元') ?? false);
  // `现有高职院校1所、职业培训机构22所`: after 、 a name goes on the list, even with a verb inside it.
  const joined = /^[、和及与]/u.test(lead) && context.previous !== null && context.previous !== 'share-of';
  if (countVerb && rest !== '' && !money && (counted || countVerb === '使')) return named('count-after', group, incrementOf(lead, lead.length) + headNoun(rest));
  if (ends) {
    const attainVerb = endingWith(lead, ATTAIN_VERBS);
    // A bound in words (不低于85%) is a verb of its own; a sign (>96%) is a table's shorthand.
    const bounded = first.comparator !== null && /[\u4e00-\u9fff]/u.test(context.bound);
    if (attainVerb || bounded) return attained(context, lead.slice(0, lead.length - (attainVerb?.length ?? 0)));
    const share = lead.endsWith('的') ? readShare(lead) : null;
    if (share) return share;
    if (counted && !joined) {
      const verbAt = lastVerb(lead);
      if (verbAt >= 0) return named('count-before', group, incrementOf(lead, verbAt) + headNoun(lead.slice(verbAt)));
    }
  }
  if (cleanName(lead) === '' && first.unit === '%' && tail.startsWith('的')) return named('share-of', group, connectorsOff(tail.slice(1)));
  if (context.previous === 'count-after' && /[、和及与]$/u.test(lead) && rest !== '') return named('count-after', group, headNoun(rest));
  // `全市共有学校1200所，在校生50万人`: a clause of a name and a figure goes on the list before it.
  const listed = joined || (context.clauseStart && !hasVerb(lead));
  if (context.previous && context.previous !== 'share-of' && listed && ends) {
    const item = connectorsOff(lead);
    const verb = COUNT_VERBS.find((word) => item.startsWith(word));
    const reading = named(context.previous, group, verb ? item.slice(verb.length) : item);
    return reading && { ...reading, continues: true };
  }
  // `在校学生近60万人`: a clause of the people or places a school system counts and a count, with no
  // verb, states that count. Other bare nouns (`农村教学点85个` alone) are too loose to name a figure.
  const bareCount = counted && context.clauseStart && !hasVerb(lead) && COUNTED_POPULATION.test(cleanName(lead));
  if (ends && (INDICATOR_END.test(cleanName(lead)) || bareCount)) return named('indicator', group, lead);
  return null;
}

function named(pattern: Pattern, group: Quantity[], subject: string): Reading | null {
  const name = cleanName(subject);
  // A one-character remnant (者 of 获得者) names nothing.
  return name.length < 2 ? null : { pattern, names: group.map(() => name), comparator: null };
}

function attained(context: GroupContext, subject: string): Reading | null {
  let name = cleanName(subject);
  // `持续扩大优质普通高中招生指标到校比例，到2027年达到70%以上`: the name is in the clause before.
  // `比2015年提高5.2个百分点`, `同比增长4.3%`: a change that names nothing is the previous figure's.
  const change = context.group.every((q) => q.unit !== null && CHANGE_UNITS.has(q.unit)) || CHANGE_VERBS.some((verb) => context.lead.endsWith(verb));
  const previousNames = context.previousNames ?? [];
  if (name === '' && change && previousNames.length > 0) {
    const names = previousNames.length === context.group.length ? previousNames : context.group.map(() => previousNames[previousNames.length - 1] ?? '');
    return { pattern: 'attain', names, comparator: null };
  }
  if (name === '' && !/\d/.test(context.previousClause)) name = cleanName(context.previousClause.replace(/^(?:持续|逐步|进一步|稳步)?(?:扩大|提高|提升|增加|降低|推进|推动|加强|加快)/u, ''));
  if (name.length < 2) return null;
  return { pattern: 'attain', names: splitSubjects(name, context.group.length).map(cleanName), comparator: null };
}

function readShare(lead: string): Reading | null {
  for (const [word, comparator] of SHARE_WORDS) {
    const at = lead.lastIndexOf(word);
    if (at <= 0) continue;
    const subject = cleanName(lead.slice(0, at));
    const whole = lead.slice(at + word.length, -1);
    if (subject === '' || whole === '') continue;
    return { pattern: 'share', names: [`${subject}占${whole}${whole.endsWith('比例') ? '' : '比例'}`], comparator };
  }
  return null;
}

function hasVerb(lead: string): boolean {
  return [...ATTAIN_VERBS, ...COUNT_VERBS].some((verb) => lead.includes(verb));
}

/**
 * The verbs of increase (and the 、 between them) that end `lead` before `at`: `新建、改扩建` of
 * `新建、改扩建学校`, or '' when the verb there is one of making only (建成, 打造).
 */
function incrementOf(lead: string, at: number): string {
  let from = at;
  for (;;) {
    const verb = INCREMENT_VERBS.find((word) => lead.slice(Math.max(0, from - word.length), from) === word);
    if (verb) from -= verb.length;
    else if (from < at && /[、和及]/u.test(lead[from - 1] ?? '') && INCREMENT_VERBS.some((word) => lead.slice(0, from - 1).endsWith(word))) from -= 1;
    else break;
  }
  return lead.slice(from, at);
}

/** Where the text after the last verb of making in `lead` starts, or -1. */
function lastVerb(lead: string): number {
  let best = -1;
  for (const verb of COUNT_VERBS) {
    const at = lead.lastIndexOf(verb);
    if (at >= 0 && at + verb.length < lead.length) best = Math.max(best, at + verb.length);
  }
  return best;
}
