import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberSecret } from '../../src/credentials/mask.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { classifyKeychainError, KeychainError, memoryKeychain, type Keychain } from '../../src/credentials/keychain.js';
import { decideStorage } from '../../src/credentials/storage.js';
import { runIn, testDeps } from '../helpers/world.js';
import { testWorld, type TestWorld } from '../helpers/world.js';

const KEY = 'sk-unit0123456789abcdefWXYZ';
const keychainRef = (id: string) => ({ source: 'exec', provider: 'keychain', id });

describe('classifyKeychainError', () => {
  it.each([
    ['Platform failure: DBus error: I/O error: Failed to connect to socket /run/user/0/bus: No such file or directory', 'absent'],
    ['org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files', 'absent'],
    ["Couldn't access platform storage: Secret Service: the unlock prompt was dismissed", 'locked'],
    ["Couldn't access platform storage: Secret Service: no result found", 'locked'],
    ['DBus error: Did not receive a reply. Possible causes include: ... the message bus security policy blocked the reply', 'timeout'],
    ['The operation was aborted', 'timeout'],
    ['Attribute "service" is invalid', 'error'],
  ])('%s → %s', (message, reason) => {
    expect(classifyKeychainError(message)).toBe(reason);
  });
});

describe('decideStorage', () => {
  const newKey = { key: KEY, source: { kind: 'env' as const, envVar: 'QWEN_API_KEY' } };
  const factoryOf = (k: Keychain) => {
    let calls = 0;
    const factory = async () => {
      calls++;
      return k;
    };
    return { factory, calls: () => calls };
  };

  it('auto uses a keychain that answers', async () => {
    const k = memoryKeychain();
    expect((await decideStorage(newKey, 'plaintext', 'auto', undefined, async () => k)).storage).toBe('keychain');
  });

  it('auto falls back to the file with one notice naming the reason', async () => {
    const d = await decideStorage(newKey, 'plaintext', 'auto', undefined, async () => memoryKeychain({}, 'locked'));
    expect(d.storage).toBe('file');
    expect(d.notice).toBe('No OS keychain available (locked); the key goes to the profile store file (0600) instead.');
  });

  it('keychain fails when none answers, and says how to do without', async () => {
    const attempt = decideStorage(newKey, 'plaintext', 'keychain', undefined, async () => memoryKeychain({}, 'absent'));
    await expect(attempt).rejects.toThrow('No OS keychain answered');
    await expect(attempt).rejects.toMatchObject({ exitCode: 1, hint: expect.stringContaining('--secret-store file') });
  });

  it('file and ref mode never load the keychain, unless a keychain item is left to clean up', async () => {
    const k = factoryOf(memoryKeychain());
    expect((await decideStorage(newKey, 'plaintext', 'file', undefined, k.factory)).storage).toBe('file');
    expect((await decideStorage(newKey, 'ref', 'auto', undefined, k.factory)).storage).toBe('env-ref');
    expect(k.calls()).toBe(0);
    const previous = { type: 'api_key', provider: 'qwen', keyRef: keychainRef('qwen:default') } as never;
    const d = await decideStorage(newKey, 'plaintext', 'file', previous, k.factory);
    expect(d).toMatchObject({ storage: 'file' });
    expect(d.keychain).toBeDefined();
    expect(k.calls()).toBe(1);
  });

  it('a reused profile keeps its storage', async () => {
    const reuse = { source: { kind: 'profile' as const, profileId: 'qwen:default', storage: 'keychain' as const } };
    const d = await decideStorage(reuse, 'plaintext', 'file', undefined, async () => memoryKeychain());
    expect(d.storage).toBe('unchanged');
    expect(d.keychain).toBeDefined();
  });
});

describe('commands against an in-memory keychain', () => {
  let world: TestWorld;
  const storePath = () => path.join(world.home, '.openclaw/agents/main/agent/auth-profiles.json');
  const store = async () => JSON.parse(await fs.readFile(storePath(), 'utf8'));
  beforeEach(async () => {
    world = await testWorld({ env: { QWEN_API_KEY: KEY } });
  });
  afterEach(() => world.cleanup());

  it('paste-token over a keychain-backed profile removes its item and makes the profile first in both orders', async () => {
    const pasted = 'sk-pasted0123456789abcdWXYZ';
    const w = await testWorld({ env: { QWEN_API_KEY: KEY }, input: `${pasted}\n` });
    try {
      const k = memoryKeychain();
      expect(await runIn(w, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], testDeps({ keychain: k }))).toBe(0);
      expect(k.items.get('qwen:default')).toBe(KEY);
      const configPath = path.join(w.home, '.openclaw/openclaw.json');
      const config = JSON.parse(await fs.readFile(configPath, 'utf8'));
      config.auth.order = { qwen: ['qwen:other', 'qwen:default'] };
      await fs.writeFile(configPath, JSON.stringify(config, null, 2));
      const statePath = path.join(w.home, '.openclaw/agents/main/agent/auth-state.json');
      await fs.writeFile(statePath, JSON.stringify({ version: 1, order: { qwen: ['qwen:other', 'qwen:default'] } }));
      const code = await runIn(w, ['models', 'auth', 'paste-token', '--provider', 'qwen'], testDeps({ keychain: k }));
      expect(code, w.stderr.text()).toBe(0);
      expect(k.items.size).toBe(0);
      const stored = JSON.parse(await fs.readFile(path.join(w.home, '.openclaw/agents/main/agent/auth-profiles.json'), 'utf8'));
      expect(stored.profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', key: pasted });
      expect(JSON.parse(await fs.readFile(configPath, 'utf8')).auth.order.qwen).toEqual(['qwen:default', 'qwen:other']);
      expect(JSON.parse(await fs.readFile(statePath, 'utf8')).order.qwen).toEqual(['qwen:default', 'qwen:other']);
    } finally {
      await w.cleanup();
    }
  });

  it('onboard stores the key in the keychain and a reference in the file; the config gets the exec provider', async () => {
    const k = memoryKeychain();
    const code = await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], testDeps({ keychain: k }));
    expect(code, world.stderr.text()).toBe(0);
    expect(k.items.get('qwen:default')).toBe(KEY);
    expect([...k.items.keys()]).toEqual(['qwen:default']);
    expect((await store()).profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', keyRef: keychainRef('qwen:default') });
    const config = JSON.parse(await fs.readFile(path.join(world.home, '.openclaw/openclaw.json'), 'utf8'));
    expect(config.secrets.providers.keychain).toEqual({
      source: 'exec',
      command: '/usr/bin/node',
      args: ['/opt/openclaw/bin/openclaw.js', 'secrets', 'resolve'],
      jsonOnly: true,
      // The Gateway passes the resolver only these: on Linux, what reaches the Secret Service.
      passEnv: ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'],
    });
  });

  it('a keychain write that fails leaves no file behind', async () => {
    const k = memoryKeychain();
    k.set = async () => {
      throw new KeychainError('error', 'refused');
    };
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], testDeps({ keychain: k }))).toBe(1);
    expect(world.stderr.text()).toContain('refused');
    await expect(fs.access(storePath())).rejects.toThrow();
    await expect(fs.access(path.join(world.home, '.openclaw/openclaw.json'))).rejects.toThrow();
  });

  it('migrate is all or nothing per profile: a failed profile keeps its plaintext, the others move', async () => {
    await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file']);
    await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'alibaba-model-studio-api-key', '--alibaba-model-studio-api-key', 'sk-alibaba0123456789abcdWXYZ', '--secret-store', 'file']);
    const k = memoryKeychain();
    const realSet = k.set.bind(k);
    k.set = async (account, secret) => {
      if (account === 'alibaba:default') throw new KeychainError('error', 'item too large');
      return realSet(account, secret);
    };
    const code = await runIn(world, ['secrets', 'migrate', '--to', 'keychain'], testDeps({ keychain: k }));
    expect(code).toBe(1);
    const profiles = (await store()).profiles;
    expect(profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', keyRef: keychainRef('qwen:default') });
    expect(profiles['alibaba:default'].key).toBe('sk-alibaba0123456789abcdWXYZ');
    expect(world.stderr.text()).toContain('alibaba:default not migrated');
    expect(world.stdout.text() + world.stderr.text()).not.toMatch(/sk-unit0|sk-alibaba0/);

    const back = await runIn(world, ['secrets', 'migrate', '--to', 'file'], testDeps({ keychain: k }));
    expect(back).toBe(0);
    expect((await store()).profiles['qwen:default'].key).toBe(KEY);
    expect(k.items.size).toBe(0);
  });

  it('migrate with no keychain changes nothing', async () => {
    await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file']);
    const before = await fs.readFile(storePath(), 'utf8');
    expect(await runIn(world, ['secrets', 'migrate', '--to', 'keychain'], testDeps({ keychain: memoryKeychain({}, 'absent') }))).toBe(1);
    expect(world.stderr.text()).toContain('No OS keychain answered');
    expect(await fs.readFile(storePath(), 'utf8')).toBe(before);
  });
});

const rememberOnRead = (secret: string | undefined) => {
  rememberSecret(secret);
  return secret;
};

/** What the Gateway passes the resolver on Linux (passEnv): the session bus. */
const BUS = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/0/bus' };

describe('secrets resolve (exec protocol)', () => {
  it('without the session bus in its environment it names the variable and passEnv, and never asks the keychain', async () => {
    const world = await testWorld({ input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }) });
    try {
      let asked = false;
      const keychain = memoryKeychain({ 'qwen:default': KEY });
      const spy = { ...keychain, get: async (account: string) => ((asked = true), keychain.get(account)) };
      expect(await runIn(world, ['secrets', 'resolve'], testDeps({ keychain: spy }))).toBe(1);
      expect(asked).toBe(false);
      expect(world.stdout.text()).toBe('');
      expect(world.stderr.text().trim().split('\n')).toHaveLength(1);
      expect(world.stderr.text()).toMatch(/^openclaw secrets resolve: DBUS_SESSION_BUS_ADDRESS or XDG_RUNTIME_DIR is not set: .*secrets\.providers\.keychain\.passEnv/);
    } finally {
      await world.cleanup();
    }
  });

  it('answers values and NOT_FOUND, deduplicating ids, and prints only the JSON', async () => {
    const world = await testWorld({ env: BUS, input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default', 'x:y', 'qwen:default'] }) });
    try {
      const code = await runIn(world, ['secrets', 'resolve'], testDeps({ keychain: memoryKeychain({ 'qwen:default': KEY }) }));
      expect(code).toBe(0);
      expect(world.stdout.text()).toBe(`{"protocolVersion":1,"values":{"qwen:default":"${KEY}"},"errors":{"x:y":{"code":"NOT_FOUND"}}}\n`);
      expect(world.stderr.text()).toBe('');
    } finally {
      await world.cleanup();
    }
  });

  it('answers with the secret itself when global options come first (never the masked form)', async () => {
    for (const argv of [['--no-color', 'secrets', 'resolve'], ['--gateway-version', '2026.9.6', 'secrets', 'resolve']]) {
      const world = await testWorld({ env: BUS, input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }) });
      try {
        // Like the OS keychain, this one tells the scrubber the secrets it hands out.
        const plain = memoryKeychain({ 'qwen:default': KEY });
        const keychain = { ...plain, get: async (account: string) => rememberOnRead(await plain.get(account)) };
        expect(await runIn(world, argv, testDeps({ keychain }))).toBe(0);
        expect(JSON.parse(world.stdout.text())).toEqual({ protocolVersion: 1, values: { 'qwen:default': KEY } });
      } finally {
        await world.cleanup();
      }
    }
  });

  it('an id like __proto__ is an id like any other', async () => {
    const world = await testWorld({ env: BUS, input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['__proto__', 'constructor'] }) });
    try {
      expect(await runIn(world, ['secrets', 'resolve'], testDeps({ keychain: memoryKeychain({ constructor: KEY }) }))).toBe(0);
      expect(JSON.parse(world.stdout.text())).toEqual(JSON.parse(`{"protocolVersion":1,"values":{"constructor":"${KEY}"},"errors":{"__proto__":{"code":"NOT_FOUND"}}}`));
      expect(world.stdout.text()).toContain('"__proto__":{"code":"NOT_FOUND"}');
    } finally {
      await world.cleanup();
    }
  });

  it('a keychain failure is a stderr line and exit 1, never a partial answer', async () => {
    const world = await testWorld({ env: BUS, input: JSON.stringify({ protocolVersion: 1, provider: 'keychain', ids: ['qwen:default'] }) });
    try {
      expect(await runIn(world, ['secrets', 'resolve'], testDeps({ keychain: memoryKeychain({}, 'locked') }))).toBe(1);
      expect(world.stdout.text()).toBe('');
      expect(world.stderr.text()).toMatch(/^openclaw secrets resolve: The OS keychain is locked/);
    } finally {
      await world.cleanup();
    }
  });
});
