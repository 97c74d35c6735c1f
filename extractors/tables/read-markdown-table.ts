import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, TableCell } from 'mdast';
import { cellOf, rowOf, tableOf, type Cell, type CellRow, type ReadResult } from './model.ts';
import type { ReaderInput } from './reader-input.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads a markdown pipe table (the lines `[index, next)`) with remark-parse and remark-gfm
 * into the table model, so that markdown input meets the same interpreter as every other
 * flattening. The delimiter row is not a row of the model. Cell ranges come from the mdast
 * positions, offset by where the block starts in the text.
 *
 * @example readMarkdownTable(input, 0, 3)?.table.rows.length // 2 (header and one body row)
 */
export function readMarkdownTable(input: ReaderInput, index: number, next: number): ReadResult | null {
  const first = input.lines[index];
  const last = input.lines[next - 1];
  if (!first || !last) return null;
  const base = first.start;
  const tree: Root = parser.parse(input.text.slice(base, last.end));
  const table = tree.children.find((node: RootContent) => node.type === 'table');
  if (!table || table.type !== 'table') return null;
  const rows: CellRow[] = [];
  for (const row of table.children) {
    const cells = row.children.map((cell) => markdownCell(input, base, cell));
    const lineStart = base + (row.position?.start.offset ?? 0);
    rows.push(rowOf(cells, lineStart));
  }
  return { table: tableOf('markdown', rows), next };
}

/** A cell's range is that of its content, without the pipes and padding around it. */
function markdownCell(input: ReaderInput, base: number, cell: TableCell): Cell {
  const children = cell.children;
  const start = children[0]?.position?.start.offset ?? cell.position?.end.offset ?? 0;
  const end = children[children.length - 1]?.position?.end.offset ?? start;
  return cellOf(input.text, base + start, base + end, input.isDamage);
}
