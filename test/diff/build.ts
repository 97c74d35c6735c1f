import type { Document, FileExtraction, OutlineItem, Table, TableValue, Target } from '../../dataset/schema.ts';

/**
 * Builders of extraction records for the diff's unit tests, so each test states only what it
 * compares. Positions are placed at the given line, column 1; offsets count 100 per line, which
 * is all the diff needs of them (order and identity).
 */

const MARKER = /^(第[一二三四五六七八九十]+部分|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.|——)/;
const CHINESE = '一二三四五六七八九';

/** The value of a marker's number: 十二 → 12, 3 → 3; null for ——. */
export function ordinalOf(marker: string): number | null {
  const digits = marker.match(/\d+/);
  if (digits) return Number(digits[0]);
  const numeral = marker.match(/[一二三四五六七八九十]+/)?.[0];
  if (!numeral) return null;
  const [tens, units] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const value = (text: string | undefined) => CHINESE.indexOf(text ?? '') + 1;
  return numeral.includes('十') ? (tens === '' ? 1 : value(tens)) * 10 + (units === '' ? 0 : value(units)) : value(units);
}

export function position(line: number, length = 10): Document['position'] {
  return { start: { line, column: 1, offset: line * 100 }, end: { line, column: 1 + length, offset: line * 100 + length } };
}

/**
 * An outline item from a line as printed in a plan: its marker, its title up to the first 。
 * and its body after it.
 */
export function itemOf(text: string, line: number, options: { id?: string; parentId?: string | null; level?: number } = {}): OutlineItem {
  const marker = text.match(MARKER)?.[0] ?? '';
  const rest = text.slice(marker.length);
  const stop = rest.indexOf('。');
  const title = stop < 0 ? rest : rest.slice(0, stop);
  const body = stop < 0 ? '' : rest.slice(stop + 1);
  return {
    id: options.id ?? `d#${line}`, parentId: options.parentId ?? null, level: options.level ?? 1,
    marker, ordinal: ordinalOf(marker), title, body, line, column: 1, position: position(line, text.length),
  };
}

export function valueOf(year: number | null, raw: string, value: number | null, line: number, options: Partial<TableValue> = {}): TableValue {
  return { year, scope: null, raw, value, comparator: null, kind: null, line, column: 1, position: position(line, raw.length), ...options };
}

/** A one-table document's table: rows of [name, unit, values]. */
export function tableOf(id: string, rows: Array<[string, string | null, TableValue[]]>, line = 10): Table {
  return {
    id, caption: null, kind: null, line, column: 1, position: position(line),
    rows: rows.map(([name, unit, values], index) => ({
      id: `${id}/r${index + 1}`, category: null, seq: null, name, parent: null, unit, attribute: null, values,
      line: line + index + 1, column: 1, position: position(line + index + 1),
    })),
  };
}

export function targetOf(name: string, year: number | null, value: number, unit: string | null, line: number, options: Partial<Target> = {}): Target {
  return { id: `t${line}`, year, name, value, unit, comparator: null, approx: false, raw: `${name}${value}${unit ?? ''}`, line, column: 1, position: position(line), ...options };
}

export function documentOf(parts: Partial<Document> & { id?: string }): Document {
  return {
    id: 'd#1', title: '张掖市“十五五”教育发展规划', line: 1, column: 1, position: position(1), endLine: 300,
    meta: {}, outline: [], tables: [], targets: [], facts: [], ...parts,
  };
}

export function extractionOf(documents: Document[], path = 'plan.txt'): FileExtraction {
  return {
    source: { name: path, path, sha256: '0'.repeat(64), encoding: 'utf-8', bytes: 1, lines: 300 },
    documents, diagnostics: [],
  };
}
