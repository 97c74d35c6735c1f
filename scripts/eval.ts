import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { KINDS, poolScores, scoreFile, type Kind, type Score, type Scored } from '../evaluation/score.ts';

const USAGE = `usage: npm run eval -- [--gold DIR] [--out DIR] [--verbose]

Scores the extraction in DIR (default: output/) against hand-checked gold files
(default: ../shared/gold/): precision, recall and F1 per file and per kind, then per kind
over all files. Run \`npm run extract\` first. --verbose lists what is missing and extra.`;

/**
 * The `eval` command: reads the real output files and the real gold, prints the table.
 * Exit 0 when it could score, 2 when it could not read the gold.
 */
export async function run(argv: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string', default: join('..', 'shared', 'gold') },
      out: { type: 'string', default: 'output' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const goldFiles = (await readdir(values.gold).catch(() => null))?.filter((f) => f.endsWith('.json')).toSorted();
  if (!goldFiles || goldFiles.length === 0) {
    print(`No gold files (*.json) in ${values.gold}\n${USAGE}`);
    return 2;
  }
  const totals = new Map<Kind, Score[]>();
  print(`${'file'.padEnd(28)} ${'kind'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  gold/out`);
  for (const goldFile of goldFiles) {
    const gold = JSON.parse(await readFile(join(values.gold, goldFile), 'utf8')) as Scored & { source?: string };
    const stem = basename(gold.source ?? goldFile, '.txt').replace(/\.json$/, '');
    const out = await readJson(join(values.out, `${stem}.json`));
    const scores = scoreFile(gold, out);
    for (const kind of KINDS) {
      const score = scores[kind];
      if (!score) continue;
      print(row(stem, kind, score) + (out ? '' : '  NO OUTPUT'));
      if (values.verbose) printDetails(score, print);
      totals.set(kind, [...(totals.get(kind) ?? []), score]);
    }
  }
  print('');
  for (const kind of KINDS) {
    const scores = totals.get(kind);
    if (scores) print(row('ALL', kind, poolScores(scores, kind === 'facts')));
  }
  return 0;
}

function row(file: string, kind: string, score: Score): string {
  const f = (n: number) => n.toFixed(3).padStart(6);
  return `${file.padEnd(28)} ${kind.padEnd(12)} ${f(score.precision)} ${f(score.recall)} ${f(score.f1)}  ${score.gold}/${score.out}`;
}

function printDetails(score: Score, print: (line: string) => void): void {
  for (const key of score.missing) print(`    missing ${key}`);
  for (const key of score.extra) print(`    extra   ${key}`);
}

async function readJson(path: string): Promise<Scored | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Scored;
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
