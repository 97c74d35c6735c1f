import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { FileExtraction } from '../dataset/schema.ts';
import { renderJson } from '../dataset/render.ts';
import type { DiffReport } from '../diff/change.ts';
import { diffExtractions } from '../diff/diff-extractions.ts';
import { parseExtraction } from '../diff/parse-extraction.ts';
import { renderCsv } from '../diff/render-csv.ts';
import { renderMarkdown } from '../diff/render-markdown.ts';
import { extractFile } from '../pipeline/extract-file.ts';

const USAGE = `usage: npm run diff -- OLD NEW [--out DIR] [--format md,json,csv]

What changed between two drafts of a plan. OLD and NEW are plan files (extracted first) or
extraction JSON files (a dataset's <stem>.json). With --out, writes diff.md, diff.json and
diff.csv (or the --format ones) into DIR; without, prints the report (md by default) to stdout.
Exit code: 0 the two are the same, 1 they differ, 2 error.`;

const RENDERERS = { md: renderMarkdown, json: (report: DiffReport) => renderJson(report), csv: renderCsv } as const;
type Format = keyof typeof RENDERERS;

/** Where the command writes: injectable so tests capture it. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_OUTPUT: Output = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/**
 * The `diff` command. Returns the exit code, like diff(1): 0 same, 1 different, 2 trouble.
 *
 * @example await run(['draft.txt', 'final.txt', '--out', 'changes']) // 1
 */
export async function run(argv: string[], output: Output = PROCESS_OUTPUT): Promise<number> {
  let options;
  try {
    options = parseArgs({ args: argv, allowPositionals: true, options: {
      out: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', default: false },
    } });
  } catch (error) {
    output.stderr(`${messageOf(error)}\n${USAGE}\n`);
    return 2;
  }
  if (options.values.help) {
    output.stdout(`${USAGE}\n`);
    return 0;
  }
  const [oldPath, newPath, ...extra] = options.positionals;
  if (oldPath === undefined || newPath === undefined || extra.length > 0) {
    output.stderr(`Expected two files, OLD and NEW, got ${options.positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const formats = parseFormats(options.values.format ?? (options.values.out === undefined ? 'md' : 'md,json,csv'));
  if (typeof formats === 'string') {
    output.stderr(`${formats}\n${USAGE}\n`);
    return 2;
  }
  try {
    const report = diffExtractions(await load(oldPath), await load(newPath));
    if (options.values.out === undefined) for (const format of formats) output.stdout(RENDERERS[format](report));
    else await writeReport(options.values.out, formats, report);
    return report.changes.length === 0 ? 0 : 1;
  } catch (error) {
    output.stderr(`${messageOf(error)}\n`);
    return 2;
  }
}

/** The formats asked for, or why the list is wrong. */
function parseFormats(list: string): Format[] | string {
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(name in RENDERERS));
  if (unknown.length > 0 || names.length === 0) return `Unexpected format ${unknown.join(', ') || '(none)'}, expected md, json or csv`;
  return [...new Set(names)] as Format[];
}

/** An extraction from a JSON file (validated) or from a plan file (extracted now). */
async function load(path: string): Promise<FileExtraction> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${path}: ${error.code ?? error.message}`);
  });
  if (path.toLowerCase().endsWith('.json')) {
    const parsed = parseExtraction(new TextDecoder().decode(bytes), path);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.extraction;
  }
  const result = extractFile({ path, bytes });
  if (result.status !== 'ok') throw new Error(`Cannot extract ${path}: ${result.reason}`);
  return result.extraction;
}

/** Writes each report file whole or not at all: to a temporary name, then renamed over. */
async function writeReport(outDir: string, formats: Format[], report: DiffReport): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const format of formats) {
    const target = join(outDir, `diff.${format}`);
    const temporary = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temporary, RENDERERS[format](report));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
