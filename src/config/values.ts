import { UsageError } from '../errors.js';
import { stripTrailingSlashes } from '../catalog/endpoints.js';
import { t } from '../ui/i18n/index.js';

/**
 * A --base-url: http(s), with a host, and without user info, query, fragment
 * or whitespace (any of those may carry a secret, so the value is never echoed).
 * Trailing slashes are stripped.
 */
export function validateBaseUrl(raw: string, example: string): string {
  const m = t();
  const refuse = (why: string) => new UsageError(m.baseUrlRefused(why), m.baseUrlHint(example));
  const value = raw;
  if (/\s/.test(value) || /[\x00-\x1f\x7f]/.test(value)) throw refuse(m.baseUrlWhitespace);
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.test(value)) throw refuse(/^https?:/i.test(value) ? m.baseUrlNoHost : m.baseUrlNotUrl);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(m.baseUrlNotUrl);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(m.baseUrlScheme);
  if (!url.hostname) throw refuse(m.baseUrlNoHost);
  if (url.username || url.password || /^[a-z]+:\/\/[^/]*@/i.test(value)) throw refuse(m.baseUrlUserInfo);
  if (url.search || value.includes('?')) throw refuse(m.baseUrlQuery);
  if (url.hash || value.includes('#')) throw refuse(m.baseUrlFragment);
  return stripTrailingSlashes(value);
}
