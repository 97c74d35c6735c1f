import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A file's bytes decoded to text, or the reason they could not be. */
export type Decoded =
  | { ok: true; text: string; encoding: string; truncated: boolean }
  | { ok: false; ruleId: 'read:binary' | 'read:undecodable'; reason: string };

/** Encodings chardet may name that we decode; anything else is taken as not a plan's text. */
const SUPPORTED = new Map<string, string>([
  ['UTF-8', 'utf-8'],
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
  ['GB18030', 'gb18030'],
  ['GBK', 'gb18030'], // GB18030 is a superset of GBK and GB2312
  ['GB2312', 'gb18030'],
  ['Big5', 'big5'],
]);

/**
 * Decodes a plan file. A byte order mark decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8
 * is UTF-8, and anything else is what chardet detects among the encodings Chinese plans are
 * saved in (GB18030/GBK, Big5, UTF-16 without a mark). A UTF-8 file cut in the middle of its
 * last character is decoded with `truncated: true`. Files with NUL bytes that are not UTF-16,
 * or in an encoding we do not read, are refused.
 *
 * @example decode(Buffer.from('张掖')).encoding // 'utf-8'
 */
export function decode(bytes: Uint8Array): Decoded {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const utf8 = decodeUtf8(bytes);
  if (utf8) return utf8;
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  // chardet reads under 2 MB/s: on a whole file it cost more than all the rest of the pipeline
  // (npm run bench). The first 8 KiB of a plan, its title and opening, tell the encoding.
  const detected = chardet.detect(bytes.subarray(0, 8192));
  const encoding = detected ? SUPPORTED.get(detected) : undefined;
  if (encoding?.startsWith('utf-16')) return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding, truncated: false };
  if (looksBinary(bytes)) return { ok: false, ruleId: 'read:binary', reason: 'Unexpected binary content (NUL or control bytes), expected a text file' };
  if (!encoding || encoding === 'utf-8') {
    return { ok: false, ruleId: 'read:undecodable', reason: `Unexpected encoding ${detected ?? 'unknown'}, expected UTF-8, UTF-16, GB18030/GBK or Big5` };
  }
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding, truncated: false };
}

function decodeWithBom(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeUtf8(bytes.subarray(3), 'utf-8-bom') ?? lenientUtf8(bytes.subarray(3), 'utf-8-bom');
  if (a === 0xff && b === 0xfe) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', truncated: false };
  if (a === 0xfe && b === 0xff) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', truncated: false };
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const replacingUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array, encoding = 'utf-8'): Decoded | undefined {
  try {
    const text = strictUtf8.decode(bytes);
    return text.includes('\u0000') ? undefined : { ok: true, text, encoding, truncated: false };
  } catch {
    // A file cut inside its last character is still UTF-8: decode what is whole.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        const text = strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
        if (!text.includes('\u0000')) return { ok: true, text, encoding, truncated: true };
      } catch {
        // try a shorter prefix
      }
    }
    return undefined;
  }
}

function lenientUtf8(bytes: Uint8Array, encoding: string): Decoded {
  return { ok: true, text: replacingUtf8.decode(bytes), encoding, truncated: false };
}

/**
 * UTF-16 without a byte order mark, told by its line ends. chardet misses it in Chinese text
 * (it guessed windows-1252 or Big5 for a plan), and counting NUL bytes is not enough: 一 is
 * U+4E00, a NUL in every encoding of it. A line feed is `0A 00` at an even offset in UTF-16 LE
 * and `00 0A` in BE, and the other order never stands there in text of that encoding (it would
 * be U+0A00, a Gurmukhi sign), so line ends of one order only decide. The decoded text must
 * then hold no NUL and few control characters, which binary data does not pass.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, 8192);
  let little = 0;
  let big = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0x0a && sample[i + 1] === 0) little++;
    else if (sample[i] === 0 && sample[i + 1] === 0x0a) big++;
  }
  const encoding = little > 0 && big === 0 ? 'utf-16le' : big > 0 && little === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return looksLikeText(text) ? { ok: true, text, encoding, truncated: false } : undefined;
}

/** No NUL, and C0 control characters other than tab, form feed and line ends in at most 1% of the first 4,096. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return false;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control++;
  }
  return control <= sample.length / 100;
}

/** NUL bytes, or many C0 control bytes other than tab and line ends, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}
