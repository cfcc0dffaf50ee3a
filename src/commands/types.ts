import type { World } from '../world.js';

/** What every file in src/commands exports: parse nothing global, return an exit code. */
export interface CommandModule {
  run(invocation: CommandInvocation): Promise<number>;
}

export interface CommandInvocation {
  /** Positional arguments, in declaration order. */
  args: string[];
  /** Options of this command merged over the global ones. */
  opts: Record<string, unknown>;
  world: World;
}
