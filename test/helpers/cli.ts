/**
 * End-to-end helpers: spawn the built binary (bin/openclaw.js → dist/) with
 * execa in a temporary HOME. `npm test` builds first, so dist/ is current.
 *
 *   const home = await tempHome();
 *   const r = await openclaw(home, ['onboard', '--non-interactive', ...], { env: { QWEN_API_KEY: 'sk-...' } });
 *   expect(r.exitCode).toBe(0);
 *   await home.cleanup();
 */
import { execa, type Options } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'openclaw.js');

export interface TempHome {
  dir: string;
  stateDir: string;
  configPath: string;
  agentDir: string;
  storePath: string;
  /** Environment for a child: HOME here, no inherited OpenClaw/Qwen vars, no keychain, no colour. */
  env: Record<string, string>;
  read(rel: string): Promise<string>;
  exists(rel: string): Promise<boolean>;
  cleanup(): Promise<void>;
}

/** The seed-era Gateway release the byte-exact suites are written for. */
export const SEED_GATEWAY = '2026.4.24';
export const TODAY_GATEWAY = '2026.9.6';

const INHERITED_PREFIXES = ['OPENCLAW_', 'QWEN_', 'MODELSTUDIO_', 'DASHSCOPE_'];

/**
 * A clean environment: PATH kept, every variable that could change the CLI's
 * behaviour dropped, and the locale fixed to English UTF-8 (a test of another
 * language sets LANG or OPENCLAW_LOCALE itself).
 */
export function cleanEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (INHERITED_PREFIXES.some((p) => key.startsWith(p))) continue;
    if (['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR', 'CI', 'SHELL', 'ZDOTDIR', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'WAYLAND_DISPLAY'].includes(key)) continue;
    env[key] = value;
  }
  env.HOME = home;
  env.LANG = 'C.UTF-8';
  // No keychain unless a test starts one: `--secret-store auto` falls back to the file store.
  env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${path.join(home, 'no-dbus-here')}`;
  // These suites hold the seed-era Gateway's shapes byte for byte; the suites of today's Gateway state 2026.9.6 (or nothing).
  env.OPENCLAW_GATEWAY_VERSION = SEED_GATEWAY;
  return env;
}

export async function tempHome(prefix = 'openclaw-test-'): Promise<TempHome> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
  const stateDir = path.join(dir, '.openclaw');
  const agentDir = path.join(stateDir, 'agents', 'main', 'agent');
  return {
    dir,
    stateDir,
    configPath: path.join(stateDir, 'openclaw.json'),
    agentDir,
    storePath: path.join(agentDir, 'auth-profiles.json'),
    env: cleanEnv(dir),
    read: (rel) => fs.readFile(path.resolve(dir, rel), 'utf8'),
    exists: (rel) =>
      fs.access(path.resolve(dir, rel)).then(
        () => true,
        () => false,
      ),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/openclaw.js ...args` with no TTY; stdin is empty unless `input` is given. */
export async function openclaw(
  home: TempHome,
  args: string[],
  opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string; timeout?: number } = {},
): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...home.env, ...opts.env };
  const execaOpts: Options = {
    cwd: opts.cwd ?? home.dir,
    env: env as Record<string, string>,
    extendEnv: false,
    reject: false,
    timeout: opts.timeout ?? 20_000,
    ...(opts.input !== undefined ? { input: opts.input } : { stdin: 'ignore' }),
  };
  const result = await execa(process.execPath, [BIN, ...args], execaOpts);
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Octal permission bits of a path, like '600'. */
export async function modeOf(p: string): Promise<string> {
  return ((await fs.stat(p)).mode & 0o777).toString(8);
}
