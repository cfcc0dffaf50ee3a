/** The scrubber: no 8-character run of a remembered secret leaves, masked forms pass, one pass over the text. */
import { describe, expect, it } from 'vitest';
import { maskSecret, rememberSecret, scrubSecrets } from '../../src/credentials/mask.js';

const A = 'sk-scrubAAAA0123456789abcdWXYZ';
const B = 'sk-scrubBBBB9876543210zyxwQRST';
rememberSecret(A);
rememberSecret(B);

describe('scrubSecrets', () => {
  it.each([
    ['a whole secret becomes its masked form', `key=${A}!`, `key=${maskSecret(A)}!`],
    ['two secrets side by side', `${A}${B}`, `${maskSecret(A)}${maskSecret(B)}`],
    ['an 8-character slice becomes bullets', `quoted ${A.slice(5, 13)} here`, 'quoted •••• here'],
    ['a long slice is one set of bullets', `x${A.slice(3, 25)}y`, 'x••••y'],
    ['the masked form passes', `stored ${maskSecret(A)}`, `stored ${maskSecret(A)}`],
    ['a 7-character slice passes', `a ${A.slice(2, 9)} b`, `a ${A.slice(2, 9)} b`],
    ['text without secrets is the same string', 'nothing to see', 'nothing to see'],
  ])('%s', (_name, text, expected) => {
    expect(scrubSecrets(text)).toBe(expected);
  });

  it('leaves no 8-character run of any secret, over a thousand secrets', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `sk-many${String(i).padStart(4, '0')}abcdefghijklmnopWXYZ`);
    for (const s of many) rememberSecret(s);
    const text = JSON.stringify(many.map((s, i) => ({ id: `p${i}`, key: s, part: s.slice(6, 20) })));
    const out = scrubSecrets(text);
    for (const s of [...many.slice(0, 50), A, B]) {
      for (let i = 0; i + 8 <= s.length; i++) expect(out.includes(s.slice(i, i + 8)), `${s} @${i}`).toBe(false);
    }
    expect(out).toContain(maskSecret(many[999]!));
  });
});
