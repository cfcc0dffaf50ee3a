import { currentRun } from '../run-context.js';

/** The only form in which a secret may be shown: `sk-a…wxyz`, or bullets when too short to reveal any of it. */
export function maskSecret(secret: string): string {
  if (secret.length < 12) return '••••';
  return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
}

/** Replaces every occurrence of the given secrets in a text (for server messages and errors). */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(maskSecret(secret));
  }
  return out;
}

const WINDOW = 8;

/** Every secret a run has seen, and (built when it changed) every 8-character run of them and the secrets by their first run. */
interface Scrubber {
  known: Set<string>;
  index?: { runs: Set<string>; byFirstRun: Map<string, string[]> };
}

/** Outside a run (a test calling a module directly) one scrubber serves the process. */
const processScrubber: Scrubber = { known: new Set() };

function scrubber(): Scrubber {
  const run = currentRun();
  if (!run) return processScrubber;
  return (run.secrets ??= { known: new Set<string>() } satisfies Scrubber) as Scrubber;
}

/** Remembers a secret so that no 8-character run of it can leave the run (errors, relayed server text, parse errors, JSON). */
export function rememberSecret(secret: string | undefined): void {
  const s = scrubber();
  if (secret && secret.length >= WINDOW && !s.known.has(secret)) {
    s.known.add(secret);
    s.index = undefined;
  }
}

function buildIndex(known: Set<string>): NonNullable<Scrubber['index']> {
  const runs = new Set<string>();
  const byFirstRun = new Map<string, string[]>();
  for (const secret of known) {
    for (let i = 0; i + WINDOW <= secret.length; i++) runs.add(secret.slice(i, i + WINDOW));
    const first = secret.slice(0, WINDOW);
    byFirstRun.set(first, [...(byFirstRun.get(first) ?? []), secret].sort((a, b) => b.length - a.length));
  }
  return { runs, byFirstRun };
}

/**
 * Replaces every remembered secret with its masked form and every other
 * 8-character run of one with bullets; masked forms (4 + 4 characters) pass.
 * One pass over the text with set lookups: the cost grows with the text, not
 * with the text times the number of secrets.
 */
/** The scrubber of the run in progress, for a stream that writes after the run's async context is gone. */
export function runScrubber(): Scrubber {
  return scrubber();
}

export function scrubSecrets(text: string, within: Scrubber = scrubber()): string {
  if (within.known.size === 0 || text.length < WINDOW) return text;
  within.index ??= buildIndex(within.known);
  const { runs, byFirstRun } = within.index;
  let out = '';
  let last = 0;
  let i = 0;
  while (i + WINDOW <= text.length) {
    const run = text.slice(i, i + WINDOW);
    if (!runs.has(run)) {
      i++;
      continue;
    }
    const whole = byFirstRun.get(run)?.find((secret) => text.startsWith(secret, i));
    if (whole) {
      out += text.slice(last, i) + maskSecret(whole);
      i += whole.length;
      last = i;
      continue;
    }
    // A stretch of overlapping runs becomes one set of bullets.
    let end = i + WINDOW;
    for (let j = i + 1; j < end && j + WINDOW <= text.length; j++) if (runs.has(text.slice(j, j + WINDOW))) end = j + WINDOW;
    out += `${text.slice(last, i)}••••`;
    i = end;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
