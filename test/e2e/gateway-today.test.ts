/**
 * Today's Gateway (2026.9) through the built binary: the shapes it reads, its
 * SQLite credential store (read back here with SQLite itself), older shapes
 * moved on the next write, and a Gateway holding its database while we write.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';

const KEY = 'sk-today0123456789abcdefWXYZ';
const KEY2 = 'sk-other9876543210zyxwvuABCD';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
  // Nothing stated: the files (or their absence) say which Gateway reads them.
  delete home.env.OPENCLAW_GATEWAY_VERSION;
});
afterEach(() => home.cleanup());

const stateDb = () => path.join(home.stateDir, 'state', 'openclaw.sqlite');
const onboard = (args: string[], input = KEY) => openclaw(home, ['onboard', '--non-interactive', '--api-key-stdin', '--secret-store', 'file', ...args], { input });
const config = async () => JSON.parse(await home.read('.openclaw/openclaw.json'));

function machineState(key: string): unknown {
  const db = new Database(stateDb(), { readonly: true });
  try {
    const row = db.prepare('SELECT value_json AS v FROM config_machine_state WHERE state_key = ?').get(key) as { v: string } | undefined;
    return row ? JSON.parse(row.v) : undefined;
  } finally {
    db.close();
  }
}

describe("today's Gateway", () => {
  it('an empty HOME gets the shapes and the store of 2026.9, and the plugin it needs is named with its install command', async () => {
    const r = await onboard(['--auth-choice', 'qwen-standard-api-key']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(r.stderr).toContain('The qwen plugin is not installed');
    expect(r.stderr).toContain('Install it: openclaw plugins install @openclaw/qwen-provider');
    const c = await config();
    expect(c.meta).toEqual({ migrations: { modelPolicyAllowlist: true } });
    expect(c.agents.defaults.mediaModels.video).toEqual({ primary: 'qwen/wan2.6-t2v' });
    expect(c.agents.defaults.videoGenerationModel).toBeUndefined();
    expect(c.agents.defaults.models).toEqual({ 'qwen/qwen3.5-plus': { alias: 'Qwen' } });
    expect(c.agents.defaults.modelPolicy).toBeUndefined();
    expect(c.models.providers.qwen).toEqual({ baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', api: 'openai-completions', models: [] });
    expect(await home.exists(path.relative(home.dir, home.storePath))).toBe(false);
    expect(machineState('auth.sharedStore')).toEqual({ location: 'state-db' });
    expect(machineState('authProfiles.store')).toEqual({ version: 1, profiles: { 'qwen:default': { type: 'api_key', provider: 'qwen', key: KEY } } });
    expect((await fs.stat(stateDb())).mode & 0o777).toBe(0o600);

    const status = await openclaw(home, ['models', 'status', '--json', '--check']);
    expect(status.exitCode, status.stderr).toBe(0);
    const json = JSON.parse(status.stdout);
    expect(json.gateway).toEqual({ generation: 'today', version: null, reason: 'state-database' });
    expect(json.videoGenerationModel).toBe('qwen/wan2.6-t2v');
    expect(json.auth.storePath).toBe(stateDb());
    expect(json.auth.providers[0]).toMatchObject({ provider: 'qwen', source: 'profile', profileId: 'qwen:default', usable: true });
    const human = await openclaw(home, ['models', 'status']);
    expect(human.stdout).toMatch(/Gateway\s+today \(2026\.9 and later\) \(.*openclaw\.sqlite exists\)/);
  });

  it('a second profile, set, set-video, order and logout all go through the database', async () => {
    expect((await onboard(['--auth-choice', 'qwen-standard-api-key'])).exitCode).toBe(0);
    expect((await onboard(['--auth-choice', 'qwen-standard-api-key', '--profile-id', 'work'], KEY2)).exitCode).toBe(0);
    expect(Object.keys((machineState('authProfiles.store') as { profiles: object }).profiles)).toEqual(['qwen:default', 'qwen:work']);
    // Completion offers the profiles of the database.
    expect((await openclaw(home, ['__complete', 'profile'])).stdout).toBe('qwen:default\nqwen:work');
    expect((await openclaw(home, ['models', 'set-video', 'qwen/wan2.6-i2v'])).exitCode).toBe(0);
    expect((await config()).agents.defaults.mediaModels.video).toEqual({ primary: 'qwen/wan2.6-i2v' });
    let r = await openclaw(home, ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:work', 'qwen:default']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(machineState('authProfiles.state')).toEqual({ version: 1, order: { qwen: ['qwen:work', 'qwen:default'] } });
    r = await openclaw(home, ['models', 'auth', 'list', '--json']);
    expect(r.stdout).not.toContain(KEY2);
    r = await openclaw(home, ['models', 'auth', 'logout', 'qwen:work', '--yes']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(Object.keys((machineState('authProfiles.store') as { profiles: object }).profiles)).toEqual(['qwen:default']);
    expect(machineState('authProfiles.state')).toEqual({ version: 1, order: { qwen: ['qwen:default'] } });
  });

  it('a 2026.9 HOME with seed-era shapes and a JSON store: moved on the next write, one line each, nothing lost', async () => {
    await fs.mkdir(home.agentDir, { recursive: true });
    await fs.writeFile(
      home.configPath,
      JSON.stringify({
        meta: { lastTouchedVersion: '2026.9.6', lastTouchedAt: '2026-04-01T00:00:00.000Z' },
        agents: { defaults: { model: { primary: 'qwen/qwen3.5-plus' }, videoGenerationModel: { primary: 'qwen/wan2.6-t2v' }, models: { 'qwen/qwen3.5-plus': { alias: 'Qwen' }, 'qwen/glm-5': {} } } },
        models: { providers: { qwen: { baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', api: 'openai-completions', models: [] } } },
      }),
    );
    await fs.writeFile(home.storePath, JSON.stringify({ version: 1, profiles: { 'qwen:old': { type: 'api_key', provider: 'qwen', key: KEY2 } } }));
    await fs.writeFile(path.join(home.agentDir, 'auth-state.json'), JSON.stringify({ version: 1, order: { qwen: ['qwen:old'] } }));

    let r = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain("Moved to the shapes of today's Gateway: agents.defaults.videoGenerationModel, meta.lastTouchedAt, agents.defaults.models.");
    let c = await config();
    expect(c.meta).toEqual({ lastTouchedVersion: '2026.9.6', migrations: { modelPolicyAllowlist: true } });
    expect(c.agents.defaults.mediaModels.video).toEqual({ primary: 'qwen/wan2.6-t2v' });
    expect(c.agents.defaults.modelPolicy.allow).toEqual(['qwen/qwen3.5-plus', 'qwen/glm-5']);

    // The profiles of the retired JSON store are read before they move, and move with the first store write.
    r = await openclaw(home, ['models', 'auth', 'list', '--json']);
    expect(JSON.parse(r.stdout).profiles.map((p: { profileId: string }) => p.profileId)).toEqual(['qwen:old']);
    r = await onboard(['--auth-choice', 'qwen-standard-api-key']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Moved 1 stored profile(s) from ${home.storePath} into the Gateway's database`);
    expect(await home.exists(path.relative(home.dir, home.storePath))).toBe(false);
    expect(JSON.parse(await fs.readFile(`${home.storePath}.migrated`, 'utf8')).profiles['qwen:old'].key).toBe(KEY2);
    expect(Object.keys((machineState('authProfiles.store') as { profiles: object }).profiles).sort()).toEqual(['qwen:default', 'qwen:old']);
    // The agent's order override moved too, with the new profile first.
    expect(machineState('authProfiles.state')).toEqual({ version: 1, order: { qwen: ['qwen:default', 'qwen:old'] } });
    c = await config();
    expect(c.agents.defaults.modelPolicy.allow).toEqual(['qwen/qwen3.5-plus', 'qwen/glm-5']);
  });

  it('--gateway-version states the seed era on an empty HOME: exactly the seed-era files', async () => {
    const r = await openclaw(home, ['--gateway-version', '2026.4.24', 'onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--api-key-stdin', '--secret-store', 'file'], { input: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('plugin');
    const c = await config();
    expect(c.agents.defaults.videoGenerationModel).toEqual({ primary: 'qwen/wan2.6-t2v' });
    expect(c.meta).toBeUndefined();
    expect(c.models.providers.qwen.models.length).toBeGreaterThan(5);
    expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key).toBe(KEY);
    expect(await home.exists('.openclaw/state')).toBe(false);
  });

  it('a --gateway-version that is not a version is a usage error, and nothing is written', async () => {
    const r = await openclaw(home, ['--gateway-version', 'newest', 'onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--api-key-stdin'], { input: KEY });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('"newest" is not an OpenClaw Gateway version');
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('says the plugin is installed when the Gateway recorded its install', async () => {
    await fs.mkdir(path.dirname(stateDb()), { recursive: true });
    const db = new Database(stateDb());
    db.exec('CREATE TABLE config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL) STRICT');
    db.prepare('INSERT INTO config_machine_state VALUES (?, ?, 1)').run('plugins.installedIndex', JSON.stringify({ index: { installRecords: { qwen: { source: 'npm', resolvedVersion: '2026.9.4' } } } }));
    db.close();
    const r = await onboard(['--auth-choice', 'qwen-api-key']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('The qwen plugin is installed (2026.9.4).');
  });

  it('the Qwen Portal on today: written as a custom provider, with one line pointing new setups to an API-key plan', async () => {
    const r = await onboard(['--auth-choice', 'qwen-oauth']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('openclaw onboard --auth-choice qwen-standard-api-key');
    expect((await config()).models.providers['qwen-oauth']).toEqual({ baseUrl: 'https://portal.qwen.ai/v1', api: 'openai-completions', models: [] });
  });

  it("waits for a Gateway that holds its database, and keeps the profile that Gateway wrote", async () => {
    expect((await onboard(['--auth-choice', 'qwen-standard-api-key'])).exitCode).toBe(0);
    // A stand-in Gateway: holds a write transaction on the state database for a while, adding its own profile.
    const holder = execa(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.exec('BEGIN IMMEDIATE');
         const row = db.prepare("SELECT value_json AS v FROM config_machine_state WHERE state_key = 'authProfiles.store'").get();
         const store = JSON.parse(row.v); store.profiles['qwen:gateway'] = { type: 'api_key', provider: 'qwen', key: 'sk-gateway0123456789abcdWXYZ' };
         db.prepare("UPDATE config_machine_state SET value_json = ? WHERE state_key = 'authProfiles.store'").run(JSON.stringify(store));
         process.stdout.write('held\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
        stateDb(),
      ],
      { cwd: process.cwd(), stdin: 'ignore', timeout: 20_000 },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const r = await onboard(['--auth-choice', 'qwen-standard-api-key', '--profile-id', 'mine'], KEY2);
    await holder;
    expect(r.exitCode, r.stderr).toBe(0);
    expect(Object.keys((machineState('authProfiles.store') as { profiles: object }).profiles).sort()).toEqual(['qwen:default', 'qwen:gateway', 'qwen:mine']);
  });
});
