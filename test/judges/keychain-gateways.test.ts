/**
 * A keychain-backed key resolves inside the real Gateways: both run in the
 * D-Bus session of a real gnome-keyring and read the key through our exec
 * provider (`openclaw secrets resolve`), which they start with only its passEnv.
 * The 2026.4 Gateway starts (it refuses to when a required secret does not
 * resolve); the 2026.9 Gateway runs a turn that carries the key.
 */
import fs from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, openclaw, type TempHome } from '../helpers/cli.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';
import { freePort, judge, judgesMissing, usableProfile, type GatewayVersion } from '../helpers/gateway-judge.js';
import { startKeyring, type KeyringSession } from '../helpers/keyring-session.js';
import { skipWithout } from '../helpers/system-tools.js';

const missing = judgesMissing() ?? (skipWithout('dbus-run-session', 'gnome-keyring-daemon', 'secret-tool') ? 'no keyring tools' : undefined);
const KEY = 'sk-ok-kcturn0123456789abcdWXYZ';


describe.skipIf(Boolean(missing))('a keychain-backed key inside the real Gateways', () => {
  let api: FakeDashscope;
  let keyring: KeyringSession | undefined;
  beforeAll(async () => {
    api = await startFakeDashscope();
  });
  afterEach(async () => {
    await keyring?.stop();
    keyring = undefined;
  });
  afterAll(async () => {
    await api.close();
  });

  async function onboardWithKeychain(version: GatewayVersion) {
    const g = judge(version);
    const home = await g.gatewayHome();
    keyring = await startKeyring(home.dir);
    const env = { ...cleanEnv(home.dir), ...keyring.env, OPENCLAW_GATEWAY_VERSION: '' };
    const r = await openclaw({ dir: home.dir, env } as unknown as TempHome, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--api-key-stdin', '--secret-store', 'keychain', '--base-url', `${api.url}/compatible-mode/v1`, '--model', 'qwen/qwen3-coder-plus'], { input: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('OS keychain');
    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8')) as { gateway: { port: number } };
    config.gateway.port = await freePort();
    await fs.writeFile(home.configPath, JSON.stringify(config, null, 2));
    return { g, home };
  }

  for (const version of ['2026.4.24', '2026.9.6'] as const) {
    it(`${version}: secrets migrate --to keychain leaves a config it validates and a profile it counts usable`, async () => {
      const g = judge(version);
      const home = await g.gatewayHome();
      keyring = await startKeyring(home.dir);
      const env = { ...cleanEnv(home.dir), ...keyring.env, OPENCLAW_GATEWAY_VERSION: '' };
      const as = { dir: home.dir, env } as unknown as TempHome;
      let r = await openclaw(as, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--api-key-stdin', '--secret-store', 'file'], { input: KEY });
      expect(r.exitCode, r.stderr).toBe(0);
      r = await openclaw(as, ['secrets', 'migrate', '--to', 'keychain']);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(await fs.readFile(home.configPath, 'utf8')).not.toContain(KEY);
      const verdict = await g.validate(home.dir);
      expect(verdict.valid, verdict.raw).toBe(true);
      const s = await g.run(home.dir, ['models', 'status', '--json'], { env: keyring.env });
      const status = JSON.parse(s.stdout.slice(s.stdout.indexOf('{'))) as Parameters<typeof usableProfile>[0];
      expect(usableProfile(status, 'qwen', 'qwen:default')).toBeUndefined();
    }, 300_000);
  }

  it('the 2026.4 Gateway starts: the required secret resolves through the keychain', async () => {
    const { g, home } = await onboardWithKeychain('2026.4.24');
    const gateway = await g.startGateway(home.dir, { env: keyring!.env });
    try {
      expect(gateway.output()).not.toContain('required secrets are unavailable');
    } finally {
      await gateway.stop();
    }
  }, 400_000);

  it('the 2026.9 Gateway runs a turn that carries the key from the keychain', async () => {
    const { g, home } = await onboardWithKeychain('2026.9.6');
    api.reset();
    const gateway = await g.startGateway(home.dir, { env: keyring!.env });
    try {
      const turn = await g.run(home.dir, ['agent', '--agent', 'main', '--message', 'ping', '--json'], { timeout: 180_000, env: keyring!.env });
      expect(turn.exitCode, `${turn.stdout.slice(-2000)}\n${turn.stderr.slice(-2000)}\n${gateway.output().slice(-3000)}`).toBe(0);
      const chats = api.requests.filter((q) => q.path === '/compatible-mode/v1/chat/completions');
      expect(chats.length).toBeGreaterThan(0);
      expect(chats.every((q) => q.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    } finally {
      await gateway.stop();
    }
  }, 400_000);
});
