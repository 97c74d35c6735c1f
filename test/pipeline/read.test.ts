import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../pipeline/read.ts';
import { lineOf, SEED, seedText } from '../seeds.ts';

const plan = [1, 2, 3, 4, 5, 6].map((n) => lineOf(seedText(SEED.qingtongxia), n)).join('\n').trim() +
  '\n学前三年毛入园率达到了88.5%，“入园难”问题得到有效解决。';

describe('decode', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decode(Buffer.from(plan))).toEqual({ ok: true, text: plan, encoding: 'utf-8', truncated: false });
  });

  it('reads UTF-8 with a byte order mark, without the mark in the text', () => {
    const result = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)]));
    expect(result).toMatchObject({ ok: true, text: plan, encoding: 'utf-8-bom' });
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s with a byte order mark', (encoding) => {
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const result = decode(Buffer.concat([Buffer.from(bom), iconv.encode(plan, encoding)]));
    expect(result).toMatchObject({ ok: true, text: plan, encoding });
  });

  it('reads GB18030, as files saved on Chinese Windows are', () => {
    const result = decode(iconv.encode(plan, 'gb18030'));
    expect(result).toMatchObject({ ok: true, text: plan, encoding: 'gb18030' });
  });

  it('reads a UTF-8 file cut inside its last character, flagging it', () => {
    const bytes = Buffer.from(`${plan}教`);
    const result = decode(bytes.subarray(0, bytes.length - 1));
    expect(result).toMatchObject({ ok: true, text: plan, truncated: true });
  });

  it('refuses binary content', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(decode(png)).toMatchObject({ ok: false, ruleId: 'read:binary' });
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s without a byte order mark, by the byte order of its line ends', (encoding) => {
    expect(decode(iconv.encode(plan, encoding))).toMatchObject({ ok: true, text: plan, encoding });
  });

  it('refuses binary content whose NULs stand beside line feeds in both byte orders', () => {
    const bytes = Buffer.from([0x0a, 0, 0x41, 0x42, 0, 0x0a, 0x43, 0x44, 0, 0, 0x01, 0x02]);
    expect(decode(bytes)).toMatchObject({ ok: false, ruleId: 'read:binary' });
  });
});
