import { rememberSecret } from './mask.js';

/**
 * Checks a pasted key. Returns the trimmed key, or the reason it is refused.
 * The reason never quotes the key itself.
 */
export function validateKey(raw: string): { ok: true; key: string } | { ok: false; reason: string } {
  const key = raw.trim();
  if (key.length === 0) return { ok: false, reason: 'the key is empty' };
  if (/\s/.test(key)) return { ok: false, reason: 'the key contains whitespace inside it (was more than one line pasted?)' };
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(key)) return { ok: false, reason: 'the key contains control characters' };
  if (/[^\x20-\x7e]/.test(key)) return { ok: false, reason: 'the key contains non-ASCII characters (smart quotes or a stray symbol?)' };
  rememberSecret(key);
  return { ok: true, key };
}
