import type { CommandInvocation } from './types.js';
import { runComplete } from '../completion/dynamic.js';

/** `openclaw __complete <kind>` through commander; the launcher normally short-cuts straight to runComplete. */
export function run({ args, world }: CommandInvocation): Promise<number> {
  return runComplete(args, world);
}
