import type { PlanProfile } from './plan-profile.ts';
import type { YearPhrase } from './year-phrases.ts';

/** Whether a figure is a result already reached (`past`) or one still to reach (`future`). */
export type Mood = 'past' | 'future';

/** Words that mark a sentence as reporting what was done: 累计投入, 截至目前, 同比 … */
const PAST_MARKERS = ['累计', '截至', '截止', '共有', '以来', '去年', '今年', '同比', '目前', '如今', '先后', '历年', '年来'];
/** Words that mark only their own clause so (巩固已有成果 does not make the rest of a sentence past). */
const CLAUSE_PAST_MARKERS = ['已', '现有'];

/**
 * Heading words of the sections that report the past: 发展基础, 发展成绩, 主要成就 …, and the
 * chapters that open a plan with its background (规划背景, 发展环境), whose figures are its baseline.
 */
const PAST_SECTIONS = ['发展基础', '工作基础', '现实基础', '发展成绩', '主要成绩', '取得的成绩', '成就', '工作成效', '取得成效', '现状', '基本情况', '回顾', '完成情况', '规划背景', '发展环境', '发展历程'];

/**
 * Whether the text before a figure has a word that reports the past: `before` is its sentence
 * up to it, `clause` its clause up to it.
 *
 * @example hasPastMarker('近5年一般公共预算教育经费累计投入', '') // true
 */
export function hasPastMarker(before: string, clause: string): boolean {
  return PAST_MARKERS.some((word) => before.includes(word)) || CLAUSE_PAST_MARKERS.some((word) => clause.includes(word));
}

/**
 * Whether a section heading announces an account of the past.
 *
 * @example isPastSection('发展基础') // true
 */
export function isPastSection(title: string): boolean {
  return PAST_SECTIONS.some((word) => title.includes(word));
}

/** What decides the mood of one figure. */
export interface MoodEvidence {
  profile: PlanProfile;
  /** The year phrase governing the figure, if any. */
  governing: YearPhrase | null;
  /** The sentence up to the figure. */
  before: string;
  /** The clause up to the figure. */
  clause: string;
  /** Whether one of the enclosing headings is a past section. */
  pastSection: boolean;
}

/**
 * The mood of a figure. A governing deadline (到2027年) makes it a target and a past date or
 * period (截至2024年, “十四五”以来) a result; otherwise a review (综述) reports results, and a plan
 * sets targets except in its account of the past (发展基础) or where a sentence says 累计, 已 ….
 *
 * @example moodOf({profile: {kind: 'plan', period: null}, governing: null, before: '全市现有学校', clause: '全市现有学校', pastSection: false}) // 'past'
 */
export function moodOf(evidence: MoodEvidence): Mood {
  const { profile, governing } = evidence;
  const planStart = profile.period?.start ?? null;
  if (governing) {
    const before = planStart !== null && governing.year !== null && governing.year < planStart;
    if (governing.kind === 'deadline') return before ? 'past' : 'future';
    if (governing.kind === 'as-of' || governing.kind === 'since') return 'past';
    if (governing.kind === 'period') {
      if (governing.ownPeriod) return 'future';
      if (before || profile.kind === 'review') return 'past';
    }
    if (governing.kind === 'point' && profile.kind === 'plan' && planStart !== null) return before ? 'past' : 'future';
  }
  if (profile.kind === 'review') return 'past';
  if (hasPastMarker(evidence.before, evidence.clause) || evidence.pastSection) return 'past';
  return 'future';
}
