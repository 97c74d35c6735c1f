import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertToSimplified } from '../../pipeline/script-conversion.ts';
import { ordinalOf } from './build.ts';

/**
 * Edited copies of a seed plan for the diff's seed-level tests, made from the plan's text and its
 * gold annotation only (never from the output under test): the OLD copy is the seed marked as a
 * draft; the NEW copy is the seed with, in one group of sibling tasks, two tasks swapped, one
 * removed, one reworded and one inserted in the middle (the group renumbered as an editor
 * would), and one indicator value changed. `expected` lists exactly those changes.
 */

interface GoldItem { level: number; marker: string; title: string; line: number }
interface GoldValue { year: number | null; scope: string | null; raw: string; value: number | null; comparator: string | null }
interface GoldRow { name: string; unit: string | null; values: GoldValue[] }
interface GoldDocument { title: string; line: number; outline: GoldItem[]; tables: Array<{ line: number; rows: GoldRow[] }>; targets: Array<{ line: number }> }

/**
 * The gold annotation of a seed: a copy of the hand-checked gold (shared/gold) kept with the
 * tests, so that they run on a clone that has no shared/ beside it.
 */
export function goldOf(stem: string): { documents: GoldDocument[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gold', `${stem}.json`), 'utf8')) as { documents: GoldDocument[] };
}

/** A change the diff must report: what, its label (Simplified) and where, in the file it is in. */
export interface ExpectedChange {
  entity: string;
  kind: string;
  label: string;
  from?: string | null;
  to?: string | null;
  oldLine?: number;
  newLine?: number;
}

const DRAFT_MARK = '（征求意见稿）';
export const INSERTED_TITLE = '健全教育督导问责长效机制';
const INSERTED_BODY = '完善督政、督学、评估监测体系，强化督导结果运用，压实各级政府履行教育职责。';
const REWORDING = '全面';

const simplified = (text: string) => convertToSimplified(text).text;

/** The edited pair and the changes between them. */
export function editedCopies(stem: string, originalText: string): { old: string; new: string; expected: ExpectedChange[] } {
  const document = goldOf(stem).documents[0]!;
  const original = originalText.split('\n');
  const lines = [...original];
  const indicator = changeFirstValue(document, lines);
  const group = taskGroup(document, lines.length);
  const [first, second] = [group[0]!, group[1]!];
  const clean = group.slice(2).filter((item) => !document.targets.some((t) => t.line >= item.line && t.line <= item.end));
  const [removed, reworded] = [clean[0]!, clean[1]!];
  // New order: second, first, the rest without `removed`, the new task right before `reworded`.
  const order: Array<Extent | 'inserted'> = [second, first, ...group.slice(2).filter((item) => item !== removed)];
  order.splice(order.indexOf(reworded), 0, 'inserted');

  const groupLines: string[] = [];
  const newLineOf = new Map<Extent | 'inserted', number>();
  const base = group[0]!.line;
  const gap = blankLinesAfter(lines, first);
  order.forEach((entry, index) => {
    const marker = markerWithNumber(first.marker, ordinalOf(first.marker)! + index);
    newLineOf.set(entry, base + groupLines.length);
    if (entry === 'inserted') {
      groupLines.push(`${marker}${INSERTED_TITLE}。${INSERTED_BODY}`, ...new Array<string>(gap).fill(''));
      return;
    }
    const own = lines.slice(entry.line - 1, entry.end);
    let head = own[0]!.replace(entry.marker, marker);
    if (entry === reworded) head = head.replace(entry.title, `${REWORDING}${entry.title}`);
    groupLines.push(head, ...own.slice(1));
  });
  const last = group.at(-1)!;
  const edited = [...lines.slice(0, base - 1), ...groupLines, ...lines.slice(last.end)];
  const shift = groupLines.length - (last.end - base + 1);
  const valueLine = indicator.line > last.end ? indicator.line + shift : indicator.line;

  // The old copy is the draft: the draft mark on its own line under the title.
  const old = [...original.slice(0, document.line), DRAFT_MARK, ...original.slice(document.line)];
  const oldLine = (line: number) => (line > document.line ? line + 1 : line);
  return {
    old: old.join('\n'),
    new: edited.join('\n'),
    expected: [
      { entity: 'document', kind: 'metadata-changed', label: 'draft', to: null },
      { entity: 'outline', kind: 'moved', label: simplified(second.title), from: second.marker, to: first.marker, oldLine: oldLine(second.line), newLine: newLineOf.get(second)! },
      { entity: 'outline', kind: 'removed', label: simplified(removed.title), oldLine: oldLine(removed.line) },
      { entity: 'outline', kind: 'added', label: INSERTED_TITLE, newLine: newLineOf.get('inserted')! },
      { entity: 'outline', kind: 'reworded', label: simplified(`${REWORDING}${reworded.title}`), oldLine: oldLine(reworded.line), newLine: newLineOf.get(reworded)! },
      { entity: 'indicator', kind: 'value-changed', label: simplified(indicator.name), from: indicator.from, to: indicator.to, oldLine: oldLine(indicator.line), newLine: valueLine },
    ],
  };
}

/** A gold outline item with the last line of its own text (up to the next item). */
interface Extent extends GoldItem { end: number }

/**
 * The first run of at least five sibling tasks numbered alike, none with sub-items, so that
 * swapping, removing and inserting touch nothing else.
 */
function taskGroup(document: GoldDocument, lineCount: number): Extent[] {
  const items = document.outline.map((item, i): Extent => ({ ...item, end: (document.outline[i + 1]?.line ?? lineCount + 1) - 1 }));
  const style = (marker: string) => marker.replace(/[0-9一二三四五六七八九十]+/g, '#');
  let run: Extent[] = [];
  for (const [i, item] of items.entries()) {
    const next = items[i + 1];
    const leaf = next === undefined || next.level <= item.level;
    const continues = run.length > 0 && run[0]!.level === item.level && style(run[0]!.marker) === style(item.marker);
    if (!leaf || ordinalOf(item.marker) === null) {
      if (run.length >= 5) return run;
      run = [];
      continue;
    }
    run = continues ? [...run, item] : [item];
    if (next === undefined || next.level < item.level) {
      if (run.length >= 5) return run;
      run = [];
    }
  }
  throw new Error('No group of five sibling tasks in this seed');
}

function blankLinesAfter(lines: string[], item: Extent): number {
  let count = 0;
  for (let line = item.end; line > item.line && lines[line - 1]!.trim() === ''; line -= 1) count += 1;
  return count;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A marker of the same form with another number: `（十六）`, 17 → `（十七）`; `14.`, 15 → `15.`. */
function markerWithNumber(marker: string, value: number): string {
  if (/\d/.test(marker)) return marker.replace(/\d+/, String(value));
  const tens = Math.floor(value / 10);
  const chinese = `${tens === 0 ? '' : tens === 1 ? '十' : `${NUMERALS[tens]}十`}${NUMERALS[value % 10]}`;
  return marker.replace(/[一二三四五六七八九十]+/, chinese);
}

/** Changes the first value of the first row of the first table in `lines` (in place); what it changed and on which line. */
function changeFirstValue(document: GoldDocument, lines: string[]): { name: string; from: string; to: string; line: number } {
  const table = document.tables[0]!;
  const row = table.rows[0]!;
  const cell = row.values[0]!;
  const start = lines.findIndex((line, index) => index >= table.line - 1 && line.includes(row.name));
  const index = lines.findIndex((line, i) => i >= start && line.includes(cell.raw, i === start ? line.indexOf(row.name) : 0));
  const value = cell.value!;
  const changed = Math.round((value >= 50 ? value - 1 : value + 1) * 100) / 100;
  const number = cell.raw.match(/\d+(?:\.\d+)?/)![0];
  lines[index] = lines[index]!.replace(cell.raw, cell.raw.replace(number, String(changed)));
  const figure = (v: number) => `${cell.comparator ?? ''}${v}${row.unit ?? ''}`;
  return { name: row.name, from: figure(value), to: figure(changed), line: index + 1 };
}
