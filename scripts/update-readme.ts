import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { RULES } from '../pipeline/rules.ts';
import { CSV_TABLES } from '../dataset/csv-tables.ts';
import { run as runEval } from './eval.ts';

/**
 * Regenerates the README's generated sections, so that they cannot drift from the code: the
 * rule table (from pipeline/rules.ts), one real example row of each CSV (from OUT, default
 * output/, written by `npm run extract`), and the `npm run eval` table.
 * Usage: `npm run readme -- [--out DIR]`.
 */
export async function run(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? (argv[outIndex + 1] ?? 'output') : 'output';
  let readme = await readFile('README.md', 'utf8');
  readme = replaceSection(readme, 'rules', Object.entries(RULES).map(([id, meaning]) => `| \`${id}\` | ${meaning} |`).join('\n'));
  readme = replaceSection(readme, 'examples', await exampleRows(out));
  const lines: string[] = [];
  await runEval(['--out', out], (line) => lines.push(line));
  readme = replaceSection(readme, 'eval', ['```', ...lines, '```'].join('\n'));
  await writeFile('README.md', readme);
  return 0;
}

/**
 * Replaces the content between `<!-- name:start -->` and `<!-- name:end -->` in a README text.
 *
 * @example replaceSection(readme, 'bench', table)
 */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The first data row of each CSV, as a column → value list. */
async function exampleRows(out: string): Promise<string> {
  const parts = ['#### One real row of each CSV', ''];
  for (const table of CSV_TABLES) {
    const text = await readFile(join(out, `${table.name}.csv`), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => Object.values(r).every((v) => v.length < 200)) ?? rows[0];
    if (!row) continue;
    parts.push(`\`${table.name}.csv\`:`, '', '| column | value |', '| --- | --- |');
    for (const field of table.fields) parts.push(`| ${field.name} | ${(row[field.name] ?? '').replaceAll('|', '\\|')} |`);
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
