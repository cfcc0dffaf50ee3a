import { UsageError } from '../errors.js';
import { stripTrailingSlashes } from '../catalog/endpoints.js';

/**
 * A --base-url: http(s), with a host, and without user info, query, fragment
 * or whitespace (any of those may carry a secret, so the value is never echoed).
 * Trailing slashes are stripped.
 */
export function validateBaseUrl(raw: string, example: string): string {
  const refuse = (why: string) => new UsageError(`--base-url is refused: ${why}.`, `Pass an http(s) URL like ${example}.`);
  const value = raw;
  if (/\s/.test(value) || /[\x00-\x1f\x7f]/.test(value)) throw refuse('it contains whitespace or control characters');
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.test(value)) throw refuse(/^https?:/i.test(value) ? 'it has no host' : 'it is not a URL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('it is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('only http and https URLs are accepted');
  if (!url.hostname) throw refuse('it has no host');
  if (url.username || url.password || /^[a-z]+:\/\/[^/]*@/i.test(value)) throw refuse('it carries user info (user:password@); put credentials in the key, never in the URL');
  if (url.search || value.includes('?')) throw refuse('it has a query string (?...); a key belongs in the key, not the URL');
  if (url.hash || value.includes('#')) throw refuse('it has a fragment (#...)');
  return stripTrailingSlashes(value);
}
