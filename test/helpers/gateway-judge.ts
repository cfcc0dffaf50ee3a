/**
 * The real OpenClaw Gateways as judges of what we write (installed by
 * scripts/install-judges.sh into OPENCLAW_JUDGES_DIR, default
 * ~/.cache/openclaw-judges, and run with the Node 24 installed there).
 *
 *   const g = judge('2026.9.6');
 *   const home = await g.gatewayHome();        // a HOME that Gateway set up itself
 *   await g.run(home.dir, ['config', 'validate', '--json']);
 *
 * Missing judges skip locally and fail under CI=true (judgesMissing says why).
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';

export const JUDGES_DIR = process.env.OPENCLAW_JUDGES_DIR || path.join(os.homedir(), '.cache', 'openclaw-judges');
export const GATEWAYS = ['2026.4.24', '2026.9.6'] as const;
export type GatewayVersion = (typeof GATEWAYS)[number];

const NODE24 = path.join(JUDGES_DIR, 'node24', 'node_modules', '.bin', 'node');
const QWEN_PLUGIN = path.join(JUDGES_DIR, 'gateway-2026.9.6', 'node_modules', '@openclaw', 'qwen-provider');
const entry = (version: GatewayVersion) => path.join(JUDGES_DIR, `gateway-${version}`, 'node_modules', 'openclaw', 'openclaw.mjs');

/** Why the judges cannot run here, or undefined when they can. */
export function judgesMissing(): string | undefined {
  for (const file of [NODE24, QWEN_PLUGIN, path.join(JUDGES_DIR, 'stage-2026.4.24', '.ready'), ...GATEWAYS.map(entry)]) if (!fs.existsSync(file)) return `${file} is missing: run scripts/install-judges.sh`;
  return undefined;
}

export interface JudgeResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Certificate settings of this machine, which a Gateway's own npm or fetch needs too. */
const PASSED_THROUGH = () =>
  Object.fromEntries(['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));

/** The flags each release's own onboarding takes to set up a HOME without asking, credentials or services. */
const SETUP_FLAGS: Record<GatewayVersion, string[]> = {
  '2026.4.24': ['--skip-channels', '--skip-daemon', '--skip-health', '--skip-search', '--skip-skills', '--skip-ui'],
  '2026.9.6': ['--skip-channels', '--skip-daemon', '--skip-health', '--skip-hooks', '--skip-search', '--skip-skills', '--skip-ui', '--skip-bootstrap'],
};

/** Entries of a Gateway's state dir that are large and never touched by us: kept across restores, not snapshotted. */
const KEPT = new Set(['plugin-runtime-deps', 'workspace', 'logs']);

export interface JudgeHome {
  dir: string;
  stateDir: string;
  configPath: string;
}

export function judge(version: GatewayVersion) {
  const base = path.join(os.tmpdir(), `openclaw-judge-${version}`);
  const home = path.join(base, 'home');
  const snapshot = path.join(base, 'snapshot');
  const homeOf = (dir: string): JudgeHome => ({ dir, stateDir: path.join(dir, '.openclaw'), configPath: path.join(dir, '.openclaw', 'openclaw.json') });

  /** What a Gateway process of this release sees: its HOME, Node 24 first on PATH, and nothing of ours. */
  const gatewayEnv = (homeDir: string, extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: homeDir,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    TMPDIR: os.tmpdir(),
    // The 2026.4 Gateway's plugin runtime dependencies, staged once by scripts/install-judges.sh.
    OPENCLAW_PLUGIN_STAGE_DIR: path.join(JUDGES_DIR, `stage-${version}`),
    npm_config_cache: path.join(JUDGES_DIR, 'npm-cache'),
    ...PASSED_THROUGH(),
    ...extra,
  });

  async function run(homeDir: string, args: string[], opts: { env?: Record<string, string>; timeout?: number } = {}): Promise<JudgeResult> {
    const r = await execa(NODE24, [entry(version), ...args], { env: gatewayEnv(homeDir, opts.env), extendEnv: false, reject: false, stdin: 'ignore', timeout: opts.timeout ?? 120_000, cwd: homeDir });
    return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
  }

  let made = false;
  /**
   * A HOME the Gateway set up itself (its own non-interactive onboarding, no
   * credentials). It is made once at a fixed path and restored from a
   * snapshot for every later call, so the absolute paths it writes stay true.
   */
  async function gatewayHome(): Promise<JudgeHome> {
    if (!made) {
      await fsp.rm(base, { recursive: true, force: true });
      await fsp.mkdir(home, { recursive: true });
      const r = await run(home, ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'skip', ...SETUP_FLAGS[version]], { timeout: 180_000 });
      if (r.exitCode !== 0) throw new Error(`openclaw ${version} onboard failed (${r.exitCode}): ${r.stdout.slice(-1000)} ${r.stderr.slice(-2000)}`);
      if (version !== '2026.4.24') {
        // Today's Gateway: the Qwen plugin, installed as its own CLI does, from the copy the judges carry.
        const p = await run(home, ['plugins', 'install', '--force', '--accept-capabilities', QWEN_PLUGIN], { timeout: 180_000 });
        if (p.exitCode !== 0) throw new Error(`openclaw ${version} plugins install failed (${p.exitCode}): ${p.stdout.slice(-1000)} ${p.stderr.slice(-2000)}`);
      }
      await fsp.mkdir(snapshot, { recursive: true });
      for (const name of await fsp.readdir(path.join(home, '.openclaw'))) {
        if (!KEPT.has(name)) await fsp.cp(path.join(home, '.openclaw', name), path.join(snapshot, name), { recursive: true });
      }
      made = true;
      return homeOf(home);
    }
    for (const name of await fsp.readdir(path.join(home, '.openclaw'))) {
      if (!KEPT.has(name)) await fsp.rm(path.join(home, '.openclaw', name), { recursive: true, force: true });
    }
    for (const name of await fsp.readdir(snapshot)) await fsp.cp(path.join(snapshot, name), path.join(home, '.openclaw', name), { recursive: true });
    return homeOf(home);
  }

  /** `config validate --json`: the Gateway's own verdict on openclaw.json. */
  async function validate(homeDir: string): Promise<{ valid: boolean; raw: string }> {
    const r = await run(homeDir, ['config', 'validate', '--json']);
    try {
      const json = JSON.parse(r.stdout) as { valid?: boolean };
      return { valid: json.valid === true, raw: `${r.stdout}\n${r.stderr}` };
    } catch {
      return { valid: false, raw: `${r.exitCode}\n${r.stdout}\n${r.stderr}` };
    }
  }

  /** `models status --json`, parsed; throws with the Gateway's words when it fails. */
  async function status(homeDir: string): Promise<GatewayStatus> {
    const r = await run(homeDir, ['models', 'status', '--json']);
    const start = r.stdout.indexOf('{');
    if (r.exitCode !== 0 || start < 0) throw new Error(`openclaw ${version} models status failed (${r.exitCode}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(-2000)}`);
    return JSON.parse(r.stdout.slice(start)) as GatewayStatus;
  }

  /**
   * `openclaw gateway run` on a HOME, until stop(): resolves once the Gateway
   * says it is ready (bounded), or rejects with what it printed.
   */
  async function startGateway(homeDir: string, opts: { env?: Record<string, string>; readyWithinMs?: number } = {}): Promise<{ stop(): Promise<void>; output(): string }> {
    const readyWithinMs = opts.readyWithinMs ?? 150_000;
    const child = execa(NODE24, [entry(version), 'gateway', 'run'], {
      env: gatewayEnv(homeDir, opts.env),
      extendEnv: false,
      reject: false,
      stdin: 'ignore',
      cwd: homeDir,
      all: true,
      timeout: 600_000,
    });
    let log = '';
    const stop = async () => {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await child.catch(() => undefined);
      clearTimeout(killer);
    };
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the Gateway did not say ready within ${readyWithinMs} ms:\n${log.slice(-3000)}`)), readyWithinMs);
      child.all?.on('data', (chunk: Buffer) => {
        log += chunk.toString('utf8');
        if (/\[gateway\] (ready\b|listening on ws)/.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      });
      void child.then((r) => {
        clearTimeout(timer);
        reject(new Error(`the Gateway exited (${r.exitCode}) before it was ready:\n${log.slice(-3000)}`));
      });
    }).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return { stop, output: () => log };
  }

  return { version, run, gatewayHome, validate, status, startGateway, emptyHome: async (): Promise<JudgeHome> => homeOf(await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), `openclaw-judge-empty-`)))) };
}

/** A TCP port free on 127.0.0.1 right now (for a Gateway of the judges, away from any other). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface GatewayStatus {
  defaultModel?: string | null;
  auth: {
    storePath?: string;
    missingProvidersInUse: string[];
    providers: { provider: string; effective?: { kind?: string }; profiles?: { count: number; labels: string[] } }[];
    unusableProfiles: { profileId: string }[];
    oauth?: { profiles: { profileId: string; status: string }[] };
  };
}

/** The Gateway counts the profile as usable: listed for its provider, with a status that is not missing, expired or in cooldown. */
export function usableProfile(s: GatewayStatus, provider: string, profileId: string): string | undefined {
  const entry = s.auth.providers.find((p) => p.provider === provider);
  if (!entry) return `the Gateway lists no credential for ${provider}: ${JSON.stringify(s.auth.providers)}`;
  if (!entry.profiles?.labels.some((l) => l.startsWith(`${profileId}=`))) return `the Gateway does not list ${profileId}: ${JSON.stringify(entry)}`;
  if (s.auth.unusableProfiles.some((u) => u.profileId === profileId)) return `the Gateway counts ${profileId} unusable: ${JSON.stringify(s.auth.unusableProfiles)}`;
  const oauth = s.auth.oauth?.profiles.find((p) => p.profileId === profileId);
  if (oauth && !['static', 'ok'].includes(oauth.status)) return `the Gateway says ${profileId} is ${oauth.status}`;
  if (s.auth.missingProvidersInUse.includes(provider)) return `the Gateway says ${provider} is missing a credential`;
  return undefined;
}
