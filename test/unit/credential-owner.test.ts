/**
 * SPEC §3 "Credentials have one owner", in-process with the memory keychain:
 * every command finds, saves, moves and removes a key the same way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { memoryKeychain, type Keychain } from '../../src/credentials/keychain.js';
import { runIn, testDeps, testWorld, type TestWorld } from '../helpers/world.js';

const STANDARD_KEY = 'sk-standard0123456789abcdSTD1';
const CODING_KEY = 'sk-sp-coding0123456789abcdCOD2';
const OTHER_KEY = 'sk-other0123456789abcdefOTH3';

let home: string;
let keychain: ReturnType<typeof memoryKeychain>;
let worlds: TestWorld[] = [];
beforeEach(async () => {
  const w = await testWorld();
  worlds = [w];
  home = w.home;
  keychain = memoryKeychain();
});
afterEach(async () => {
  await Promise.all(worlds.map((w) => w.cleanup()));
});

interface Step {
  code: number;
  out: string;
  err: string;
}

/** One command in the shared HOME, with its own env and stdin; the keychain is the test's memory keychain. */
async function step(argv: string[], opts: { env?: Record<string, string>; input?: string; keychain?: Keychain } = {}): Promise<Step> {
  const fresh = await testWorld({ env: { HOME: home, ...opts.env }, input: opts.input });
  worlds.push(fresh);
  const w: TestWorld = { ...fresh, home, homedir: home, cwd: home };
  const code = await runIn(w, argv, testDeps({ keychain: opts.keychain ?? keychain }));
  return { code, out: w.stdout.text(), err: w.stderr.text() };
}

const agentDir = () => path.join(home, '.openclaw/agents/main/agent');
const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));
const config = () => readJson(path.join(home, '.openclaw/openclaw.json'));
const store = () => readJson(path.join(agentDir(), 'auth-profiles.json'));

async function onboard(profile: string, choice: string, key: string, extra: string[] = []): Promise<Step> {
  const r = await step(['onboard', '--non-interactive', '--auth-choice', choice, '--profile-id', profile, '--secret-store', 'file', '--no-video', ...extra], { env: { QWEN_API_KEY: key } });
  expect(r.code, r.err).toBe(0);
  return r;
}

describe('the profile just onboarded or pasted is the one in use', () => {
  it('a second profile onboarded on another plan is active, and the result names the profile that now talks to its endpoint', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    const second = await onboard('personal', 'qwen-api-key', CODING_KEY);
    expect(second.out).toContain('Also talking to https://coding-intl.dashscope.aliyuncs.com/v1 now: qwen:work (the endpoint belongs to the provider, not to a profile).');
    expect((await config()).auth.order.qwen).toEqual(['qwen:personal', 'qwen:work']);

    const status = await step(['models', 'status', '--json']);
    const qwen = JSON.parse(status.out).auth.providers.find((p: { provider: string }) => p.provider === 'qwen');
    expect(qwen).toMatchObject({ activeProfile: 'qwen:personal', plan: 'coding', masked: 'sk-s…COD2' });

    const list = await step(['models', 'auth', 'list', '--json']);
    expect(JSON.parse(list.out).profiles.map((p: { profileId: string; active: boolean }) => [p.profileId, p.active])).toEqual([
      ['qwen:work', false],
      ['qwen:personal', true],
    ]);
    expect((await step(['models', 'auth', 'list'])).out).toMatch(/qwen:personal \(active\)/);
  });

  it('--json of the second onboarding carries the order written and the other profiles', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--profile-id', 'personal', '--secret-store', 'file', '--no-video', '--json'], { env: { QWEN_API_KEY: CODING_KEY } });
    const json = JSON.parse(r.out);
    expect(json.order).toEqual({ where: 'config', ids: ['qwen:personal', 'qwen:work'] });
    expect(json.otherProfiles).toEqual(['qwen:work']);
  });

  it('paste-token puts the pasted profile first in the agent override and names the others', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    await onboard('personal', 'qwen-standard-api-key', OTHER_KEY);
    expect((await step(['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:personal', 'qwen:work'])).code).toBe(0);
    const r = await step(['models', 'auth', 'paste-api-key', '--provider', 'qwen', '--profile-id', 'work'], { input: `${CODING_KEY}\n` });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('replaces sk-s…STD1, the key qwen:work held');
    expect(r.out).toContain('Also talking to https://dashscope-intl.aliyuncs.com/compatible-mode/v1 now: qwen:personal');
    expect((await readJson(path.join(agentDir(), 'auth-state.json'))).order.qwen).toEqual(['qwen:work', 'qwen:personal']);
    expect((await config()).auth.order.qwen[0]).toBe('qwen:work');
  });
});

describe('logout clears every order', () => {
  it('the profile leaves the store, auth.profiles, auth.order and the agent override; order get names only profiles that exist', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    await onboard('personal', 'qwen-standard-api-key', OTHER_KEY);
    expect((await step(['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:personal', 'qwen:work'])).code).toBe(0);
    expect((await step(['models', 'auth', 'logout', 'qwen:personal', '--yes'])).code).toBe(0);
    expect((await readJson(path.join(agentDir(), 'auth-state.json'))).order.qwen).toEqual(['qwen:work']);
    const c = await config();
    expect(c.auth.order.qwen).toEqual(['qwen:work']);
    expect(c.auth.profiles['qwen:personal']).toBeUndefined();
    expect(Object.keys((await store()).profiles)).toEqual(['qwen:work']);

    expect((await step(['models', 'auth', 'logout', 'qwen:work', '--yes'])).code).toBe(0);
    const after = await readJson(path.join(agentDir(), 'auth-state.json'));
    expect(after.order?.qwen).toBeUndefined();
    expect((await config()).auth.order?.qwen).toBeUndefined();
    const get = await step(['models', 'auth', 'order', 'get', '--provider', 'qwen']);
    expect(get.out).toContain('No order set for qwen, and no profile of it is stored.');
    expect(get.out).not.toContain('qwen:default');
  });

  it('without an order, order get lists the profiles that exist, in the order they are tried', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    const get = await step(['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json']);
    expect(JSON.parse(get.out)).toEqual({ provider: 'qwen', order: [], source: null, tried: ['qwen:work'], active: 'qwen:work' });
  });
});

describe('what status finds, onboarding can use', () => {
  it('a key kept only in <state>/.env: status resolves it and onboarding stores it, naming the file', async () => {
    await fs.mkdir(path.join(home, '.openclaw'), { recursive: true, mode: 0o700 });
    const dotenv = path.join(home, '.openclaw/.env');
    await fs.writeFile(dotenv, `QWEN_API_KEY=${STANDARD_KEY}\n`, { mode: 0o600 });
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).key).toEqual({ masked: 'sk-s…STD1', source: `${dotenv} (QWEN_API_KEY)`, storage: 'file' });
    expect((await store()).profiles['qwen:default'].key).toBe(STANDARD_KEY);
    expect((await step(['models', 'status', '--check'])).code).toBe(0);
  });

  it('ref mode may name a variable that only the .env file sets', async () => {
    await fs.mkdir(path.join(home, '.openclaw'), { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(home, '.openclaw/.env'), `QWEN_API_KEY=${STANDARD_KEY}\n`, { mode: 0o600 });
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'ref', '--no-video']);
    expect(r.code, r.err).toBe(0);
    expect((await store()).profiles['qwen:default'].keyRef).toEqual({ source: 'env', provider: 'default', id: 'QWEN_API_KEY' });
    const status = JSON.parse((await step(['models', 'status', '--json'])).out);
    expect(status.auth.providers[0]).toMatchObject({ source: 'env-ref', usable: true });
  });

  it('a keyRef to an unset variable is reported as that profile and that variable, with the fix', async () => {
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'ref', '--no-video'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    expect(r.code, r.err).toBe(0);
    const status = await step(['models', 'status']);
    expect(status.out).toContain('missing profile qwen:default → env QWEN_API_KEY, which is not set');
    expect(status.out).toContain("export QWEN_API_KEY=... (and add it to the daemon's .env), or run openclaw onboard again");
    expect(status.out).not.toContain('no profile, no env var');
    const check = await step(['models', 'status', '--check', '--plain']);
    expect(check.code).toBe(1);
    expect(check.err).toContain('qwen:default: keyRef names QWEN_API_KEY, which is not set');
    const json = JSON.parse((await step(['models', 'status', '--json'])).out);
    expect(json.auth.unusableProfiles).toEqual([expect.objectContaining({ profileId: 'qwen:default', kind: 'env-ref', envVar: 'QWEN_API_KEY' })]);
  });
});

describe('keychain-backed profiles leave no item behind', () => {
  it('onboard to the keychain, paste-token, logout: no item stays, and the resolver finds nothing', async () => {
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain', '--no-video'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    expect(r.code, r.err).toBe(0);
    expect([...keychain.items.keys()]).toEqual(['qwen:default']);
    const paste = await step(['models', 'auth', 'paste-token', '--provider', 'qwen'], { input: `${OTHER_KEY}\n` });
    expect(paste.code, paste.err).toBe(0);
    expect(paste.out).toContain('replaces sk-s…STD1, the key qwen:default held');
    expect(keychain.items.size).toBe(0);
    expect((await step(['models', 'auth', 'logout', 'qwen:default', '--yes'])).code).toBe(0);
    const resolved = await step(['secrets', 'resolve'], { input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }), env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/dev/null' } });
    expect(JSON.parse(resolved.out)).toEqual({ protocolVersion: 1, values: {}, errors: { 'qwen:default': { code: 'NOT_FOUND' } } });
  });

  it('re-onboarding a keychain profile with the file store removes its item', async () => {
    await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain', '--no-video'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    const r = await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video'], { env: { QWEN_API_KEY: OTHER_KEY } });
    expect(r.code, r.err).toBe(0);
    expect(keychain.items.size).toBe(0);
    expect(r.out).toContain('replaces sk-s…STD1, the key qwen:default held');
  });

  it('secrets migrate to the file and back keeps exactly one copy', async () => {
    await onboard('default', 'qwen-standard-api-key', STANDARD_KEY);
    expect((await step(['secrets', 'migrate', '--to', 'keychain'])).code).toBe(0);
    expect(keychain.items.get('qwen:default')).toBe(STANDARD_KEY);
    expect((await store()).profiles['qwen:default'].key).toBeUndefined();
    expect((await step(['secrets', 'migrate', '--to', 'file'])).code).toBe(0);
    expect(keychain.items.size).toBe(0);
    expect((await store()).profiles['qwen:default'].key).toBe(STANDARD_KEY);
  });
});

describe('the run context', () => {
  it('--no-color before `secrets resolve` still answers the Gateway with the key itself', async () => {
    await step(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain', '--no-video'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    for (const argv of [['--no-color', 'secrets', 'resolve'], ['--gateway-version', '2026.4.24', 'secrets', 'resolve'], ['secrets', 'resolve', '--no-color']]) {
      const r = await step(argv, { input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }), env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/dev/null' } });
      expect(JSON.parse(r.out), argv.join(' ')).toEqual({ protocolVersion: 1, values: { 'qwen:default': STANDARD_KEY } });
    }
  });

  it('runs side by side keep their own language and secrets', async () => {
    await onboard('default', 'qwen-standard-api-key', STANDARD_KEY);
    const [ja, en] = await Promise.all([step(['models', 'status'], { env: { OPENCLAW_LOCALE: 'ja' } }), step(['models', 'status', '--json'], { env: { OPENCLAW_LOCALE: 'ja' } })]);
    expect(ja.out).toContain('設定');
    expect(() => JSON.parse(en.out)).not.toThrow();
    expect(en.out).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('crash recovery removes a keychain item through the keychain of the run, not the OS one', async () => {
    await onboard('default', 'qwen-standard-api-key', STANDARD_KEY);
    // A command that set a keychain item and died before its commit point.
    const journal = path.join(home, '.openclaw/openclaw.json.journal.prepared');
    await fs.writeFile(journal, JSON.stringify({ version: 1, pid: 2 ** 22 + 7, startedAt: '2026-11-23T11:00:00Z', files: [], keychain: [{ account: 'qwen:orphan', existedBefore: false }] }));
    await keychain.set('qwen:orphan', OTHER_KEY);
    const r = await step(['models', 'status']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('rolled back');
    expect(keychain.items.has('qwen:orphan')).toBe(false);
    await expect(fs.access(journal)).rejects.toThrow();
  });
});
