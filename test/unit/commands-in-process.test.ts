/** logout and status reach the keychain and the network only through deps, so they run in-process with doubles. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { memoryKeychain } from '../../src/credentials/keychain.js';
import { runIn, testDeps, testWorld, type TestWorld } from '../helpers/world.js';

const KEY = 'sk-inproc0123456789abcdWXYZ';
let world: TestWorld;
beforeEach(async () => {
  world = await testWorld({ env: { QWEN_API_KEY: KEY } });
});
afterEach(() => world.cleanup());

describe('commands with doubles for deps', () => {
  it('logout deletes the keychain item through deps.keychain', async () => {
    const keychain = memoryKeychain();
    const deps = testDeps({ keychain });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], deps)).toBe(0);
    expect(keychain.items.get('qwen:default')).toBe(KEY);
    expect(await runIn(world, ['models', 'auth', 'logout', 'qwen:default', '--yes'], deps)).toBe(0);
    expect(keychain.items.size).toBe(0);
    expect(world.stdout.text()).toContain('Removed qwen:default (and its OS keychain item).');
    const store = JSON.parse(await fs.readFile(path.join(world.home, '.openclaw/agents/main/agent/auth-profiles.json'), 'utf8'));
    expect(store.profiles).toEqual({});
  });

  it('status --probe sends one request through deps.fetch, with the key read from the keychain double', async () => {
    const keychain = memoryKeychain();
    const seen: { url: string; auth: string | null; body: string }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization'), body: String(init?.body) });
      return new Response(JSON.stringify({ choices: [{ message: { content: 'p' } }] }), { status: 200 });
    };
    const deps = testDeps({ keychain, fetch: fakeFetch });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key-cn', '--secret-store', 'keychain', '--no-video'], deps)).toBe(0);
    expect(await runIn(world, ['models', 'status', '--probe', '--json'], deps)).toBe(0);
    expect(seen).toEqual([{ url: 'https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions', auth: `Bearer ${KEY}`, body: expect.stringContaining('"model":"qwen3.5-plus"') }]);
    const json = JSON.parse(world.stdout.text().slice(world.stdout.text().indexOf('{\n  "configPath"')));
    expect(json.probes).toEqual([expect.objectContaining({ provider: 'qwen', status: 'ok' })]);
    expect(json.auth.providers[0]).toMatchObject({ source: 'keychain', plan: 'standard', region: 'cn', activeProfile: 'qwen:default' });
  });

  it('logout with a keychain that does not answer changes nothing: store, config and item stay', async () => {
    const keychain = memoryKeychain();
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], testDeps({ keychain }))).toBe(0);
    const storePath = path.join(world.home, '.openclaw/agents/main/agent/auth-profiles.json');
    const configPath = path.join(world.home, '.openclaw/openclaw.json');
    const before = [await fs.readFile(storePath, 'utf8'), await fs.readFile(configPath, 'utf8')];
    const absent = memoryKeychain({}, 'absent');
    expect(await runIn(world, ['models', 'auth', 'logout', 'qwen:default', '--yes'], testDeps({ keychain: absent }))).toBe(1);
    expect(world.stderr.text()).toContain('No OS keychain answered');
    expect([await fs.readFile(storePath, 'utf8'), await fs.readFile(configPath, 'utf8')]).toEqual(before);
    expect(keychain.items.get('qwen:default')).toBe(KEY);
  });

  it('a keychain write that fails in the middle of onboarding leaves the old files and the old item', async () => {
    const keychain = memoryKeychain();
    const deps = testDeps({ keychain });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'keychain'], deps)).toBe(0);
    const configPath = path.join(world.home, '.openclaw/openclaw.json');
    const before = await fs.readFile(configPath, 'utf8');
    let writes = 0;
    const flaky = { ...keychain, async set(account: string, secret: string) {
      if (++writes > 0 && account !== 'openclaw:probe') throw new Error('the keychain refused the write');
      return keychain.set(account, secret);
    } };
    const code = await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--modelstudio-standard-api-key', 'sk-other0123456789abcdefWXYZ', '--secret-store', 'keychain'], testDeps({ keychain: flaky }));
    expect(code).toBe(1);
    expect(await fs.readFile(configPath, 'utf8')).toBe(before);
    expect(keychain.items.get('qwen:default')).toBe(KEY);
  });
});
