import type { DocumentContext, Span } from '../../pipeline/context.ts';
import type { Comparator } from '../../dataset/schema.ts';
import type { Quantity } from '../quantity.ts';
import { findCandidates, enclosedMask } from './candidates.ts';
import { splitSentences, type Sentence } from './clauses.ts';
import type { Heading } from './headings.ts';
import { isPastSection, moodOf, type Mood } from './mood.ts';
import { readParagraphs, type Paragraph } from './paragraphs.ts';
import { readGroup, type Pattern } from './patterns.ts';
import { planProfile, type PlanProfile } from './plan-profile.ts';
import { findYearPhrases, type YearPhrase } from './year-phrases.ts';

/** One figure written in running text, read: what it measures, when, and whether it is reached. */
export interface Statement {
  mood: Mood;
  /** The year it is set for (targets) or refers to (results), null when no phrase says. */
  year: number | null;
  /** The period a result covers when a phrase names one (十四五, 2021年以来, 近5年). */
  period: string | null;
  name: string;
  quantity: Quantity;
  comparator: Comparator | null;
  pattern: Pattern;
  /** The paragraph it stands in; `quantity` and `clause` are offsets in its compact text. */
  paragraph: Paragraph;
  clause: Span;
}

/**
 * A deadline stated at the head of a paragraph, governing until the next heading of the rank of
 * the heading it stands under (or in) or above. A numbered item's own deadline
 * (`（四）加强教师队伍建设。到2025年，……`) ends with the item: the next task states its own.
 */
interface CarriedDeadline {
  phrase: YearPhrase;
  rank: number;
}

/** Rank given to a deadline stated before any heading: the first heading ends it. */
const BEFORE_ANY_HEADING = 99;
/** A first sentence this short is a run-in title (`总体目标。`), and the body starts after it. */
const RUN_IN_TITLE = 16;
/** The longest line taken for a heading printed without a number. */
const UNMARKED_HEADING = 20;
/** How many characters (力争, 预计) may stand before a paragraph's opening year phrase. */
const OPENING_WORDS = 4;
/** How far back from a figure its name and marker words are looked for. */
const LOOK_BACK = 200;

const cache = new WeakMap<DocumentContext, Statement[]>();

/**
 * Every figure in the running text of a document, read once and shared by the targets and the
 * facts extractors.
 *
 * @example findStatements(context).filter((s) => s.mood === 'future')[0]?.name // '劳动年龄人口平均受教育年限'
 */
export function findStatements(context: DocumentContext): Statement[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const profile = planProfile(context);
  const headings: Heading[] = [];
  let carried: CarriedDeadline | null = null;
  // An unmarked heading line (`发展基础`, `主要成就`) says which part of the plan follows, until a
  // marked heading of the outer ranks starts another.
  let unmarkedPast = false;
  const statements: Statement[] = [];
  for (const paragraph of readParagraphs(context)) {
    if (!paragraph.heading && isUnmarkedHeading(paragraph.text)) unmarkedPast = isPastSection(paragraph.text);
    if (paragraph.heading && paragraph.heading.rank <= 1) unmarkedPast = false;
    if (paragraph.heading) {
      const rank = paragraph.heading.rank;
      while ((headings[headings.length - 1]?.rank ?? -1) >= rank) headings.pop();
      headings.push(paragraph.heading);
      if (carried && rank <= carried.rank) carried = null;
    }
    if (paragraph.tableRow) continue;
    const phrases = findYearPhrases(paragraph.text, profile.period);
    const opening = openingPhrase(paragraph.text, phrases);
    if (opening?.kind === 'deadline') carried = { phrase: opening, rank: headings[headings.length - 1]?.rank ?? BEFORE_ANY_HEADING };
    const firstStop = opening ? paragraph.text.slice(opening.end).search(/[。！？!?]/u) : -1;
    const openingEnd = opening && firstStop >= 0 ? opening.end + firstStop : paragraph.text.length;
    const scope: Scope = { openingEnd, profile, phrases, opening, carried: carried?.phrase ?? null, pastSection: unmarkedPast || headings.some((h) => isPastSection(h.title)) };
    const enclosed = enclosedMask(paragraph.text);
    for (const sentence of splitSentences(paragraph.text)) {
      // `到2035年，……。到2025年，……；……`: a deadline opening a later sentence takes over the rest
      // of the paragraph (and what it carries), as the paragraph's opening one did.
      const opens = sentence.start > 0 ? sentenceOpening(paragraph.text, sentence, phrases) : null;
      if (opens) {
        scope.opening = opens;
        scope.openingEnd = sentence.end;
        if (carried) carried = { ...carried, phrase: opens };
        else carried = { phrase: opens, rank: headings[headings.length - 1]?.rank ?? BEFORE_ANY_HEADING };
        scope.carried = carried.phrase;
      }
      statements.push(...readSentence(paragraph, sentence, scope, enclosed));
    }
  }
  cache.set(context, statements);
  return statements;
}

/** What governs the figures of one paragraph. */
interface Scope {
  /** Where the sentence the opening phrase stands in ends. */
  openingEnd: number;
  profile: PlanProfile;
  phrases: YearPhrase[];
  opening: YearPhrase | null;
  carried: YearPhrase | null;
  pastSection: boolean;
}

function readSentence(paragraph: Paragraph, sentence: Sentence, scope: Scope, enclosed: Uint8Array): Statement[] {
  const { text } = paragraph;
  const found: Statement[] = [];
  let previous: Pattern | null = null;
  let previousTime: { mood: Mood; year: number | null; period: string | null } | null = null;
  let previousNames: string[] = [];
  sentence.clauses.forEach((clause, index) => {
    const candidates = findCandidates(text, clause.start, clause.end, enclosed);
    const before = sentence.clauses[index - 1];
    const previousClause = before ? text.slice(Math.max(before.start, before.end - LOOK_BACK), before.end) : '';
    let cursor = clause.start;
    let seen = 0;
    for (const group of groupsOf(text, candidates)) {
      const first = group[0];
      const last = group[group.length - 1];
      seen += group.length;
      if (!first || !last) continue;
      const next = candidates[seen];
      const lead = text.slice(Math.max(cursor, first.start - LOOK_BACK), first.start);
      const tail = text.slice(last.end, Math.min(next?.start ?? clause.end, last.end + LOOK_BACK));
      const reading = readGroup({ group, lead, tail, bound: text.slice(first.start, first.numberStart), previous, clauseStart: cursor === clause.start, previousClause, previousNames });
      previous = reading?.pattern ?? null;
      if (!reading) continue;
      cursor = last.end;
      const governing = governingPhrase(scope, sentence, first.numberStart);
      const mood = reading.continues && previousTime ? previousTime.mood : moodOf({
        profile: scope.profile, governing, pastSection: scope.pastSection,
        before: text.slice(Math.max(sentence.start, first.numberStart - LOOK_BACK), first.numberStart),
        clause: text.slice(clause.start, first.numberStart),
      });
      const when = reading.continues && previousTime ? previousTime : timeOf(governing, mood);
      previousTime = { mood, ...when };
      // A figure with no verb (`学前三年毛入园率95%`) is a target only where a deadline sets it.
      if (reading.pattern === 'indicator' && mood === 'future' && !setsDeadline(governing)) continue;
      previousNames = reading.names;
      group.forEach((quantity, i) => {
        const name = reading.names[i] ?? reading.names[0] ?? '';
        // `10.2、3.1和8.5个百分点`: the unit printed after the last value is every value's.
        const unit = quantity.unit ?? last.unit;
        found.push({ mood, ...when, name, quantity: { ...quantity, unit }, comparator: quantity.comparator ?? reading.comparator, pattern: reading.pattern, paragraph, clause });
      });
    }
  });
  return found;
}

/** A short line with no sentence in it and no figure: a heading printed without a number. */
function isUnmarkedHeading(text: string): boolean {
  return text.length <= UNMARKED_HEADING && !/[。！？!?；;，,：:|\d]/u.test(text);
}

/** Figures joined only by 、/和/及 (`99.6%、100%、98%`, `10%、15%和20%`) form one group. */
function groupsOf(text: string, candidates: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const quantity of candidates) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    const between = previous ? text.slice(previous.end, quantity.start) : '';
    if (current && previous && /^(?:、|和|及|与|或|以及)$/u.test(between)) current.push(quantity);
    else groups.push([quantity]);
  }
  return groups;
}

/**
 * The year phrase governing offset `at`: the last one before it in its sentence; else the one
 * opening the paragraph; else a deadline carried from an earlier paragraph of the section.
 */
function governingPhrase(scope: Scope, sentence: Sentence, at: number): YearPhrase | null {
  const last = lastPhraseBefore(scope.phrases, at);
  if (last && last.start >= sentence.start) return last;
  // A deadline or period opening the paragraph governs all of it; a date, its first sentence.
  const opening = scope.opening;
  const wholeParagraph = opening?.kind !== 'point' && opening?.kind !== 'as-of';
  if (opening && opening.start < at && (wholeParagraph || at < scope.openingEnd)) return opening;
  return scope.carried;
}

/** The last of `phrases` (sorted by start) that starts before `at`. */
function lastPhraseBefore(phrases: YearPhrase[], at: number): YearPhrase | null {
  return phrases[lastIndexBefore(phrases, at)] ?? null;
}

/** The index of the last of `phrases` starting before `at` (-1 if none), by binary search: a one-line file has thousands. */
function lastIndexBefore(phrases: YearPhrase[], at: number): number {
  let low = 0;
  let high = phrases.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((phrases[middle]?.start ?? Infinity) < at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Whether a phrase sets the year of a target: 到2027年, “十四五”末, or the plan's own period. */
function setsDeadline(phrase: YearPhrase | null): boolean {
  return phrase !== null && (phrase.kind === 'deadline' || (phrase.kind === 'period' && phrase.ownPeriod));
}

/** The year and period of a figure, as its governing phrase and its mood give them. */
function timeOf(phrase: YearPhrase | null, mood: Mood): { year: number | null; period: string | null } {
  if (!phrase) return { year: null, period: null };
  if (mood === 'future') return { year: setsDeadline(phrase) || phrase.kind === 'point' ? phrase.year : null, period: null };
  if (phrase.kind === 'point' || phrase.kind === 'as-of') return { year: phrase.year, period: null };
  return { year: null, period: phrase.period };
}

/**
 * The deadline opening a sentence (`到2025年，`, `力争到2025年，`), if any: a phrase starting within a
 * word or two of the sentence start with no punctuation before it.
 */
function sentenceOpening(text: string, sentence: Sentence, phrases: YearPhrase[]): YearPhrase | null {
  const first = phrases[lastIndexBefore(phrases, sentence.start) + 1];
  if (!first || first.kind !== 'deadline' || first.start - sentence.start > OPENING_WORDS || first.start >= sentence.end) return null;
  return /[，,、；;。：:]/u.test(text.slice(sentence.start, first.start)) ? null : first;
}

/**
 * The year phrase opening a paragraph's body, if any: at its start, after a run-in title
 * (`总体目标。`, `主要目标：`), or after a word or two (`力争到2025年`, `预计到2030年`).
 */
function openingPhrase(text: string, phrases: YearPhrase[]): YearPhrase | null {
  const stop = /[。：:]/u.exec(text.slice(0, RUN_IN_TITLE));
  const body = stop ? stop.index + 1 : 0;
  const first = phrases[0]?.start === body ? phrases[0] : phrases.find((phrase) => phrase.start >= body);
  if (!first || first.start - body > OPENING_WORDS) return null;
  return /[，,、；;。]/u.test(text.slice(body, first.start)) ? null : first;
}
