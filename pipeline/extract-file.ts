import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { decode } from './read.ts';
import { normalize } from './normalize.ts';
import { createLocator } from './location.ts';
import { located, originalFields, reporterFor, type DocumentContext, type DocumentSpan, type FileContext, type Span } from './context.ts';
import { splitDocuments } from './split-documents.ts';
import { validateExtraction } from './validate.ts';
import { diagnosticsOf } from './diagnostics.ts';
import { extractMeta } from '../extractors/meta.ts';
import { extractOutline } from '../extractors/outline.ts';
import { extractTables } from '../extractors/tables.ts';
import { extractTargets } from '../extractors/targets.ts';
import { extractFacts } from '../extractors/facts.ts';
import type { Diagnostic, Document, FileExtraction } from '../dataset/schema.ts';
import type { RuleId } from './rules.ts';

/** A file to extract: its path (as given, for names and messages) and its bytes. */
export interface FileInput {
  path: string;
  bytes: Uint8Array;
  /** Name for output files and ids; the file name without extension when not given. */
  stem?: string;
}

/** What became of one input file. */
export type FileResult =
  | { status: 'ok'; path: string; stem: string; extraction: FileExtraction }
  | { status: 'skipped' | 'failed'; path: string; stem: string; ruleId: RuleId; reason: string; diagnostics: Diagnostic[] };

/**
 * Milliseconds spent in each stage (`decode`, `normalize`, `split`, `tables`, `meta`, `outline`,
 * `targets`, `facts`, `validate`), added up over the calls that were given the same object. For
 * the benchmark: it never reaches the output, which must not depend on time.
 */
export type StageTimings = Record<string, number>;

/**
 * Runs the whole pipeline on one file: read → normalize → split → extract → validate. Pure: no
 * file system, no console, so it can run in a worker. Data problems become diagnostics; an
 * extractor that throws loses only its own records (`extract:crash`). Pass `timings` to have
 * the time of each stage added to it.
 *
 * @example extractFile({path: 'corpus/a.txt', bytes}).status // 'ok'
 */
export function extractFile(input: FileInput, timings?: StageTimings): FileResult {
  const time = stageTimer(timings);
  const stem = input.stem ?? stemOf(input.path);
  const refuse = (status: 'skipped' | 'failed', ruleId: RuleId, reason: string): FileResult => ({
    status, path: input.path, stem, ruleId, reason,
    diagnostics: [{ ruleId, severity: 'error', message: reason, line: 1, column: 1 }],
  });
  if (input.bytes.length === 0) return refuse('skipped', 'read:empty', 'Unexpected empty file, expected a plan text');
  const decoded = time('decode', () => decode(input.bytes));
  if (!decoded.ok) return refuse('failed', decoded.ruleId, decoded.reason);
  if (decoded.text.trim() === '') return refuse('skipped', 'read:blank', 'Unexpected file of white space only, expected a plan text');

  const file = new VFile({ path: input.path, value: decoded.text });
  const normalized = time('normalize', () => normalize(decoded.text));
  const locator = createLocator(decoded.text, normalized.map);
  const context: FileContext = { text: normalized.text, locator, report: reporterFor(file, locator) };
  if (decoded.truncated) context.report('read:truncated-utf8', 'Unexpected end of file inside a UTF-8 character, expected a whole character', normalized.text.length);
  for (const run of damageRuns(normalized.damage)) {
    const what = run.end - run.start === 1 ? '`?`' : `run of ${run.end - run.start} \`?\``;
    context.report('normalize:encoding-damage', `Unexpected ${what} left by a bad encoding step, expected a character`, run.start, run.end, 'info');
  }

  const split = guard(context, time, 'split', () => splitDocuments(context), { documents: [] });
  const documents = split.documents.map((span, index) => extractDocument(context, span, `${stem}#${index + 1}`, time));
  const extraction: FileExtraction = {
    source: {
      name: input.path.split(/[\\/]/).pop() ?? input.path,
      path: input.path.replaceAll('\\', '/'),
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      encoding: decoded.encoding,
      bytes: input.bytes.length,
      lines: countLines(decoded.text),
    },
    documents,
    ...(split.toc ? { toc: split.toc } : {}),
    ...(split.boilerplate ? { boilerplate: split.boilerplate } : {}),
    diagnostics: [],
  };
  const valid = time('validate', () => validateExtraction(extraction, context));
  return { status: 'ok', path: input.path, stem, extraction: { ...valid, diagnostics: diagnosticsOf(file) } };
}

function extractDocument(file: FileContext, span: DocumentSpan, documentId: string, time: StageTimer): Document {
  // Tables first: the prose extractors skip the regions the table reader claimed.
  const tables = guard(file, time, 'tables', () => extractTables({ ...file, document: span, documentId, tableRegions: [] }), { tables: [], regions: [] });
  const context: DocumentContext = { ...file, document: span, documentId, tableRegions: tables.regions };
  const titleSpan = span.title ?? { text: '', start: span.start, end: span.start };
  const endPoint = file.locator.point(Math.max(span.start, span.end - 1));
  return {
    id: documentId,
    title: titleSpan.text,
    ...located(file, titleSpan.start, titleSpan.end),
    endLine: endPoint.line,
    original: originalFields(file, { title: titleSpan }),
    meta: guard(context, time, 'meta', () => extractMeta(context), {}),
    outline: guard(context, time, 'outline', () => extractOutline(context), []),
    tables: tables.tables,
    targets: guard(context, time, 'targets', () => extractTargets(context), []),
    facts: guard(context, time, 'facts', () => extractFacts(context), []),
  };
}

/** Runs one stage; if it throws (a broken invariant, a bug), reports it and carries on without it. */
function guard<T>(context: FileContext, time: StageTimer, stage: string, run: () => T, fallback: T): T {
  try {
    return time(stage, run);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.report('extract:crash', `Unexpected failure in ${stage}: ${reason}`, 0, 0, 'error');
    return fallback;
  }
}

type StageTimer = <T>(stage: string, run: () => T) => T;

/** Runs a stage, adding its time to `timings` when given; with none, only runs it. */
function stageTimer(timings: StageTimings | undefined): StageTimer {
  if (!timings) return (_stage, run) => run();
  return (stage, run) => {
    const started = performance.now();
    try {
      return run();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    }
  };
}

/**
 * Damage offsets grouped into runs of adjacent ones: `中共張掖市委??張掖市人民政府` is one place
 * to look at, and a badly damaged file gives one diagnostic per run, not per character.
 */
function damageRuns(offsets: readonly number[]): Span[] {
  const runs: Span[] = [];
  for (const offset of offsets) {
    const last = runs.at(-1);
    if (last && last.end === offset) last.end = offset + 1;
    else runs.push({ start: offset, end: offset + 1 });
  }
  return runs;
}

/** The file name without its last extension: `corpus/000_x.txt` → `000_x`. */
export function stemOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function countLines(text: string): number {
  if (text === '') return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}
