import type { ChalkInstance } from 'chalk';

/** The few styles the human output uses. */
export type Painter = Pick<ChalkInstance, 'bold' | 'dim' | 'green' | 'red' | 'yellow' | 'cyan'>;

const same = (text: string) => text;
const plain: Painter = { bold: same, dim: same, green: same, red: same, yellow: same, cyan: same } as unknown as Painter;

let chalk: typeof import('chalk') | undefined;

/**
 * chalk (with supports-color and node:tty) costs a few milliseconds to load, so
 * it is loaded only when some stream is going to be coloured; `run` calls this
 * before any command writes.
 */
export async function loadColor(): Promise<void> {
  chalk ??= await import('chalk');
}

export function painter(level: 0 | 1 | 2 | 3): Painter {
  if (level === 0) return plain;
  if (!chalk) throw new Error('internal: colour output was requested before loadColor()');
  return new chalk.Chalk({ level });
}
