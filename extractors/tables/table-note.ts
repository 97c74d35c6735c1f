import type { Line } from '../../pipeline/lines.ts';
import { isBlankLine } from './reader-input.ts';

/** What a note under a table says its marks mean for the attribute of its rows. */
export interface MarkedAttributes {
  /** The attribute each mark stands for: `★` → 约束性. */
  marks: Map<string, string>;
  /** The attribute of the rows without a mark (`其余为预期性指标`), else null. */
  others: string | null;
}

/** How far below the last row a note is looked for: a note stands right under its table. */
const NOTE_LINES = 3;
/** A mark and the attribute it stands for: `带★的为约束性指标`, `标“*”号的为约束性`. */
const MARK_MEANS = /([★☆▲△◆●*＊※#＃])[”"’]?(?:号|标记|符号)?(?:的|者)?(?:指标)?(?:为|是|表示|系)(约束性|预期性)/g;
/** The attribute of the rows left unmarked. */
const OTHERS_MEAN = /(?:其余|其他|其它|未标注?|不带)[^，,。；;]{0,8}?(?:为|是)(约束性|预期性)/;

/**
 * The text of the note lines right under a table (the first of them opening with 注, 说明 or
 * 备注, those after it continuing it), from line `after` on; '' when there is none. Plans use
 * such a note to say what the marks after some names mean (`注：带★的为约束性指标`).
 *
 * @example noteBelow(lines, 9) // '注：带★的为约束性指标，其余为预期性指标。'
 */
export function noteBelow(lines: Line[], after: number): string {
  let i = after;
  while (i < lines.length && i < after + NOTE_LINES && isBlankLine(lines[i] as Line)) i++;
  // A note a pipe or tab flattening kept as a row of its own (`| 注：… | | |`) is read without its cell marks.
  const first = withoutCellMarks(lines[i]?.text ?? '');
  if (!/^[（(]?\s*(?:注|说明|备注)/.test(first)) return '';
  const texts = [first];
  for (let j = i + 1; j < lines.length && j <= i + NOTE_LINES && /^\s*(?:\d|[（(]?\d|[①-⑩])/.test(lines[j]?.text ?? ''); j++) texts.push(lines[j]?.text.trim() ?? '');
  return texts.join('\n');
}

/** A line without the blanks and pipes around it; a loop, since a trailing-anchored pattern backtracks on long lines. */
function withoutCellMarks(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && /[\s|]/.test(text[from] ?? '')) from++;
  while (to > from && /[\s|]/.test(text[to - 1] ?? '')) to--;
  return text.slice(from, to);
}

/**
 * What the marks of a note (or a caption: `（带★为约束性指标）`) stand for.
 *
 * @example markedAttributes('注：带★的为约束性指标，其余为预期性指标。').marks.get('★') // '约束性'
 */
export function markedAttributes(text: string): MarkedAttributes {
  // Blanks are dropped first so that the patterns need no runs of them (and cannot backtrack).
  const words = text.slice(0, 2000).replace(/\s+/g, '');
  const marks = new Map<string, string>();
  for (const match of words.matchAll(MARK_MEANS)) marks.set(fold(match[1] ?? ''), match[2] ?? '');
  const others = marks.size > 0 ? (OTHERS_MEAN.exec(words)?.[1] ?? null) : null;
  return { marks, others };
}

/**
 * The attribute the marks after a name give it under a note's reading, or null when the note
 * says nothing of them.
 *
 * @example attributeOfMarks('★', markedAttributes('带★的为约束性指标，其余为预期性')) // '约束性'
 */
export function attributeOfMarks(marks: string, meaning: MarkedAttributes): string | null {
  if (meaning.marks.size === 0) return null;
  for (const mark of marks) {
    const attribute = meaning.marks.get(fold(mark));
    if (attribute) return attribute;
  }
  return meaning.others;
}

/** Full-width marks are the same marks as their ASCII twins. */
function fold(mark: string): string {
  return mark === '＊' ? '*' : mark === '＃' ? '#' : mark;
}
