import { rememberSecret } from './mask.js';
import { t } from '../ui/i18n/index.js';

/**
 * Checks a pasted key. Returns the trimmed key, or the reason it is refused.
 * The reason never quotes the key itself.
 */
export function validateKey(raw: string): { ok: true; key: string } | { ok: false; reason: string } {
  const key = raw.trim();
  if (key.length === 0) return { ok: false, reason: t().keyEmpty };
  if (/\s/.test(key)) return { ok: false, reason: t().keyWhitespace };
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(key)) return { ok: false, reason: t().keyControl };
  if (/[^\x20-\x7e]/.test(key)) return { ok: false, reason: t().keyNonAscii };
  rememberSecret(key);
  return { ok: true, key };
}
