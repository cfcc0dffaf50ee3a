/**
 * An in-process World for unit tests: string streams, a fixed env and clock,
 * a temporary HOME. Commands run against it exactly as against `process`.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { InStream, OutStream, World } from '../../src/world.js';
import { run } from '../../src/main.js';
import { defaultDeps, type Deps } from '../../src/deps.js';
import { memoryKeychain, type Keychain } from '../../src/credentials/keychain.js';

export interface CapturedStream extends OutStream {
  text(): string;
}

export function capture(isTTY = false): CapturedStream {
  let buffer = '';
  return {
    isTTY,
    columns: 100,
    write(chunk: string) {
      buffer += chunk;
      return true;
    },
    text: () => buffer,
  };
}

export interface TestWorld extends World {
  stdout: CapturedStream;
  stderr: CapturedStream;
  home: string;
  cleanup(): Promise<void>;
}

/** A world rooted in a fresh temporary HOME; `input` becomes piped stdin. */
export async function testWorld(opts: { env?: Record<string, string>; input?: string; tty?: boolean } = {}): Promise<TestWorld> {
  const home = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-unit-')));
  const stdin = new PassThrough() as PassThrough & InStream;
  stdin.isTTY = opts.tty ?? false;
  if (opts.input !== undefined) stdin.end(opts.input);
  else if (!opts.tty) stdin.end();
  return {
    stdin,
    stdout: capture(opts.tty),
    stderr: capture(opts.tty),
    // Seed-era shapes unless a test states today's Gateway (or clears this).
    env: { HOME: home, NO_COLOR: '1', OPENCLAW_GATEWAY_VERSION: '2026.4.24', ...opts.env },
    cwd: home,
    homedir: home,
    home,
    platform: 'linux',
    now: () => new Date('2026-11-23T12:00:00Z'),
    execPath: '/usr/bin/node',
    entryPath: '/opt/openclaw/bin/openclaw.js',
    cleanup: () => fs.rm(home, { recursive: true, force: true }),
  };
}

/** Deps for an in-process run: a keychain double (none answers unless given), dialogs on the world's streams, fetch as is. */
export function testDeps(opts: { keychain?: Keychain; fetch?: typeof fetch } = {}): Deps {
  return defaultDeps({
    keychain: async () => opts.keychain ?? memoryKeychain({}, 'absent'),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}

/** `openclaw <argv>` in this process against a test world: the layer for tables of flags and validation. */
export function runIn(world: TestWorld, argv: string[], deps: Deps = testDeps()): Promise<number> {
  return run(argv, world, deps);
}
