import { expect } from 'vitest';
import { FileExtraction, type Position } from '../dataset/schema.ts';

/**
 * The invariant every extraction keeps: it validates against its schema, and every position
 * points inside the original text with line and column agreeing with its offset.
 */
export function expectSoundExtraction(extraction: unknown, original: string): void {
  const parsed = FileExtraction.safeParse(extraction);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  if (!parsed.success) return;
  const lineStarts = [0];
  for (const match of original.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length);
  const check = (position: Position) => {
    for (const point of [position.start, position.end]) {
      expect(point.offset).toBeLessThanOrEqual(original.length);
      expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset);
    }
    expect(position.end.offset).toBeGreaterThanOrEqual(position.start.offset);
  };
  for (const document of parsed.data.documents) {
    check(document.position);
    for (const item of document.outline) check(item.position);
    for (const table of document.tables) {
      check(table.position);
      for (const row of table.rows) {
        check(row.position);
        for (const value of row.values) check(value.position);
      }
    }
    for (const record of [...document.targets, ...document.facts]) check(record.position);
  }
}
