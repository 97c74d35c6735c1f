import { OffsetMapBuilder, type OffsetMap } from './offset-map.ts';
import { convertToSimplified } from './script-conversion.ts';

/** The normalized text of a file and what was done to get it. */
export interface Normalized {
  /** Simplified script, LF line ends, half-width digits, letters and spaces, no zero-width characters. */
  text: string;
  /** Takes every offset of `text` back to the offset of the original text it came from. */
  map: OffsetMap;
  /** Offsets in `text` of characters that are damage from an earlier encoding step (`?`, U+FFFD). */
  damage: number[];
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/**
 * Normalizes a plan's text for the extractors, keeping a map back to the original.
 *
 * - Traditional → Simplified (OpenCC, whole text: documents mix scripts);
 * - CRLF and CR → LF;
 * - full-width digits, Latin letters, `％` and U+3000 → ASCII (１９５５ → 1955); other full-width
 *   punctuation such as `（一）` stays, since it is part of how a plan numbers its items;
 * - zero-width characters removed;
 * - a `?` that is encoding damage (not inside a URL-like ASCII run) becomes a space and its
 *   offset is listed in `damage`, so it is never read as data.
 *
 * @example normalize('１９５５年\r\n').text // '1955年\n'
 */
export function normalize(original: string): Normalized {
  const converted = convertToSimplified(original);
  const folded = foldCharacters(converted.text);
  return { text: folded.text, map: converted.map.after(folded.map), damage: folded.damage };
}

/** Characters the fold pass may change; everything between them is copied as it is. */
const SPECIAL = /[\r\u200b-\u200d\u2060\ufeff\u00ad\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\ufffd?]/g;

function foldCharacters(input: string): { text: string; map: OffsetMap; damage: number[] } {
  const builder = new OffsetMapBuilder();
  const damage: number[] = [];
  const out: string[] = [];
  let length = 0; // length of the output so far
  let copied = 0; // input offset up to which input has been copied
  for (const match of input.matchAll(SPECIAL)) {
    const i = match.index;
    out.push(input.slice(copied, i));
    length += i - copied;
    copied = i + 1;
    const code = input.charCodeAt(i);
    if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) {
      builder.mark(length, i + 1); // CRLF: the CR is dropped, the LF that follows is kept
      continue;
    }
    if (ZERO_WIDTH.has(code)) {
      builder.mark(length, i + 1);
      continue;
    }
    const folded = code === 0x0d ? '\n' : foldCharacter(input, i, code);
    if (folded === ' ' && (code === 0x3f || code === 0xfffd)) damage.push(length);
    out.push(folded);
    length += 1;
  }
  out.push(input.slice(copied));
  return { text: out.join(''), map: builder.build(), damage };
}

function foldCharacter(input: string, index: number, code: number): string {
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  if (code === 0xff05) return '%';
  if (code === 0x3000) return ' ';
  if (code === 0xfffd) return ' ';
  if (code === 0x3f && isEncodingDamage(input, index)) return ' ';
  return input[index] ?? '';
}

const URL_CHARACTER = /[A-Za-z0-9/=&._:%-]/;
/** What tells an ASCII run for an address: a scheme, a host, a path. */
const URL_SIGN = /:\/\/|www\.|\/|\.(?:s?html?|php|aspx?|jsp)$/i;
/** How far back an address may start before its `?`. */
const MAX_URL_LOOKBACK = 200;

/**
 * A `?` is the start of a URL's query string when it follows an address (`…/detail?id=3`,
 * `index.php?x`) and is followed by a URL character; anywhere else in a Chinese plan it is
 * damage, digits around it included (`99.?51` lost a character; it is no address).
 */
function isEncodingDamage(input: string, index: number): boolean {
  if (!URL_CHARACTER.test(input[index + 1] ?? '')) return true;
  let start = index;
  while (start > 0 && index - start < MAX_URL_LOOKBACK && URL_CHARACTER.test(input[start - 1] ?? '')) start--;
  return !URL_SIGN.test(input.slice(start, index));
}
