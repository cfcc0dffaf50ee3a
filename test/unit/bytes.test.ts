/** Bytes that are not UTF-8 go through a read and a write unchanged; valid text is untouched either way. */
import { describe, expect, it } from 'vitest';
import { decodeLossless, encodeLossless } from '../../src/config/bytes.js';

const roundTrip = (bytes: Buffer) => {
  const text = decodeLossless(bytes);
  const back = encodeLossless(text);
  return Buffer.isBuffer(back) ? back : Buffer.from(back, 'utf8');
};

describe('lossless text', () => {
  it.each([
    ['valid ASCII and CJK', Buffer.from('{ a: "日本語 中文 🎉" }', 'utf8')],
    ['a lone continuation byte', Buffer.from([0x7b, 0x80, 0x7d])],
    ['Latin-1 bytes', Buffer.from('caf\xe9 na\xefve', 'latin1')],
    ['a truncated sequence at the end', Buffer.from([0x61, 0xe6, 0x97])],
    ['an overlong slash', Buffer.from([0x2f, 0xc0, 0xaf, 0x2f])],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
    ['beyond U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80])],
    ['an emoji next to a bad byte', Buffer.concat([Buffer.from('🎉', 'utf8'), Buffer.from([0xff]), Buffer.from('x')])],
    ['every byte value', Buffer.from(Array.from({ length: 256 }, (_, i) => i))],
  ])('%s: the same bytes come back', (_name, bytes) => {
    expect(roundTrip(bytes).equals(bytes)).toBe(true);
  });

  it('valid text is the ordinary string, and is written as it is', () => {
    expect(decodeLossless(Buffer.from('héllo 🎉', 'utf8'))).toBe('héllo 🎉');
    expect(encodeLossless('héllo 🎉')).toBe('héllo 🎉');
  });
});
