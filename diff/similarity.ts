/**
 * Character similarity of two texts, for Chinese text where words are not separated: the Dice
 * coefficient over character bigrams (as multisets), so that a few characters edited in a long
 * paragraph keep it close to its old self while two unrelated sentences share almost nothing.
 */

/** A text's character bigrams and how often each occurs; white space is ignored. */
export type Bigrams = Map<string, number>;

/**
 * The bigram multiset of a text. A one-character text is its own single "bigram", so that short
 * names still compare.
 *
 * @example bigramsOf('入园率') // Map { '入园' => 1, '园率' => 1 }
 */
export function bigramsOf(text: string): Bigrams {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const bigrams: Bigrams = new Map();
  if (chars.length === 1) bigrams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    bigrams.set(gram, (bigrams.get(gram) ?? 0) + 1);
  }
  return bigrams;
}

/** Number of bigrams in a multiset. */
export function sizeOf(bigrams: Bigrams): number {
  let size = 0;
  for (const count of bigrams.values()) size += count;
  return size;
}

/** Number of bigrams two multisets share. */
function sharedCount(a: Bigrams, b: Bigrams): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  return shared;
}

/**
 * Dice coefficient of two bigram multisets: 1 identical, 0 nothing shared; two empty texts are
 * identical.
 *
 * @example dice(bigramsOf('学前三年毛入园率'), bigramsOf('学前教育毛入园率')) // 8/14 ≈ 0.571
 */
export function dice(a: Bigrams, b: Bigrams): number {
  const total = sizeOf(a) + sizeOf(b);
  return total === 0 ? 1 : (2 * sharedCount(a, b)) / total;
}

/**
 * How much of `part` is found in `whole`: the share of `part`'s bigrams that `whole` has too.
 * Tells whether an item's text is a piece of another's (a split or a merge).
 *
 * @example containment(bigramsOf('毛入园率'), bigramsOf('学前教育毛入园率')) // 1
 */
export function containment(part: Bigrams, whole: Bigrams): number {
  const size = sizeOf(part);
  return size === 0 ? 0 : sharedCount(part, whole) / size;
}

/** A score as reported: three decimals, enough to rank, and the same on every platform. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
