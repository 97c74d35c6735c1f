import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { extractFile, type FileResult } from '../pipeline/extract-file.ts';
import { DatasetWriter } from './dataset-writer.ts';
import { listInputs, type InputFile } from './list-inputs.ts';
import { formatDiagnostic } from './reporter.ts';
import { runOrdered } from './run-ordered.ts';

const USAGE = `usage: npm run extract -- [paths…] [--out DIR] [--jobs N] [--quiet]

Extracts every plan file in the given files and folders (default: corpus/) into DIR
(default: output/): one JSON per file, CSV tables, manifest.json, datapackage.json, schema/.
Exit code: 0 all files extracted, 1 some file skipped or failed, 2 the run itself failed.`;

/**
 * The `extract` command. Returns the exit code instead of exiting, so tests can call it.
 *
 * @example await run(['corpus', '--out', 'output']) // 0
 */
export async function run(argv: string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'output' },
        jobs: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options.values.help) {
    log(USAGE);
    return 0;
  }
  const jobs = Number(options.values.jobs ?? availableParallelism());
  if (!Number.isInteger(jobs) || jobs < 1) {
    log(`--jobs takes a whole number of 1 or more, not ${options.values.jobs}`);
    return 2;
  }
  const inputs = await listInputs(options.positionals.length > 0 ? options.positionals : ['corpus']);
  const say = options.values.quiet ? () => undefined : log;

  let writer: DatasetWriter;
  try {
    writer = await DatasetWriter.open(options.values.out);
  } catch (error) {
    log(`Cannot write the output folder ${options.values.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    await runOrdered(inputs, jobs, extractInput, async (result) => {
      reportResult(result, say);
      await writer.add(result);
    });
    const manifest = await writer.commit();
    const { files, ok, skipped, failed, documents } = manifest.totals;
    say(`${files} files: ${ok} extracted (${documents} documents), ${skipped} skipped, ${failed} failed → ${options.values.out}`);
    return skipped + failed > 0 ? 1 : 0;
  } catch (error) {
    await writer.abort();
    log(`Extraction stopped, nothing written to ${options.values.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** Reads and extracts one input; never rejects: an unreadable file is a failed result. */
async function extractInput(input: InputFile): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (error) {
    const reason = `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    return { status: 'failed', path: input.path, stem: input.stem, ruleId: 'read:unreadable', reason,
      diagnostics: [{ ruleId: 'read:unreadable', severity: 'error', message: reason, line: 1, column: 1 }] };
  }
  return extractFile({ path: input.path, bytes, stem: input.stem });
}

/** Prints a file's errors and warnings (not its info diagnostics) for people. */
function reportResult(result: FileResult, say: (line: string) => void): void {
  const diagnostics = result.status === 'ok' ? result.extraction.diagnostics : result.diagnostics;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'info') say(formatDiagnostic(result.path, diagnostic));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
