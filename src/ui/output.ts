import type { OutStream, World } from '../world.js';
import type { PlanFinding } from '../catalog/policy.js';
import { scrubSecrets } from '../credentials/mask.js';
import { painter, type Painter } from './color.js';
import { t } from './i18n/index.js';
import { describeFinding } from './i18n/terms.js';
import { jsonSafe, visible } from './terminal-safe.js';

export interface Output {
  /** Plain results (human or machine): stdout. */
  out(line?: string): void;
  /** Notices, warnings, progress: stderr, so stdout stays parseable. */
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
  json(value: unknown): void;
  /** Colour for what goes to stdout (`out`), decided for stdout itself. */
  color: Painter;
  /** Colour for what goes to stderr (`info`, `warn`, `error`), decided for stderr itself. */
  errColor: Painter;
  stdout: OutStream;
  stderr: OutStream;
}

/** Colour only on a terminal, and never with a non-empty NO_COLOR (no-color.org), FORCE_COLOR=0 or --no-color. */
export function colorLevel(world: Pick<World, 'env'>, stream: OutStream, noColorFlag = false): 0 | 1 | 2 | 3 {
  if (noColorFlag || (world.env.NO_COLOR !== undefined && world.env.NO_COLOR !== '')) return 0;
  // FORCE_COLOR=0 (or false) turns colour off even on a terminal, as chalk and Node read it.
  if (world.env.FORCE_COLOR === '0' || world.env.FORCE_COLOR === 'false') return 0;
  if (world.env.FORCE_COLOR) return 1;
  if (!stream.isTTY || world.env.TERM === 'dumb') return 0;
  return world.env.COLORTERM === 'truecolor' ? 3 : 1;
}

export function createOutput(world: World, opts: { noColor?: boolean } = {}): Output {
  // Each stream is coloured by what it is: `openclaw onboard | tee log` colours the terminal's stderr, never the log.
  const outLevel = colorLevel(world, world.stdout, opts.noColor);
  const errLevel = colorLevel(world, world.stderr, opts.noColor);
  const color = painter(outLevel);
  const errColor = painter(errLevel);
  // Scrubbed here too, not only at the stream: a terminal's stream is left raw for the prompt library.
  // Control characters of quoted values are made visible; only our own colour sequences stay, where the stream is coloured.
  const line = (stream: OutStream, level: number, text = '') => stream.write(`${visible(scrubSecrets(text), level > 0)}\n`);
  return {
    out: (text) => line(world.stdout, outLevel, text),
    info: (text) => line(world.stderr, errLevel, text),
    warn: (text) => line(world.stderr, errLevel, `${errColor.yellow(t().warningLabel)}${text}`),
    error: (text) => line(world.stderr, errLevel, `${errColor.red(t().errorLabel)}${text}`),
    json: (value) => world.stdout.write(`${jsonSafe(scrubSecrets(JSON.stringify(value, null, 2)))}\n`),
    color,
    errColor,
    stdout: world.stdout,
    stderr: world.stderr,
  };
}

/** Plan-rule findings as warnings on stderr, each fix on its own indented line. */
export function printFindings(output: Output, findings: readonly PlanFinding[]): void {
  for (const finding of findings) {
    const { message, fixes } = describeFinding(finding);
    output.warn(message);
    for (const fix of fixes) output.info(`  ${fix}`);
  }
}
