import type { Pair } from './assign-pairs.ts';
import { bigramsOf, containment, dice, sizeOf, type Bigrams } from './similarity.ts';

/** An item whose text now lives in several (split), or several items now one (merged). */
export interface Regrouping {
  kind: 'split' | 'merged';
  /** Indexes of the old items (one for a split). */
  old: number[];
  /** Indexes of the new items (one for a merge). */
  new: number[];
  /** Similarity of the one item to the others' texts joined. */
  score: number;
}

/** Share of a part's character pairs that must be found in the whole to count as a piece of it. */
const PIECE_CONTAINMENT = 0.7;
/** Shortest part (in character pairs) considered: a bare heading is found in many paragraphs. */
const PIECE_MIN_SIZE = 8;
/** Lowest similarity of the whole to its pieces joined. */
const REGROUP_THRESHOLD = 0.6;
/** How much better the pieces joined must match than the whole's own partner alone. */
const REGROUP_GAIN = 0.03;
/**
 * How far from where the whole now stands its pieces are looked for: the pieces of a split stand
 * together where the item stood, so looking nearby suffices and keeps the search linear.
 */
const PIECE_REACH = 4;

/**
 * Finds splits and merges among the outline items the one-to-one pairing left over: an old item
 * whose text is covered by its partner plus unpaired new items (or by several unpaired ones) was
 * split; the mirror case was merged.
 *
 * @param texts the items' compared texts, in outline order, of each side
 * @param pairs the one-to-one pairs
 * @example findRegroupings(oldTexts, oldGrams, newTexts, newGrams, pairs) // [{kind: 'split', old: [7], new: [7, 8], score: 0.93}]
 */
export function findRegroupings(
  oldTexts: string[], oldGrams: Bigrams[], newTexts: string[], newGrams: Bigrams[], pairs: Pair[],
): Regrouping[] {
  const splits = findPieces(oldGrams, newTexts, newGrams, pairs.map((p) => [p.old, p.new] as const))
    .map(({ whole, pieces, score }): Regrouping => ({ kind: 'split', old: [whole], new: pieces, score }));
  const usedNew = new Set(splits.flatMap((s) => s.new));
  const usedOld = new Set(splits.flatMap((s) => s.old));
  const remaining = pairs.filter((p) => !usedNew.has(p.new) && !usedOld.has(p.old));
  const merges = findPieces(newGrams, oldTexts, oldGrams, remaining.map((p) => [p.new, p.old] as const), usedOld)
    .filter(({ whole }) => !usedNew.has(whole))
    .map(({ whole, pieces, score }): Regrouping => ({ kind: 'merged', old: pieces, new: [whole], score }));
  return [...splits, ...merges];
}

/** For each whole on one side, the pieces on the other side that together make it up. */
function findPieces(
  wholeGrams: Bigrams[], pieceTexts: string[], pieceGrams: Bigrams[], pairs: ReadonlyArray<readonly [number, number]>,
  unavailable: Set<number> = new Set(),
): Array<{ whole: number; pieces: number[]; score: number }> {
  const partnerOf = new Map(pairs.map(([whole, piece]) => [whole, piece]));
  const paired = new Set(pairs.map(([, piece]) => piece));
  const free = new Set(pieceTexts.map((_, i) => i).filter((i) => !paired.has(i) && !unavailable.has(i)));
  const found: Array<{ whole: number; pieces: number[]; score: number }> = [];
  let lastPartner = -1;
  wholeGrams.forEach((grams, whole) => {
    const partner = partnerOf.get(whole);
    // Where the whole stands on the other side: at its partner, else just after the last partner.
    const place = partner ?? lastPartner + 1;
    if (partner !== undefined) lastPartner = partner;
    const loose = nearby(free, place).filter((i) => sizeOf(pieceGrams[i]!) >= PIECE_MIN_SIZE && containment(pieceGrams[i]!, grams) >= PIECE_CONTAINMENT);
    const pieces = (partner === undefined ? loose : [partner, ...loose]).toSorted((a, b) => a - b);
    if (loose.length === 0 || pieces.length < 2) return;
    const score = dice(grams, bigramsOf(pieces.map((i) => pieceTexts[i]!).join('')));
    const alone = partner === undefined ? 0 : dice(grams, pieceGrams[partner]!);
    if (score < REGROUP_THRESHOLD || score < alone + REGROUP_GAIN) return;
    for (const piece of loose) free.delete(piece);
    found.push({ whole, pieces, score });
  });
  return found;
}

/** The free pieces within reach of a place, in order. */
function nearby(free: Set<number>, place: number): number[] {
  const pieces: number[] = [];
  for (let i = place - PIECE_REACH; i <= place + PIECE_REACH; i += 1) if (free.has(i)) pieces.push(i);
  return pieces;
}
