import os from 'node:os';

/** A stream the CLI writes to; `isTTY`/`columns` decide prompting and layout. */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

/**
 * Everything a command may touch outside its arguments. Commands take a World
 * instead of reaching for `process`, so tests can drive them without globals.
 */
export interface World {
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Home directory before any OPENCLAW_HOME override. */
  homedir: string;
  platform: NodeJS.Platform;
  now: () => Date;
  /** Absolute path of the node binary and of the CLI entry script (for exec secret refs). */
  execPath: string;
  entryPath: string;
}

export function worldFromProcess(proc: NodeJS.Process): World {
  return {
    stdin: proc.stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
    env: proc.env,
    cwd: proc.cwd(),
    // An empty HOME stays empty: it is refused, not replaced by a guess.
    homedir: proc.env.HOME ?? os.homedir(),
    platform: proc.platform,
    now: () => new Date(),
    execPath: proc.execPath,
    entryPath: proc.argv[1] ?? '',
  };
}

/** True when both ends of the conversation are a terminal (stdin, and stderr where prompts are drawn): the only case we may prompt. */
export function canPrompt(world: World): boolean {
  return Boolean(world.stdin.isTTY && world.stderr.isTTY);
}
