import * as OpenCC from 'opencc-js';

/**
 * Scoring of an extraction against a hand-checked gold file, by the same matching rules as the
 * independent scorer (shared/tools/score.mjs), so that `npm run eval` and the issues agree:
 * - a document on its title; an outline item on (level, marker, title);
 * - a table value on (name, year, scope, value);
 * - a target or a reported figure on (line, value), where its number stands; the target's year
 *   is scored apart (targetsYear), since the gold's names are condensed by hand;
 * - meta on each of issuer, date, docNumber, period, draft, region.
 * Both sides are folded to Simplified and half-width first.
 */

/** Precision, recall and F1 of one kind in one file, with the gold keys that were not found. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  out: number;
  missing: string[];
  /** Keys the output has that the gold does not. */
  extra: string[];
}

/** The kinds scored, in report order. `facts` is scored on recall only: the gold is a sample. */
export const KINDS = ['documents', 'outline', 'values', 'targets', 'targetsYear', 'meta', 'facts'] as const;
export type Kind = (typeof KINDS)[number];

/** A gold file or an extraction, read loosely: only the fields scoring needs. */
export interface Scored {
  documents?: Array<{
    title?: string;
    meta?: Record<string, unknown>;
    outline?: Array<{ level?: number; marker?: string; title?: string }>;
    tables?: Array<{ rows?: Array<{ name?: string; values?: Array<{ year?: number | null; scope?: string | null; value?: number | null }> }> }>;
    targets?: Array<{ line?: number; value?: number; year?: number | null }>;
    facts?: Array<{ line?: number; value?: number }>;
  }>;
  facts?: Array<{ line?: number; value?: number }>;
  facts_sample?: Array<{ line?: number; value?: number }>;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const SCORED_META = new Set(['issuer', 'date', 'docNumber', 'period', 'draft', 'region']);

/** Folds text for comparison: NFKC (full-width → ASCII), Simplified, no white space, no final 。. */
export function fold(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = toSimplified(String(value).normalize('NFKC'));
  return text.replace(/[\s\u200b\u00a0]/g, '').replace(/[。．.]$/, '').replace(/[“”"]/g, '"');
}

function foldMarker(value: unknown): string {
  return fold(value).replace(/[、．]/g, (c) => (c === '．' ? '.' : c));
}

function number(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'null';
  const n = Number(value);
  return Number.isFinite(n) ? String(Math.round(n * 1e6) / 1e6) : 'null';
}

const documentsOf = (x: Scored) => x.documents ?? [];

/** The keys of each kind: two records match when their keys are equal. */
export const KEYS: Record<Kind, (x: Scored) => string[]> = {
  documents: (x) => documentsOf(x).map((d) => fold(d.title)),
  outline: (x) => documentsOf(x).flatMap((d) => (d.outline ?? []).map((o) => `${o.level}|${foldMarker(o.marker)}|${fold(o.title)}`)),
  values: (x) => documentsOf(x).flatMap((d) => (d.tables ?? []).flatMap((t) => (t.rows ?? []).flatMap((r) =>
    (r.values ?? []).map((v) => `${fold(r.name)}|${v.year}|${fold(v.scope)}|${number(v.value)}`)))),
  targets: (x) => documentsOf(x).flatMap((d) => (d.targets ?? []).map((t) => `${t.line}|${number(t.value)}`)),
  targetsYear: (x) => documentsOf(x).flatMap((d) => (d.targets ?? []).map((t) => `${t.line}|${number(t.value)}|${t.year ?? 'null'}`)),
  meta: (x) => documentsOf(x).flatMap((d, i) => Object.entries(d.meta ?? {})
    .filter(([k, v]) => SCORED_META.has(k) && v !== null && v !== undefined && v !== false)
    .map(([k, v]) => `${i}|${k}|${typeof v === 'boolean' ? v : fold(v).replace(/[、，,·?？\s]/g, '')}`)),
  facts: (x) => [...(x.facts_sample ?? []), ...(x.facts ?? []), ...documentsOf(x).flatMap((d) => d.facts ?? [])]
    .map((f) => `${f.line}|${number(f.value)}`),
};

/**
 * Scores two bags of keys: each output key matches at most one equal gold key.
 *
 * @example scoreKeys(['a', 'b'], ['a']).recall // 0.5
 */
export function scoreKeys(gold: string[], out: string[]): Score {
  const bag = new Map<string, number>();
  for (const key of gold) bag.set(key, (bag.get(key) ?? 0) + 1);
  let matched = 0;
  const extra: string[] = [];
  for (const key of out) {
    const count = bag.get(key) ?? 0;
    if (count > 0) {
      matched++;
      bag.set(key, count - 1);
    } else {
      extra.push(key);
    }
  }
  const precision = out.length ? matched / out.length : gold.length ? 0 : 1;
  const recall = gold.length ? matched / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const missing = [...bag.entries()].flatMap(([key, count]) => Array<string>(count).fill(key));
  return { precision, recall, f1, gold: gold.length, out: out.length, missing, extra };
}

/** Scores every kind the gold has records of; an output of null (missing file) scores zero. */
export function scoreFile(gold: Scored, out: Scored | null): Partial<Record<Kind, Score>> {
  const scores: Partial<Record<Kind, Score>> = {};
  for (const kind of KINDS) {
    const goldKeys = KEYS[kind](gold);
    if (goldKeys.length === 0) continue;
    const score = scoreKeys(goldKeys, out ? KEYS[kind](out) : []);
    // A sample only says what must be found, not what must not: recall is the score.
    scores[kind] = kind === 'facts' ? { ...score, f1: score.recall } : score;
  }
  return scores;
}

/**
 * Pools the scores of several files into one (micro-average): matches, gold and output
 * records are summed before precision and recall are taken.
 */
export function poolScores(scores: Score[], recallOnly = false): Score {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const out = scores.reduce((n, s) => n + s.out, 0);
  const matched = scores.reduce((n, s) => n + s.gold - s.missing.length, 0);
  const precision = out ? matched / out : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  const f1 = recallOnly ? recall : precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, out, missing: scores.flatMap((s) => s.missing), extra: scores.flatMap((s) => s.extra) };
}
