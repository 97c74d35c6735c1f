import * as OpenCC from 'opencc-js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.ts';

/**
 * Phrases OpenCC converts wrongly, as `[source, right]`: where `source` stands in the input,
 * the output keeps `right`. Mostly place names whose 乾 is not the 干 of 乾燥. Both sides must
 * have the same length, so that a correction never moves an offset.
 */
export const SCRIPT_CORRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['乾安', '乾安'], // 乾安县, Jilin
  ['乾县', '乾县'], // 乾县, Shaanxi
  ['乾縣', '乾县'],
  ['乾陵', '乾陵'],
  ['乾州', '乾州'],
  ['乾元', '乾元'],
];

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Text converted to Simplified script and the map of its offsets back to the input. */
export interface Converted {
  text: string;
  map: OffsetMap;
}

/**
 * Converts Traditional characters to Simplified with OpenCC, whatever script the text claims
 * to be in: plans mix both, sometimes in one line. OpenCC converts phrase by phrase and almost
 * always keeps the length; where it does not (二噁英 → 二𫫇英, a character outside the BMP), the
 * text is converted again line by line and aligned by code point, so every offset still maps
 * back to the character it came from.
 *
 * @example convertToSimplified('張掖').text // '张掖'
 */
export function convertToSimplified(input: string): Converted {
  const whole = toSimplified(input);
  const text = whole.length === input.length ? whole : convertLineByLine(input);
  if (text.length === input.length) return { text: applyCorrections(input, text, OffsetMap.identity()), map: OffsetMap.identity() };
  const map = alignByLine(input, text);
  return { text: applyCorrections(input, text, map), map };
}

function convertLineByLine(input: string): string {
  return input.split('\n').map((line) => toSimplified(line)).join('\n');
}

/** Maps each output line to its input line; within a line, code point by code point. */
function alignByLine(input: string, output: string): OffsetMap {
  const builder = new OffsetMapBuilder();
  const inputLines = input.split('\n');
  const outputLines = output.split('\n');
  let inputStart = 0;
  let outputStart = 0;
  for (let i = 0; i < inputLines.length; i++) {
    const source = inputLines[i] ?? '';
    const derived = outputLines[i] ?? '';
    builder.mark(outputStart, inputStart);
    if (source.length !== derived.length) alignLine(source, derived, inputStart, outputStart, builder);
    inputStart += source.length + 1;
    outputStart += derived.length + 1;
  }
  return builder.build();
}

function alignLine(source: string, derived: string, inputStart: number, outputStart: number, builder: OffsetMapBuilder): void {
  const sourcePoints = [...source];
  const derivedPoints = [...derived];
  // Same number of characters: pair them one to one. Otherwise OpenCC rewrote a phrase into
  // one of another length (not seen with t→cn); the whole line then maps to its start.
  if (sourcePoints.length !== derivedPoints.length) return;
  let s = inputStart;
  let d = outputStart;
  for (let i = 0; i < sourcePoints.length; i++) {
    const sourceLength = (sourcePoints[i] ?? '').length;
    const derivedLength = (derivedPoints[i] ?? '').length;
    builder.mark(d, s);
    // Both halves of a surrogate pair that replaced one unit stand for that one character.
    if (derivedLength === 2 && sourceLength === 1) builder.mark(d + 1, s);
    s += sourceLength;
    d += derivedLength;
  }
}

/**
 * Puts back the right form of each protected phrase wherever it stands in the input. OpenCC's
 * choice depends on the context (乾安縣 converts right, 乾安县第一中学 gives 干安县), so the
 * input is searched, not the output.
 */
function applyCorrections(input: string, output: string, map: OffsetMap): string {
  let text = output;
  for (const [source, right] of SCRIPT_CORRECTIONS) {
    for (let at = input.indexOf(source); at !== -1; at = input.indexOf(source, at + source.length)) {
      const derived = map.toDerived(at);
      if (map.toSource(derived + right.length) !== at + source.length) continue; // not aligned: leave it
      if (text.slice(derived, derived + right.length) !== right) text = text.slice(0, derived) + right + text.slice(derived + right.length);
    }
  }
  return text;
}
