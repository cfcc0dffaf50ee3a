/**
 * Real-system tests need Debian packages that `.ci/run` installs. Locally a
 * missing tool skips the test; under CI=true it must not, so the suite fails.
 */
import { execaSync } from 'execa';

export function hasCommand(name: string): boolean {
  try {
    execaSync('sh', ['-c', `command -v ${name}`], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** True when the tests must be skipped: a tool is missing and we are not in CI. In CI a missing tool throws. */
export function skipWithout(...tools: string[]): boolean {
  const missing = tools.filter((t) => !hasCommand(t));
  if (missing.length === 0) return false;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${missing.join(', ')} is not installed (.ci/run installs it)`);
  return true;
}
