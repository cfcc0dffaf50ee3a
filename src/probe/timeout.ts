import { UsageError } from '../errors.js';
import { t } from '../ui/i18n/index.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 8000;

/** A `--probe-timeout` (or `--verify-timeout`) value: whole milliseconds, 1 to 120000. */
export function requestTimeout(raw: string | undefined, flag = '--probe-timeout'): number {
  const text = raw ?? String(DEFAULT_REQUEST_TIMEOUT_MS);
  const timeoutMs = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 120_000) {
    throw new UsageError(t().probeTimeoutInvalid(String(raw), flag));
  }
  return timeoutMs;
}
