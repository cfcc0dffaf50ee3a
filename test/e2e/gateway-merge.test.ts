/**
 * Writes and merges the way an OpenClaw Gateway does (SPEC §1–§4), through
 * the built binary. Shapes are read from SPEC, not from an installed Gateway.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { parseJson5 } from '../helpers/json5.js';

const KEY = 'sk-merge0123456789abcdeWXYZ';
const KEY2 = 'sk-work0123456789abcdefWXYZ';
let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(() => home.cleanup());

const run = (args: string[], opts: { env?: Record<string, string>; input?: string } = {}) => openclaw(home, args, { env: { QWEN_API_KEY: KEY, ...opts.env }, input: opts.input });
const onboard = (args: string[], env: Record<string, string> = {}) => run(['onboard', '--non-interactive', '--secret-store', 'file', ...args], { env });
const config = async () => parseJson5(await home.read(home.configPath));
async function writeConfig(text: string) {
  await fs.mkdir(home.stateDir, { recursive: true });
  await fs.writeFile(home.configPath, text);
}
async function writeJson(rel: string, value: unknown) {
  const file = path.join(home.dir, rel);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(value, null, 2));
}

describe('merging into an existing provider block', () => {
  it("a user's own row for a catalog id survives byte for byte and stays first; missing catalog ids are appended", async () => {
    const userRow = "{ id: 'glm-5', contextWindow: 4096, name: 'my glm' }, // tuned for my box";
    await writeConfig(`{
  // hand-written
  models: {
    providers: {
      qwen: {
        baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1',
        timeoutMs: 5000,
        models: [
          ${userRow}
        ],
      },
    },
  },
}
`);
    const r = await onboard(['--auth-choice', 'qwen-api-key']);
    expect(r.exitCode, r.stderr).toBe(0);
    const text = await home.read(home.configPath);
    expect(text).toContain(userRow);
    const rows = (await config()).models.providers.qwen.models;
    expect(rows[0]).toEqual({ id: 'glm-5', contextWindow: 4096, name: 'my glm' });
    expect(rows.map((x: { id: string }) => x.id)).toEqual(['glm-5', 'qwen3.5-plus', 'qwen3.6-plus', 'qwen3.7-plus', 'qwen3-max-2026-01-23', 'qwen3-coder-next', 'qwen3-coder-plus', 'MiniMax-M2.5', 'glm-4.7', 'kimi-k2.5']);
    expect(rows[1].name).toBe('qwen3.5-plus');
    expect((await config()).models.providers.qwen.timeoutMs).toBe(5000);
    // Running it again changes no row.
    const again = await onboard(['--auth-choice', 'qwen-api-key']);
    expect(again.stdout).toContain('already up to date');
    expect(await home.read(home.configPath)).toBe(text);
  });

  it('an alias-keyed modelstudio block is folded into qwen; one with another api is a custom provider and stays', async () => {
    await writeConfig(JSON.stringify({
      models: { providers: { modelstudio: { baseUrl: 'https://coding.dashscope.aliyuncs.com/v1', api: 'openai-completions', headers: { 'X-Team': 'a' }, models: [{ id: 'my-model', contextWindow: 1000 }] } } },
    }));
    // Before onboarding, its Coding Plan URL already makes the catalog endpoint-aware.
    const before = await run(['models', 'list', '--provider', 'qwen', '--plain']);
    expect(before.stdout).not.toMatch(/^qwen\/qwen3\.8-max$/m);
    expect((await onboard(['--auth-choice', 'qwen-api-key-cn'])).exitCode).toBe(0);
    const providers = (await config()).models.providers;
    expect(providers.modelstudio).toBeUndefined();
    expect(providers.qwen.headers).toEqual({ 'X-Team': 'a' });
    expect(providers.qwen.models[0]).toEqual({ id: 'my-model', contextWindow: 1000 });

    await home.cleanup();
    home = await tempHome();
    await writeConfig(JSON.stringify({ models: { providers: { modelstudio: { baseUrl: 'https://proxy.example.com', api: 'anthropic-messages', models: [{ id: 'm1' }] } } } }));
    expect((await onboard(['--auth-choice', 'qwen-api-key'])).exitCode).toBe(0);
    const kept = (await config()).models.providers;
    expect(kept.modelstudio).toEqual({ baseUrl: 'https://proxy.example.com', api: 'anthropic-messages', models: [{ id: 'm1' }] });
    expect(Object.keys((await config()).agents.defaults.models).some((k) => k.startsWith('modelstudio/'))).toBe(false);
  });

  it('a dashscope custom provider keeps its refs', async () => {
    await writeConfig(JSON.stringify({
      agents: { defaults: { model: { primary: 'dashscope/my-qwen' } } },
      models: { providers: { dashscope: { baseUrl: 'https://proxy.example.com/v1', apiKey: 'x', models: [{ id: 'my-qwen' }] } } },
    }));
    const list = await run(['models', 'list', '--plain']);
    expect(list.stdout).toContain('dashscope/my-qwen');
    expect(list.stdout).not.toContain('qwen/my-qwen');
    const json = JSON.parse((await run(['models', 'list', '--json'])).stdout);
    expect(json.models.find((m: { key: string }) => m.key === 'dashscope/my-qwen').missing).toBe(false);
    expect((await run(['models', 'set', 'dashscope/my-qwen'])).exitCode).toBe(0);
    expect((await config()).agents.defaults.model.primary).toBe('dashscope/my-qwen');
  });
});

describe('plugin policy', () => {
  for (const [name, plugins, setting] of [
    ['plugins.deny', { deny: ['qwen'] }, 'plugins.deny'],
    ['plugins.allow without it', { allow: ['other'] }, 'plugins.allow'],
    ['plugins.enabled: false', { enabled: false }, 'plugins.enabled: false'],
  ] as const) {
    it(`${name} stops onboarding with exit 1, the setting and its fix named, nothing written`, async () => {
      const text = JSON.stringify({ plugins }, null, 2);
      await writeConfig(text);
      const r = await onboard(['--auth-choice', 'qwen-api-key']);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(`blocked by ${setting}`);
      expect(r.stderr).toMatch(/(Remove|Add|Set) .*then run the command again/);
      expect(await home.read(home.configPath)).toBe(text);
      expect(await home.exists(home.storePath)).toBe(false);
      expect(await home.exists(`${home.configPath}.bak`)).toBe(false);
    });
  }
});

describe('auth order and the active profile', () => {
  it('onboarding moves the new profile to the front of auth.order; order set switches the profile status shows', async () => {
    await writeConfig(JSON.stringify({ auth: { order: { qwen: ['qwen:work'] }, profiles: { 'qwen:work': { provider: 'qwen', mode: 'api_key' } } } }));
    expect((await onboard(['--auth-choice', 'qwen-api-key', '--profile-id', 'work'], { QWEN_API_KEY: KEY2 })).exitCode).toBe(0);
    expect((await onboard(['--auth-choice', 'qwen-api-key'])).exitCode).toBe(0);
    expect((await config()).auth.order.qwen).toEqual(['qwen:default', 'qwen:work']);
    let status = JSON.parse((await run(['models', 'status', '--json'])).stdout);
    expect(status.auth.providers[0]).toMatchObject({ provider: 'qwen', activeProfile: 'qwen:default' });

    const set = await run(['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:work', 'qwen:default']);
    expect(set.exitCode, set.stderr).toBe(0);
    expect(set.stdout).toContain('Active: qwen:work');
    expect(JSON.parse(await home.read(path.join(home.agentDir, 'auth-state.json'))).order).toEqual({ qwen: ['qwen:work', 'qwen:default'] });
    status = JSON.parse((await run(['models', 'status', '--json'])).stdout);
    expect(status.auth.providers[0]).toMatchObject({ activeProfile: 'qwen:work', masked: 'sk-w…WXYZ' });
    expect((await run(['models', 'status'])).stdout).toContain('active profile qwen:work');

    const get = JSON.parse((await run(['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json'])).stdout);
    expect(get).toMatchObject({ provider: 'qwen', order: ['qwen:work', 'qwen:default'], active: 'qwen:work' });
    expect((await run(['models', 'auth', 'order', 'clear', '--provider', 'qwen'])).exitCode).toBe(0);
    status = JSON.parse((await run(['models', 'status', '--json'])).stdout);
    expect(status.auth.providers[0].activeProfile).toBe('qwen:default');

    const bad = await run(['models', 'auth', 'order', 'set', '--provider', 'qwen', 'alibaba:default']);
    expect(bad.exitCode).toBe(2);
  });

  it('a cooldown in auth-state.json is an unusable profile with kind, until and remainingMs', async () => {
    expect((await onboard(['--auth-choice', 'qwen-api-key'])).exitCode).toBe(0);
    const until = Date.now() + 3_600_000;
    await writeJson('.openclaw/agents/main/agent/auth-state.json', { version: 1, usageStats: { 'qwen:default': { cooldownUntil: until, errorCount: 3 } } });
    const status = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    const cooled = status.auth.unusableProfiles.find((u: { kind: string }) => u.kind === 'cooldown');
    expect(cooled).toMatchObject({ profileId: 'qwen:default', provider: 'qwen', kind: 'cooldown', until: new Date(until).toISOString() });
    expect(cooled.remainingMs).toBeGreaterThan(3_500_000);
    expect((await openclaw(home, ['models', 'status', '--check'])).exitCode).toBe(1);
    await writeJson('.openclaw/agents/main/agent/auth-state.json', { version: 1, usageStats: { 'qwen:default': { disabledUntil: until, disabledReason: 'billing' } } });
    const disabled = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    expect(disabled.auth.unusableProfiles[0]).toMatchObject({ kind: 'disabled', reason: expect.stringContaining('billing') });
  });
});

describe('the Qwen Portal', () => {
  it('the default ref gets the alias Qwen OAuth, never overwriting an authored one', async () => {
    expect((await onboard(['--auth-choice', 'qwen-oauth'])).exitCode).toBe(0);
    expect((await config()).agents.defaults.models['qwen-oauth/qwen3.5-plus']).toEqual({ alias: 'Qwen OAuth' });
  });

  it('a stored legacy qwen-portal:default profile makes status --check pass for a qwen-oauth/ default', async () => {
    await writeConfig(JSON.stringify({ agents: { defaults: { model: { primary: 'qwen-portal/qwen3.5-plus' } } } }));
    await writeJson('.openclaw/agents/main/agent/auth-profiles.json', { version: 1, profiles: { 'qwen-portal:default': { type: 'api_key', provider: 'qwen-portal', key: KEY } } });
    const check = await openclaw(home, ['models', 'status', '--check']);
    expect(check.exitCode, check.stdout).toBe(0);
    expect(check.stdout).toContain('profile qwen-portal:default');
  });

  it('onboarding without a key takes the legacy profile’s token', async () => {
    await writeJson('.openclaw/agents/main/agent/auth-profiles.json', { version: 1, profiles: { 'qwen-cli:default': { type: 'api_key', provider: 'qwen-cli', key: KEY } } });
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-oauth', '--secret-store', 'file', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).key).toMatchObject({ source: 'legacy profile qwen-cli:default', storage: 'file' });
  });
});

describe('other Gateway behaviours', () => {
  it('models set on a config without an allowlist adds the entry; meta.lastTouchedAt is stamped', async () => {
    await writeConfig('{ meta: { lastTouchedVersion: "2026.4.24" } }\n');
    const r = await run(['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    const cfg = await config();
    expect(cfg.agents.defaults.models).toEqual({ 'qwen/glm-5': {} });
    expect(cfg.meta.lastTouchedVersion).toBe('2026.4.24');
    expect(Date.now() - Date.parse(cfg.meta.lastTouchedAt)).toBeLessThan(60_000);
  });

  it('an onboarding command line from the reference docs, Gateway-side flags included, runs and names what it ignored', async () => {
    const r = await run([
      'onboard', '--non-interactive', '--accept-risk', '--mode', 'local', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'plaintext',
      '--workspace', '/srv/agent', '--flow', 'quickstart', '--install-daemon', '--gateway-port', '18789', '--gateway-bind', 'loopback', '--gateway-token', 'tok-secret-123456',
      '--skip-channels', '--skip-skills', '--skip-search', '--skip-ui', '--skip-health', '--secret-store', 'file',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('Ignored'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--workspace');
    expect(lines[0]).toContain('--gateway-token');
    expect(r.stderr + r.stdout).not.toContain('tok-secret-123456');
    expect(r.stderr + r.stdout).not.toContain('/srv/agent');
  });

  it("today's (2026.9) Gateway-side onboarding flags are accepted and named as ignored, never with their values", async () => {
    const r = await run([
      'onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'qwen-api-key', '--secret-store', 'file',
      '--classic', '--modern', '--tui', '--team', '--agent-name', 'agent-x', '--import-from', 'hermes', '--import-source', '/srv/old', '--import-secrets',
      '--reset-scope', 'config', '--gateway-token-ref-env', 'OPENCLAW_GATEWAY_TOKEN', '--skip-hooks', '--suppress-gateway-token-output',
      '--token', 'tok-today-123456', '--token-provider', 'anthropic', '--token-profile-id', 'anthropic:x', '--token-expires-in', '365d', '--skip-bootstrap',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('Ignored'));
    expect(lines).toHaveLength(1);
    for (const flag of ['--classic', '--modern', '--tui', '--team', '--agent-name', '--import-from', '--import-source', '--import-secrets', '--reset-scope', '--gateway-token-ref-env', '--skip-hooks', '--suppress-gateway-token-output', '--token', '--token-provider']) {
      expect(lines[0]).toContain(flag);
    }
    for (const value of ['tok-today-123456', 'agent-x', '/srv/old', 'hermes']) expect(r.stderr + r.stdout).not.toContain(value);
  });

  it('models auth login runs the flow for one provider; paste-token stores a piped token', async () => {
    const login = await run(['models', 'auth', 'login', '--provider', 'qwen-portal', '--non-interactive', '--secret-store', 'file']);
    expect(login.exitCode, login.stderr).toBe(0);
    expect((await config()).models.providers['qwen-oauth'].baseUrl).toBe('https://portal.qwen.ai/v1');
    const needsPlan = await run(['models', 'auth', 'login', '--provider', 'qwen', '--non-interactive']);
    expect(needsPlan.exitCode).toBe(2);
    expect(needsPlan.stderr).toContain('--auth-choice');

    const paste = await run(['models', 'auth', 'paste-token', '--provider', 'qwen-oauth', '--profile-id', 'work'], { input: `${KEY2}\n` });
    expect(paste.exitCode, paste.stderr).toBe(0);
    expect(paste.stdout).toContain('Saved qwen-oauth:work (sk-w…WXYZ)');
    expect(JSON.parse(await home.read(home.storePath)).profiles['qwen-oauth:work']).toEqual({ type: 'api_key', provider: 'qwen-oauth', key: KEY2 });
    expect((await config()).auth.profiles['qwen-oauth:work']).toEqual({ provider: 'qwen-oauth', mode: 'api_key' });
    expect(paste.stdout + paste.stderr).not.toContain(KEY2);
    // Today's OpenClaw calls it paste-api-key: the same command.
    const apiKey = await run(['models', 'auth', 'paste-api-key', '--provider', 'qwen', '--profile-id', 'team'], { input: `${KEY2}\n` });
    expect(apiKey.exitCode, apiKey.stderr).toBe(0);
    expect(apiKey.stdout).toContain('Saved qwen:team (sk-w…WXYZ)');
    expect(JSON.parse(await home.read(home.storePath)).profiles['qwen:team']).toEqual({ type: 'api_key', provider: 'qwen', key: KEY2 });
  });

  it('status names the .env file by path and says when a stored profile shadows a set env var', async () => {
    expect((await onboard(['--auth-choice', 'qwen-api-key', '--secret-input-mode', 'ref', '--write-daemon-env'])).exitCode).toBe(0);
    const fromFile = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    expect(fromFile.auth.providers[0]).toMatchObject({ source: 'env-ref', usable: true });
    await fs.writeFile(home.storePath, JSON.stringify({ version: 1, profiles: {} }));
    const dotenv = await openclaw(home, ['models', 'status']);
    expect(dotenv.stdout).toContain(`.env file ${path.join(home.stateDir, '.env')} (QWEN_API_KEY)`);

    expect((await onboard(['--auth-choice', 'qwen-api-key', '--modelstudio-api-key', KEY2])).exitCode).toBe(0);
    const shadow = await run(['models', 'status']);
    expect(shadow.stdout).toContain('QWEN_API_KEY is set too, but the stored profile qwen:default wins.');
    expect(JSON.parse((await run(['models', 'status', '--json'])).stdout).auth.providers[0].shadows).toEqual(['QWEN_API_KEY']);
  });
});
