/** The K-th (1-based) of N slices of a batch. */
export interface Shard {
  index: number;
  count: number;
}

/** The name of the file that marks a shard's output, for `merge`; a whole run has none. */
export const SHARD_FILE = 'shard.json';

/** What `shard.json` holds: which shard this is, and how many inputs the whole batch has. */
export interface ShardRecord extends Shard {
  batchFiles: number;
}

/**
 * Reads `--shard K/N` (1 ≤ K ≤ N). Returns the reason when it is not a shard, so the CLI can
 * say what it expected.
 *
 * @example parseShard('2/8') // {index: 2, count: 8}
 */
export function parseShard(text: string): Shard | string {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return `--shard takes K/N with 1 ≤ K ≤ N (e.g. 1/4), not ${text}`;
  return { index, count };
}

/**
 * The items of a shard: the K-th of N contiguous slices, as even as whole items allow. Items
 * must already be in their fixed order (listInputs sorts them); contiguous slices make the
 * shards' outputs, concatenated in shard order, the output of one run over all items.
 *
 * @example shardOf(['a', 'b', 'c', 'd', 'e'], {index: 2, count: 2}) // ['c', 'd', 'e']
 */
export function shardOf<T>(items: readonly T[], shard: Shard): T[] {
  const from = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const to = Math.floor((shard.index * items.length) / shard.count);
  return items.slice(from, to);
}
