/**
 * Bytes that are not valid UTF-8 survive a read and a write unchanged (SPEC §3,
 * "What a failure leaves"): each such byte is read as a lone low surrogate
 * U+DC80–U+DCFF (Python's "surrogateescape") and written back as the byte it
 * was. Valid files take the fast path both ways.
 */
import { isUtf8 } from 'node:buffer';

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceAt(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < buf.length && (buf[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = buf[i + 1] ?? 0;
    if (b === 0xe0 && second < 0xa0) return 0; // overlong
    if (b === 0xed && second > 0x9f) return 0; // a surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = buf[i + 1] ?? 0;
    if (b === 0xf0 && second < 0x90) return 0; // overlong
    if (b === 0xf4 && second > 0x8f) return 0; // beyond U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export function decodeLossless(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8');
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < buf.length) {
    const n = sequenceAt(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += buf.toString('utf8', runStart, i) + String.fromCharCode(0xdc00 + buf[i]!);
    i += 1;
    runStart = i;
  }
  return out + buf.toString('utf8', runStart, buf.length);
}

/** A low surrogate U+DC80–U+DCFF that is not the second half of a pair: an escaped byte. */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

const HAS_ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

export function encodeLossless(text: string): string | Buffer {
  if (!HAS_ESCAPED.test(text)) return text;
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(ESCAPED)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.from([match[0].charCodeAt(0) - 0xdc00]));
    last = match.index + 1;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}
