/**
 * A piecewise map from offsets in a derived text back to offsets in the text it was derived
 * from. Normalization changes lengths only at a few places (a dropped CR, a removed zero-width
 * character, an OpenCC entry that turns one UTF-16 unit into a surrogate pair), so the map
 * stores breakpoints, not one entry per character: memory stays proportional to the number of
 * edits, not to the size of the file.
 *
 * Between two breakpoints the derived and the source text run in step: `source = derived + delta`.
 */
export class OffsetMap {
  /** Derived offsets where a new delta starts, ascending. */
  readonly #starts: number[];
  /** `source - derived` from the matching start on. */
  readonly #deltas: number[];

  /** Use {@link OffsetMapBuilder} or {@link OffsetMap.identity} rather than this. */
  constructor(starts: number[], deltas: number[]) {
    this.#starts = starts;
    this.#deltas = deltas;
  }

  /** The map of a text to itself. */
  static identity(): OffsetMap {
    return new OffsetMap([0], [0]);
  }

  /**
   * The source offset of a derived offset. An offset inside a replaced unit (the second half
   * of a surrogate pair that stood for one source character) maps to that unit's source offset.
   *
   * @example OffsetMap.identity().toSource(7) // 7
   */
  toSource(derived: number): number {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= derived) low = middle;
      else high = middle - 1;
    }
    return derived + (this.#deltas[low] ?? 0);
  }

  /**
   * The first derived offset that maps to `source` or past it: the inverse of
   * {@link OffsetMap.toSource} (which never decreases, so a binary search finds it).
   */
  toDerived(source: number): number {
    let low = 0;
    let high = Math.max(0, source - Math.min(0, ...this.#deltas)) + 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.toSource(middle) < source) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The map of `inner` followed by this one: `inner` takes a text C back to B, this map takes
   * B back to A; the result takes C back to A.
   */
  after(inner: OffsetMap): OffsetMap {
    if (this.#starts.length === 1 && this.#deltas[0] === 0) return inner;
    const builder = new OffsetMapBuilder();
    // Every breakpoint of the composed map is a breakpoint of `inner`, or the derived offset
    // at which `inner` reaches a breakpoint of this map.
    const candidates = new Set<number>(inner.#starts);
    for (let i = 0; i < inner.#starts.length; i++) {
      const from = inner.#starts[i] ?? 0;
      const to = i + 1 < inner.#starts.length ? (inner.#starts[i + 1] ?? 0) : Infinity;
      const delta = inner.#deltas[i] ?? 0;
      for (const b of this.#starts) {
        const derived = b - delta;
        if (derived > from && derived < to) candidates.add(derived);
      }
    }
    for (const derived of [...candidates].toSorted((a, b) => a - b)) {
      builder.mark(derived, this.toSource(inner.toSource(derived)));
    }
    return builder.build();
  }
}

/**
 * Builds an {@link OffsetMap} while a derived text is written left to right: call
 * `mark(derivedOffset, sourceOffset)` wherever the two stop running in step.
 */
export class OffsetMapBuilder {
  readonly #starts: number[] = [0];
  readonly #deltas: number[] = [0];

  /** From `derived` on, derived offsets map to `source + (offset - derived)`. */
  mark(derived: number, source: number): void {
    const delta = source - derived;
    const last = this.#starts.length - 1;
    if (this.#deltas[last] === delta) return;
    if (this.#starts[last] === derived) {
      this.#deltas[last] = delta;
      if (last > 0 && this.#deltas[last - 1] === delta) {
        this.#starts.pop();
        this.#deltas.pop();
      }
      return;
    }
    this.#starts.push(derived);
    this.#deltas.push(delta);
  }

  build(): OffsetMap {
    return new OffsetMap([...this.#starts], [...this.#deltas]);
  }
}
