/**
 * The real OS keychain: gnome-keyring's Secret Service in a private D-Bus
 * session, on a temporary HOME. `.ci/run` installs gnome-keyring, dbus and
 * libsecret-tools; under CI=true these tests must run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { startKeyring, type KeyringSession } from '../helpers/keyring-session.js';
import { skipWithout } from '../helpers/system-tools.js';
import { parseJson5 } from '../helpers/json5.js';

const skip = skipWithout('dbus-run-session', 'dbus-send', 'gnome-keyring-daemon', 'secret-tool');
const KEY = 'sk-kc0123456789abcdefghWXYZ';
const KEY2 = 'sk-kc9876543210zyxwvutsABCD';

let home: TempHome;
let keyring: KeyringSession | undefined;
beforeEach(async () => {
  home = await tempHome('openclaw-keychain-');
});
afterEach(async () => {
  await keyring?.stop();
  keyring = undefined;
  await home.cleanup();
});

const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
  openclaw(home, args, { env: { ...keyring?.env, ...env }, input });

async function store() {
  return JSON.parse(await fs.readFile(home.storePath, 'utf8'));
}

async function keychainItems(): Promise<string> {
  const r = await keyring!.secretTool(['search', '--all', 'service', 'openclaw']);
  return r.stdout;
}

describe.skipIf(skip)('OS keychain (gnome-keyring over a private D-Bus session)', () => {
  it('onboard --secret-store keychain: the file holds a reference, the Gateway resolves it through the exec protocol', async () => {
    keyring = await startKeyring(home.dir);
    const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('stored in the OS keychain (service openclaw, account qwen:default)');
    expect(r.stdout + r.stderr).not.toContain(KEY);

    const profile = (await store()).profiles['qwen:default'];
    expect(profile).toEqual({ type: 'api_key', provider: 'qwen', keyRef: { source: 'exec', provider: 'keychain', id: 'qwen:default' } });
    expect(await fs.readFile(home.storePath, 'utf8')).not.toContain(KEY);
    expect(await fs.readFile(home.configPath, 'utf8')).not.toContain(KEY);

    const config = parseJson5(await fs.readFile(home.configPath, 'utf8')) as any;
    const provider = config.secrets.providers.keychain;
    expect(provider).toEqual({ source: 'exec', command: process.execPath, args: [BIN, 'secrets', 'resolve'], jsonOnly: true, passEnv: ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'] });
    expect(path.isAbsolute(provider.command) && path.isAbsolute(provider.args[0])).toBe(true);

    // The item is really in the Secret Service, readable by an independent client.
    const lookup = await keyring!.secretTool(['lookup', 'service', 'openclaw', 'username', 'qwen:default']);
    expect(lookup.stdout).toBe(KEY);

    // Exactly what the Gateway does: run the configured command with the request on stdin, in an
    // environment made only of the provider's passEnv (taken from the Gateway's own environment).
    const gatewayEnv: Record<string, string> = { ...home.env, ...keyring!.env };
    const passed = Object.fromEntries((provider.passEnv as string[]).filter((name) => gatewayEnv[name] !== undefined).map((name) => [name, gatewayEnv[name]!]));
    expect(Object.keys(passed)).toContain('DBUS_SESSION_BUS_ADDRESS');
    const gateway = await execa(provider.command, provider.args, {
      input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default', 'qwen:missing'] }),
      env: passed,
      extendEnv: false,
      reject: false,
      timeout: 15_000,
    });
    expect(gateway.exitCode).toBe(0);
    expect(gateway.stderr).toBe('');
    expect(JSON.parse(String(gateway.stdout))).toEqual({
      protocolVersion: 1,
      values: { 'qwen:default': KEY },
      errors: { 'qwen:missing': { code: 'NOT_FOUND' } },
    });
  });

  it('onboard with the keychain, paste-token, logout: no copy stays in the keychain and the resolver finds nothing', async () => {
    keyring = await startKeyring(home.dir);
    expect((await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    let r = await run(['models', 'auth', 'paste-token', '--provider', 'qwen'], {}, `${KEY2}\n`);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(await keychainItems()).toBe('');
    expect((await store()).profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', key: KEY2 });
    r = await run(['models', 'auth', 'logout', 'qwen:default', '--yes']);
    expect(r.exitCode, r.stderr).toBe(0);
    const resolved = await execa(process.execPath, [BIN, 'secrets', 'resolve'], {
      input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }),
      env: { ...home.env, ...keyring!.env },
      extendEnv: false,
      reject: false,
      timeout: 15_000,
    });
    expect(JSON.parse(String(resolved.stdout))).toEqual({ protocolVersion: 1, values: {}, errors: { 'qwen:default': { code: 'NOT_FOUND' } } });
  });

  it('--no-color before `secrets resolve` answers the Gateway with the key itself (the spec says who reads the output, not argv)', async () => {
    keyring = await startKeyring(home.dir);
    expect((await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain', '--no-video'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    for (const argv of [['--no-color', 'secrets', 'resolve'], ['--gateway-version', '2026.4.24', 'secrets', 'resolve']]) {
      const r = await run(argv, {}, JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }));
      expect(r.exitCode, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ protocolVersion: 1, values: { 'qwen:default': KEY } });
    }
  });

  it('a command that died after setting a keychain item: the next command removes the item and says so', async () => {
    keyring = await startKeyring(home.dir);
    expect((await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    await keyring.secretTool(['store', '--label', 'keyring:qwen:orphan@openclaw', 'service', 'openclaw', 'username', 'qwen:orphan'], KEY2);
    expect(await keychainItems()).toContain('qwen:orphan');
    await fs.writeFile(`${home.configPath}.journal.prepared`, JSON.stringify({ version: 1, pid: 2 ** 22 + 7, startedAt: '2026-11-23T11:00:00Z', files: [], keychain: [{ account: 'qwen:orphan', existedBefore: false }] }));
    const r = await run(['models', 'status']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('rolled back');
    expect(await keychainItems()).not.toContain('qwen:orphan');
  });

  it('secrets resolve run with an empty environment names the missing variable and passEnv, in one line', async () => {
    keyring = await startKeyring(home.dir);
    expect((await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    const r = await execa(process.execPath, [BIN, 'secrets', 'resolve'], {
      input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }),
      env: {},
      extendEnv: false,
      reject: false,
      timeout: 15_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    const lines = String(r.stderr).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DBUS_SESSION_BUS_ADDRESS');
    expect(lines[0]).toContain('secrets.providers.keychain.passEnv');
    expect(r.stderr).not.toContain(KEY);
  });

  it('models status --check resolves as the Gateway would: a provider without passEnv is unusable with the fix, migrate rewrites it', async () => {
    keyring = await startKeyring(home.dir);
    expect((await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    let r = await run(['models', 'status', '--check']);
    expect(r.exitCode, r.stderr).toBe(0);
    // A config written before passEnv: the Gateway would start the resolver without the session bus.
    const config = parseJson5(await fs.readFile(home.configPath, 'utf8')) as any;
    delete config.secrets.providers.keychain.passEnv;
    await fs.writeFile(home.configPath, JSON.stringify(config, null, 2));
    r = await run(['models', 'status', '--check', '--json']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('qwen:default');
    expect(r.stderr).toContain('passEnv');
    expect(r.stderr).toContain('openclaw secrets migrate --to keychain');
    r = await run(['secrets', 'migrate', '--to', 'keychain']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('Rewrote secrets.providers.keychain');
    expect((parseJson5(await fs.readFile(home.configPath, 'utf8')) as any).secrets.providers.keychain.passEnv).toEqual(['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR']);
    r = await run(['models', 'status', '--check']);
    expect(r.exitCode, r.stderr).toBe(0);
    // Resolved as the Gateway would, but the item is gone (deleted behind our back): named, exit 1.
    await keyring!.secretTool(['clear', 'service', 'openclaw', 'username', 'qwen:default']);
    r = await run(['models', 'status', '--check']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('resolved as the Gateway would');
  });

  it('a dry run leaves the keychain untouched', async () => {
    keyring = await startKeyring(home.dir);
    // gnome-keyring rewrites the keyring file on every item change, a probe item included.
    const keyrings = path.join(home.dir, '.local/share/keyrings');
    const files = async () =>
      Object.fromEntries(await Promise.all((await fs.readdir(keyrings)).map(async (f) => [f, (await fs.stat(path.join(keyrings, f))).mtimeMs] as const)));
    await run(['models', 'list']);
    const before = await files();
    const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain', '--dry-run'], { QWEN_API_KEY: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(await files()).toEqual(before);
    expect(r.stdout).toContain('to be stored in the OS keychain');
    expect(await keychainItems()).toBe('');
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('auto picks the keychain; status and list name it without printing the key; logout removes the item', async () => {
    keyring = await startKeyring(home.dir);
    const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'], { QWEN_API_KEY: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('No OS keychain');
    expect((await store()).profiles['qwen:default'].keyRef.provider).toBe('keychain');

    const status = await run(['models', 'status', '--json']);
    expect(status.exitCode, status.stderr).toBe(0);
    const qwen = JSON.parse(status.stdout).auth.providers.find((p: any) => p.provider === 'qwen');
    expect(qwen).toMatchObject({ source: 'keychain', profileId: 'qwen:default', usable: true });
    const list = await run(['models', 'auth', 'list']);
    expect(list.stdout).toMatch(/qwen:default.*OS keychain/);
    for (const out of [status, list]) expect(out.stdout + out.stderr).not.toContain(KEY);

    const logout = await run(['models', 'auth', 'logout', 'qwen:default', '--yes']);
    expect(logout.exitCode, logout.stderr).toBe(0);
    expect(logout.stdout).toContain('and its OS keychain item');
    expect(await keychainItems()).toBe('');
    expect((await store()).profiles['qwen:default']).toBeUndefined();
  });

  it('re-onboarding replaces the item; switching to file and back leaves no stale copy', async () => {
    keyring = await startKeyring(home.dir);
    const base = ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'];
    expect((await run([...base, '--secret-store', 'keychain'], { QWEN_API_KEY: KEY })).exitCode).toBe(0);
    expect((await run([...base, '--secret-store', 'keychain'], { QWEN_API_KEY: KEY2 })).exitCode).toBe(0);
    expect((await keyring.secretTool(['lookup', 'service', 'openclaw', 'username', 'qwen:default'])).stdout).toBe(KEY2);
    expect((await keychainItems()).match(/username = qwen:default/g)).toHaveLength(1);

    const toFile = await run([...base, '--secret-store', 'file'], { QWEN_API_KEY: KEY });
    expect(toFile.exitCode, toFile.stderr).toBe(0);
    expect((await store()).profiles['qwen:default']).toMatchObject({ key: KEY });
    expect((await store()).profiles['qwen:default'].keyRef).toBeUndefined();
    expect(await keychainItems()).toBe('');

    const back = await run([...base, '--secret-store', 'keychain'], { QWEN_API_KEY: KEY2 });
    expect(back.exitCode, back.stderr).toBe(0);
    expect(await fs.readFile(home.storePath, 'utf8')).not.toContain('sk-');
    expect((await keyring.secretTool(['lookup', 'service', 'openclaw', 'username', 'qwen:default'])).stdout).toBe(KEY2);
  });

  it('secrets migrate moves plaintext profiles into the keychain and back', async () => {
    const plain = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { QWEN_API_KEY: KEY });
    expect(plain.exitCode, plain.stderr).toBe(0);
    const alibaba = await run(['onboard', '--non-interactive', '--auth-choice', 'alibaba-model-studio-api-key', '--secret-store', 'file'], { MODELSTUDIO_API_KEY: KEY2 });
    expect(alibaba.exitCode, alibaba.stderr).toBe(0);
    keyring = await startKeyring(home.dir);

    const toKeychain = await run(['secrets', 'migrate', '--to', 'keychain']);
    expect(toKeychain.exitCode, toKeychain.stderr).toBe(0);
    expect(toKeychain.stdout).toContain('qwen:default → OS keychain');
    expect(toKeychain.stdout).toContain('alibaba:default → OS keychain');
    expect(await fs.readFile(home.storePath, 'utf8')).not.toContain('sk-');
    const config = parseJson5(await fs.readFile(home.configPath, 'utf8')) as any;
    expect(config.secrets.providers.keychain.args).toEqual([BIN, 'secrets', 'resolve']);
    expect((await keyring.secretTool(['lookup', 'service', 'openclaw', 'username', 'alibaba:default'])).stdout).toBe(KEY2);

    const again = await run(['secrets', 'migrate', '--to', 'keychain']);
    expect(again.stdout).toContain('Nothing to migrate');

    const toFile = await run(['secrets', 'migrate', '--to', 'file']);
    expect(toFile.exitCode, toFile.stderr).toBe(0);
    const profiles = (await store()).profiles;
    expect(profiles['qwen:default']).toMatchObject({ key: KEY });
    expect(profiles['alibaba:default']).toMatchObject({ key: KEY2 });
    expect(await keychainItems()).toBe('');
    expect(toFile.stdout + toFile.stderr + toKeychain.stdout + toKeychain.stderr).not.toMatch(/sk-kc/);
  });

  it('a locked keychain is named as locked, within the bound; auto falls back to the file once', async () => {
    keyring = await startKeyring(home.dir, { locked: true });
    const started = Date.now();
    const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The OS keychain is locked');
    expect(r.stderr).toContain('--secret-store file');
    expect(await home.exists(home.storePath)).toBe(false);
    expect(await home.exists(home.configPath)).toBe(false);

    const auto = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'], { QWEN_API_KEY: KEY });
    expect(auto.exitCode, auto.stderr).toBe(0);
    expect(auto.stderr.match(/No OS keychain available \(locked\)/g)).toHaveLength(1);
    expect((await store()).profiles['qwen:default'].key).toBe(KEY);
  });

  it('a keychain that never answers is cut off within the bound, and named as such', async () => {
    keyring = await startKeyring(home.dir);
    const resume = await keyring.freeze();
    try {
      const started = Date.now();
      const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(10_000);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('did not answer in time');
      expect(await home.exists(home.storePath)).toBe(false);
    } finally {
      resume();
    }
  });

  it('an absent keychain is named as absent, fast', async () => {
    const started = Date.now();
    const r = await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], { QWEN_API_KEY: KEY });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('No OS keychain answered');
    expect(await home.exists(home.storePath)).toBe(false);

    const resolve = await run(['secrets', 'resolve'], {}, JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }));
    expect(resolve.exitCode).toBe(1);
    expect(resolve.stdout).toBe('');
    expect(resolve.stderr).toContain('No OS keychain answered');
  });
});
