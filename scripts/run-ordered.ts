/**
 * Runs `work` on every item with at most `concurrency` at once, and hands the results to
 * `consume` strictly in input order, as soon as each is next in line. Output order (and so the
 * bytes written) never depends on which item finished first; at most `concurrency` finished
 * results wait in memory.
 */
export async function runOrdered<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  consume: (result: R, index: number) => Promise<void>,
): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  const start = () => {
    if (next < items.length) {
      const index = next++;
      pending.set(index, work(items[index] as T, index));
    }
  };
  for (let i = 0; i < Math.max(1, concurrency); i++) start();
  for (let index = 0; index < items.length; index++) {
    const result = await (pending.get(index) as Promise<R>);
    pending.delete(index);
    start();
    await consume(result, index);
  }
}
