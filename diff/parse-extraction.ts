import { FileExtraction } from '../dataset/schema.ts';

/** An extraction read from JSON, or why it could not be. */
export type ParsedExtraction = { ok: true; extraction: FileExtraction } | { ok: false; reason: string };

/**
 * Reads an extraction JSON file's text (a dataset's `<stem>.json`) and checks it against the
 * `FileExtraction` schema, so a diff never runs on a file of another shape. The reason names the
 * file and the first problems with their paths inside the JSON.
 *
 * @example parseExtraction('{}', 'a.json') // {ok: false, reason: 'a.json is not a plan-extract extraction (FileExtraction): source: …'}
 */
export function parseExtraction(text: string, name: string): ParsedExtraction {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = FileExtraction.safeParse(value);
  if (parsed.success) return { ok: true, extraction: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, reason: `${name} is not a plan-extract extraction (FileExtraction): ${issues.join('; ')}` };
}
