import type { Change, Comparison, DiffReport, Ref, Segment } from './change.ts';

/** Characters of unchanged text kept on each side of an edit in a shown diff. */
const CONTEXT = 12;

const ENTITY_TITLES = { document: 'Documents', outline: 'Outline', indicator: 'Indicators (tables)', target: 'Targets (prose)' } as const;

/**
 * The report for a person: a summary count of each kind of change, then the changes by what
 * they concern (document metadata, outline, indicators, targets) with the lines to look at in
 * both files, character diffs of reworded items (`[-deleted-]{+inserted+}`), and the table of
 * every indicator value paired across the two files.
 *
 * @example renderMarkdown(report).startsWith('# Changes') // true
 */
export function renderMarkdown(report: DiffReport): string {
  const lines = [`# Changes from ${code(report.old.path)} to ${code(report.new.path)}`, ''];
  lines.push(`Old: ${titlesOf(report.old.documents)}  `, `New: ${titlesOf(report.new.documents)}`, '');
  lines.push('## Summary', '');
  if (report.changes.length === 0) lines.push('No changes.', '');
  else lines.push('| what | change | count |', '| --- | --- | ---: |', ...report.summary.map((s) => `| ${s.entity} | ${s.kind} | ${s.count} |`), '');
  for (const entity of ['document', 'outline'] as const) {
    const changes = report.changes.filter((c) => c.entity === entity);
    if (changes.length > 0) lines.push(`## ${ENTITY_TITLES[entity]}`, '', ...changes.flatMap(renderItemChange), '');
  }
  for (const entity of ['indicator', 'target'] as const) {
    const changes = report.changes.filter((c) => c.entity === entity);
    if (changes.length > 0) lines.push(`## ${ENTITY_TITLES[entity]}`, '', ...figureTable(changes), '');
  }
  const compared = report.comparisons.filter((c) => c.entity === 'indicator');
  if (compared.length > 0) lines.push(`## Indicator values compared (${compared.length} pairs)`, '', ...comparisonTable(compared), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A metadata or outline change as a list item, with a diff below a reworded one. */
function renderItemChange(change: Change): string[] {
  const where = placeOf(change);
  const score = change.score === null ? '' : ` (similarity ${change.score})`;
  switch (change.kind) {
    case 'metadata-changed':
      return [`- **${change.label}**: ${shown(change.from)} → ${shown(change.to)} ${where}`];
    case 'added':
      return [`- **added** ${numbered(change.to, change.label)} ${where}`];
    case 'removed':
      return [`- **removed** ${numbered(change.from, change.label)} ${where}`];
    case 'moved':
    case 'renumbered':
      return [`- **${change.kind}** ${change.label}: ${shown(change.from)} → ${shown(change.to)} ${where}${score}`];
    case 'reworded': {
      const diff = change.diff;
      const parts = diff ? [['title', diff.title], ['body', diff.body]] as const : [];
      const shownParts = parts.filter(([, segments]) => segments.some((s) => s.op !== 'equal'));
      return [`- **reworded** ${numbered(change.to, change.label)} ${where}${score}`, ...shownParts.map(([name, segments]) => `  - ${name}: ${renderSegments(segments)}`)];
    }
    case 'split':
    case 'merged':
      return [`- **${change.kind}** ${change.label} ${where}${score}`];
    default:
      return [`- **${change.kind}** ${change.label} ${where}`];
  }
}

/** Indicator or target changes as a table. */
function figureTable(changes: Change[]): string[] {
  return [
    '| change | name | year | scope | old | new | match | old line | new line |',
    '| --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |',
    ...changes.map((c) => row([c.kind, c.label, c.year ?? '', c.scope ?? '', c.from ?? '', c.to ?? '', c.score ?? '', c.old.map((r) => r.line).join(', '), c.new.map((r) => r.line).join(', ')])),
  ];
}

/**
 * Every paired value, changed or not, one row per indicator row (and scope) and one column per year,
 * so shared indicators read side by side: `99.54% → 99.53%` where the value changed.
 */
function comparisonTable(comparisons: Comparison[]): string[] {
  const years = [...new Set(comparisons.map((c) => c.year))].toSorted((a, b) => (a ?? 0) - (b ?? 0));
  // One row per pair of table rows: a plan may give one indicator in two tables.
  const rows = new Map<string, Comparison[]>();
  for (const comparison of comparisons) {
    const key = [comparison.oldRowId, comparison.newRowId, comparison.scope ?? ''].join('\u0000');
    const group = rows.get(key);
    if (group) group.push(comparison);
    else rows.set(key, [comparison]);
  }
  const cell = (c: Comparison | undefined) => (c === undefined ? '' : c.changed ? `${c.from} → ${c.to}` : c.to);
  return [
    `| indicator | scope | match | ${years.map((y) => y ?? 'no year').join(' | ')} |`,
    `| --- | --- | ---: | ${years.map(() => '---').join(' | ')} |`,
    ...[...rows.values()].map((group) => {
      const first = group[0]!;
      const name = first.oldName === first.newName ? first.newName : `${first.oldName} ~ ${first.newName}`;
      const score = Math.min(...group.map((c) => c.score));
      return row([name, first.scope ?? '', score, ...years.map((y) => cell(group.find((c) => c.year === y)))]);
    }),
  ];
}

/**
 * A character diff as one line: deletions `[-…-]`, insertions `{+…+}` (git's word-diff marks),
 * long unchanged stretches cut to their ends.
 */
export function renderSegments(segments: Segment[]): string {
  return segments.map((segment, index) => {
    const text = segment.text.replace(/\s+/g, ' ');
    if (segment.op === 'delete') return `[-${text}-]`;
    if (segment.op === 'insert') return `{+${text}+}`;
    const head = index === 0 ? '' : text.slice(0, CONTEXT);
    const tail = index === segments.length - 1 ? '' : text.slice(-CONTEXT);
    return head.length + tail.length >= text.length ? text : `${head}…${tail}`;
  }).join('');
}

function placeOf(change: Change): string {
  if (change.old.length > 0 && change.new.length > 0) return `(old ${linesOf(change.old)} → new ${linesOf(change.new)})`;
  if (change.old.length > 0) return `(old ${linesOf(change.old)})`;
  return `(new ${linesOf(change.new)})`;
}

function linesOf(refs: Ref[]): string {
  if (refs.length === 0) return '';
  return `${refs.length > 1 ? 'lines' : 'line'} ${refs.map((r) => r.line).join(', ')}`;
}

function row(cells: Array<string | number>): string {
  return `| ${cells.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`;
}

function titlesOf(documents: DiffReport['old']['documents']): string {
  return documents.length === 0 ? '(no document)' : documents.map((d) => d.title).join('; ');
}

/** A marker and title as printed: `（三）健全…`, but `第一部分 发展基础` and `—— 学前教育` spaced. */
function numbered(marker: string | null, title: string): string {
  if (marker === null || marker === '') return title;
  return /[、.．)）]$/u.test(marker) ? `${marker}${title}` : `${marker} ${title}`;
}

function shown(value: string | null): string {
  return value === null ? '(none)' : value;
}

function code(text: string): string {
  return `\`${text}\``;
}
