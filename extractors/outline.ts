import { located, originalFields, type DocumentContext, type Span } from '../pipeline/context.ts';
import { splitLines } from '../pipeline/lines.ts';
import type { OutlineItem } from '../dataset/schema.ts';
import { readItems, type OutlineLine, type RawItem } from './outline/read-items.ts';
import { placeItems } from './outline/hierarchy.ts';
import { paragraphBreaks, rejoinLines, wrapWidth } from './outline/rejoin-wrapped-lines.ts';
import { comparableName } from '../pipeline/split/compare-text.ts';

/**
 * Every heading and numbered item of a document (第一部分, 一、, （一）, 1., （1）, ①, ——, and
 * unnumbered heading lines), in order, each with its level in the document's own hierarchy,
 * its parent, a stable id built from its path of markers (`…#1/三/（四）/2`), its title (up to
 * the first `。`) and its body (its own text up to the next item, wrapped lines rejoined).
 * Lines of tables and of the document's contents are not read.
 *
 * @example extractOutline(context)[0] // {marker: '一、', title: '发展基础', level: 1, …}
 */
export function extractOutline(context: DocumentContext): OutlineItem[] {
  const lines = outlineLines(context);
  const items = readItems(lines, wrapWidth(lines.map((line) => line.text)));
  const placements = placeItems(items);
  return items.map((item, index): OutlineItem => {
    const placement = placements[index];
    if (!placement) throw new Error(`No placement for outline item ${index}`);
    if (placement.expectedOrdinal !== null) {
      context.report('outline:skipped-number', `Unexpected number ${item.marker}, expected ${placement.expectedOrdinal}`, item.start, item.start + item.marker.length);
    }
    const parent = placement.parent === null ? null : placements[placement.parent];
    const body = rejoinLines(item.body.map((span) => span.text));
    return {
      id: idOf(context, placement.path),
      parentId: parent ? idOf(context, parent.path) : null,
      level: placement.level,
      marker: item.marker,
      ordinal: item.ordinal,
      title: item.title.text,
      body,
      ...located(context, item.start, item.end),
      original: originalOf(context, item, body),
    };
  });
}

function idOf(context: DocumentContext, path: readonly string[]): string {
  return `${context.documentId}/${path.join('/')}`;
}

/** Original-script title and body, where they differ from the Simplified ones. */
function originalOf(context: DocumentContext, item: RawItem, simplifiedBody: string): Record<string, string> | undefined {
  const title = originalFields(context, { title: item.title });
  const breaks = paragraphBreaks(item.body.map((span) => span.text));
  const body = rejoinLines(item.body.map((span) => context.locator.originalText(span.start, span.end)), breaks);
  const differs = body !== simplifiedBody;
  return title || differs ? { ...title, ...(differs ? { body } : {}) } : undefined;
}

/**
 * A row of cells (two TABs or pipes between text) is a table's, whether or not the table reader
 * took its table: `	2. 学前教育教师接受专业教育比例（%）	77.5	83	预期性` is no numbered task.
 */
function looksLikeTableRow(text: string): boolean {
  const tabs = text.split('\t').length - 1;
  const pipes = text.split('|').length - 1;
  if (tabs < 2 && pipes < 2) return false;
  return text.split(/[\t|]/).filter((cell) => cell.trim() !== '').length >= 2;
}

/**
 * The lines the outline reads: the non-empty lines after the document's title, without the
 * lines of its tables and contents; a line after such a gap is marked, since a heading or a
 * wrapped sentence never runs across a table.
 */
function outlineLines(context: DocumentContext): OutlineLine[] {
  const { document } = context;
  const skipped: Span[] = [...context.tableRegions, ...(document.contents ? [document.contents] : [])];
  const from = document.title?.end ?? document.start;
  const title = document.title ? comparableName(document.title.text) : null;
  const lines: OutlineLine[] = [];
  let afterGap = false;
  for (const line of splitLines(context.text, from, document.end)) {
    if (line.start < from && line.end <= from) continue;
    if (skipped.some((span) => line.start < span.end && line.end > span.start)) {
      afterGap = true;
      continue;
    }
    if (line.text.trim() === '') continue;
    // a running header (the title again, on every page of a PDF copy) is no heading
    if (looksLikeTableRow(line.text) || comparableName(line.text) === title) {
      afterGap = true;
      continue;
    }
    lines.push({ ...line, afterGap });
    afterGap = false;
  }
  return lines;
}
