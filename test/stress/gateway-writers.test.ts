/**
 * A Gateway writing beside us (SPEC §3): stand-ins that write the store the way
 * OpenClaw does, with its lock (the 2026.4 `.lock` file with a `{ pid, createdAt }`
 * payload, and proper-lockfile's directory) and without any lock, while our
 * commands run. Nothing either side wrote is lost to the other's write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa, type ResultPromise } from 'execa';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome('openclaw-gwwriters-');
  const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--modelstudio-api-key', 'sk-first0123456789abcdWXYZ', '--secret-store', 'file']);
  expect(r.exitCode, r.stderr).toBe(0);
});
afterEach(() => home.cleanup());

/** A Gateway stand-in: takes the store lock (as a file with a payload, or a directory), holds it, adds its profile, releases. */
const LOCKED_WRITER = `
const fs = require('fs');
const [store, kind, holdMs] = process.argv.slice(1);
const lock = store + '.lock';
if (kind === 'file') {
  const fd = fs.openSync(lock, 'wx');
  fs.writeSync(fd, JSON.stringify({ pid: process.pid, createdAt: new Date().toISOString() }, null, 2));
  fs.closeSync(fd);
} else fs.mkdirSync(lock);

setTimeout(() => {
  const data = JSON.parse(fs.readFileSync(store, 'utf8'));
  data.profiles['openai:gateway'] = { type: 'api_key', provider: 'openai', key: 'sk-gateway0123456789abcdWXYZ' };
  fs.writeFileSync(store + '.gw', JSON.stringify(data, null, 2));
  fs.renameSync(store + '.gw', store);
  fs.rmSync(lock, { recursive: true, force: true });
}, Number(holdMs));
`;

/** A writer that takes no lock at all: read, add one entry, write (temp + rename), many times. */
const LOCKLESS_WRITER = `
const fs = require('fs');
const [store, state, rounds, start] = process.argv.slice(1);
const add = (file, fn) => {
  let data;
  try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { data = { version: 1 }; }
  fn(data);
  fs.writeFileSync(file + '.w', JSON.stringify(data, null, 2));
  fs.renameSync(file + '.w', file);
};
let i = Number(start || 0);
const step = () => {
  add(store, (d) => { d.profiles['other:gw' + i] = { type: 'api_key', provider: 'other', key: 'sk-other' + String(i).padStart(4, '0') + 'abcdefghWXYZ' }; });
  add(state, (d) => { d.usageStats = d.usageStats || {}; d.usageStats['other:gw' + i] = { lastUsed: 1000 + i, errorCount: 1, cooldownUntil: 2000000000000 }; });
  if (++i < Number(rounds)) setTimeout(step, 2); else console.log('done');
};
step();
`;

/** Returns the child in an object: an async function returning the child itself would wait for it to end. */
async function startLocked(kind: 'file' | 'dir', holdMs: number): Promise<{ gateway: ResultPromise }> {
  const child = execa(process.execPath, ['-e', LOCKED_WRITER, home.storePath, kind, String(holdMs)], { reject: false });
  // Its output is only seen when it ends: the lock itself says it is taken.
  for (let i = 0; i < 200 && !(await home.exists(`${home.storePath}.lock`)); i++) await new Promise((r) => setTimeout(r, 10));
  expect(await home.exists(`${home.storePath}.lock`)).toBe(true);
  return { gateway: child };
}

describe("the Gateway's own lock", () => {
  it.each(['file', 'dir'] as const)('a Gateway holding auth-profiles.json.lock (%s) is waited for: both profiles survive', async (kind) => {
    const { gateway } = await startLocked(kind, 3000);
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--profile-id', 'second', '--modelstudio-api-key', 'sk-second0123456789abcdWXYZ', '--secret-store', 'file']);
    await gateway;
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Waiting for the OpenClaw Gateway, which holds ${home.storePath}.lock...`);
    const store = JSON.parse(await home.read(home.storePath));
    expect(store.profiles['openai:gateway']?.provider).toBe('openai');
    expect(store.profiles['qwen:second']?.key).toBe('sk-second0123456789abcdWXYZ');
    expect(store.profiles['qwen:default']?.key).toBe('sk-first0123456789abcdWXYZ');
    expect(await home.exists(`${home.storePath}.lock`)).toBe(false);
  });

  it('a stale Gateway lock (its pid gone) is taken over at once', async () => {
    const dead = execa(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { reject: false });
    const pid = dead.pid!;
    dead.kill('SIGKILL');
    await dead;
    await fs.writeFile(`${home.storePath}.lock`, JSON.stringify({ pid, createdAt: new Date().toISOString() }));
    const started = Date.now();
    const r = await openclaw(home, ['models', 'auth', 'paste-token', '--provider', 'qwen', '--profile-id', 'pasted'], { input: 'sk-pasted0123456789abcdWXYZ\n' });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.stderr).not.toContain('Waiting');
  });

  it('Ctrl-C while waiting for the Gateway leaves its lock alone', async () => {
    const { gateway } = await startLocked('file', 6000);
    const child = execa(process.execPath, [BIN, 'models', 'auth', 'logout', 'qwen:default', '--yes'], { env: home.env, extendEnv: false, reject: false, stdin: 'ignore', cwd: home.dir });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    for (let i = 0; i < 100 && !stderr.includes('Waiting for the OpenClaw Gateway'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(stderr).toContain('Waiting for the OpenClaw Gateway');
    child.kill('SIGINT');
    expect((await child).exitCode).toBe(130);
    expect(JSON.parse(await home.read(`${home.storePath}.lock`)).pid).toBe(gateway.pid);
    expect(await home.exists(`${home.configPath}.lock`)).toBe(false);
    gateway.kill('SIGKILL');
    await gateway;
  });
});

describe('a writer that takes no lock', () => {
  /** Runs our command held between its reads and its commit, while a lockless writer adds `count` profiles and cooldowns. */
  async function raceOnce(args: string[], first: number, count: number, input?: string) {
    const statePath = path.join(home.agentDir, 'auth-state.json');
    const stdin = input === undefined ? ({ stdin: 'ignore' } as const) : { input };
    const ours = execa(process.execPath, [BIN, ...args], { env: { ...home.env, OPENCLAW_FAULT: 'hold-commit' }, extendEnv: false, reject: false, cwd: home.dir, ...stdin });
    // Our command holds its lock while it is held before the commit: the writer writes then, without any lock.
    for (let i = 0; i < 200 && !(await home.exists(`${home.configPath}.lock`)); i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 300));
    const writer = await execa(process.execPath, ['-e', LOCKLESS_WRITER, home.storePath, statePath, String(first + count), String(first)], { reject: false });
    expect(writer.exitCode, String(writer.stderr)).toBe(0);
    const r = await ours;
    expect(r.exitCode, String(r.stderr)).toBe(0);
    return { store: JSON.parse(await home.read(home.storePath)), state: JSON.parse(await fs.readFile(statePath, 'utf8')) };
  }
  const ids = (first: number, count: number) => Array.from({ length: count }, (_, i) => `other:gw${first + i}`);

  it.each([
    ['onboard', ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--profile-id', 'raced', '--modelstudio-api-key', 'sk-raced0123456789abcdWXYZ', '--secret-store', 'file'], 'qwen:raced', undefined],
    ['paste-token', ['models', 'auth', 'paste-token', '--provider', 'qwen', '--profile-id', 'pasted'], 'qwen:pasted', 'sk-pasted0123456789abcdWXYZ\n'],
    ['order set', ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:default'], undefined, undefined],
  ] as const)('%s while it writes profiles and cooldowns: its writes and ours both stay', async (_name, args, added, input) => {
    const { store, state } = await raceOnce([...args], 0, 20, input);
    expect(ids(0, 20).filter((id) => !store.profiles[id])).toEqual([]);
    expect(ids(0, 20).filter((id) => !state.usageStats?.[id])).toEqual([]);
    if (added) expect(store.profiles[added]?.provider).toBe('qwen');
    else expect(state.order).toEqual({ qwen: ['qwen:default'] });
  });

  it('logout while it writes: the removed profile stays removed, its profiles stay', async () => {
    const { store, state } = await raceOnce(['models', 'auth', 'logout', 'qwen:default', '--yes'], 100, 20);
    expect(store.profiles['qwen:default']).toBeUndefined();
    expect(ids(100, 20).filter((id) => !store.profiles[id])).toEqual([]);
    expect(ids(100, 20).filter((id) => !state.usageStats?.[id])).toEqual([]);
  });
});
