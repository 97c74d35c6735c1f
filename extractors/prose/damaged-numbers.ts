import { isDamageAt, type FileContext } from '../../pipeline/context.ts';

/** What a number is written with. */
const NUMBER_CHARACTER = /[\d.]/;
/** Stands in for each character of a number that lost a character: no digit, so nothing reads it. */
const UNREADABLE = '□';

/**
 * The normalized text with every number that encoding damage cut through (`99.?51`, blanked to
 * `99. 51` by normalization) masked, character for character, so that no prose reader takes
 * `99` or `99.51` from it: the lost character may have been a digit. Damage before or after a
 * number (`?100%`) leaves it readable. Offsets are unchanged.
 *
 * @example maskDamagedNumbers(context) // '…达到□□□□□□%…' where the original has 达到99.?51%
 */
export function maskDamagedNumbers(context: FileContext, from = 0, to = context.text.length): string {
  const { text } = context;
  let masked: string[] | null = null;
  for (let at = text.indexOf(' ', from); at !== -1 && at < to; at = text.indexOf(' ', at + 1)) {
    if (!NUMBER_CHARACTER.test(text[at - 1] ?? '') || !NUMBER_CHARACTER.test(text[at + 1] ?? '') || !isDamageAt(context, at)) continue;
    masked ??= text.split(''); // UTF-16 units, as offsets count
    let start = at;
    while (start > 0 && NUMBER_CHARACTER.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && NUMBER_CHARACTER.test(text[end] ?? '')) end++;
    for (let i = start; i < end; i++) masked[i] = i === at ? ' ' : UNREADABLE;
  }
  return masked ? masked.join('') : text;
}
