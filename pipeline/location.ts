import { location } from 'vfile-location';
import type { OffsetMap } from './offset-map.ts';
import type { Point, Position } from '../dataset/schema.ts';

/** Converts normalized offsets to points in the original file. */
export interface Locator {
  /** The original-file point of a normalized offset. */
  point(offset: number): Point;
  /** The original-file position of a normalized range (end exclusive). */
  position(start: number, end: number): Position;
  /** The original text of a normalized range. */
  originalText(start: number, end: number): string;
}

/**
 * The one place where positions are computed: normalized offset → original offset (through the
 * normalization's offset map) → line and column (vfile-location, which counts UTF-16 units and
 * treats CRLF, LF and CR as line ends, as the original file has them).
 *
 * @example createLocator('a\nb', OffsetMap.identity()).point(2) // {line: 2, column: 1, offset: 2}
 */
export function createLocator(original: string, map: OffsetMap): Locator {
  const lines = location(original);
  const point = (offset: number): Point => {
    const source = Math.min(Math.max(map.toSource(offset), 0), original.length);
    const found = lines.toPoint(source);
    // vfile-location answers undefined only past the end, which the clamp above rules out.
    if (!found) throw new Error(`Offset ${source} is outside the original text`);
    return { line: found.line, column: found.column, offset: source };
  };
  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }),
    originalText: (start, end) => original.slice(map.toSource(start), map.toSource(Math.max(start, end))),
  };
}
