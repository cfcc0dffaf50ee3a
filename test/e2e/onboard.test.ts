import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { modeOf, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { parseJson5 } from '../helpers/json5.js';

const KEY = 'sk-test0123456789abcdefWXYZ';
const MASKED = 'sk-t…WXYZ';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(async () => {
  await home.cleanup();
});

async function config(): Promise<any> {
  return parseJson5(await fs.readFile(home.configPath, 'utf8'));
}
async function store(): Promise<any> {
  return JSON.parse(await fs.readFile(home.storePath, 'utf8'));
}
function expectNoSecret(r: { stdout: string; stderr: string }, secret = KEY) {
  expect(r.stdout).not.toContain(secret);
  expect(r.stderr).not.toContain(secret);
}

const CODING_IDS = ['qwen3.5-plus', 'qwen3.6-plus', 'qwen3.7-plus', 'qwen3-max-2026-01-23', 'qwen3-coder-next', 'qwen3-coder-plus', 'MiniMax-M2.5', 'glm-5', 'glm-4.7', 'kimi-k2.5'];
const STANDARD_ONLY_IDS = ['qwen3.6-flash', 'qwen3.7-max', 'qwen3.8-max', 'qwen3.8-flash'];
const STANDARD_IDS = [...CODING_IDS.slice(0, 3), ...STANDARD_ONLY_IDS, ...CODING_IDS.slice(3)];
const TOKEN_PLAN_IDS = ['qwen3.7-plus', 'qwen3.8-max', 'qwen3.8-flash', 'qwen3.6-plus', 'kimi-k2.5', 'glm-5', 'MiniMax-M2.5'];

const CASES = [
  { choice: 'qwen-api-key', flag: 'modelstudio-api-key', provider: 'qwen', baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1', ids: CODING_IDS, video: undefined },
  { choice: 'qwen-api-key-cn', flag: 'modelstudio-api-key-cn', provider: 'qwen', baseUrl: 'https://coding.dashscope.aliyuncs.com/v1', ids: CODING_IDS, video: undefined },
  { choice: 'qwen-standard-api-key', flag: 'modelstudio-standard-api-key', provider: 'qwen', baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', ids: STANDARD_IDS, video: 'qwen/wan2.6-t2v' },
  { choice: 'qwen-standard-api-key-cn', flag: 'modelstudio-standard-api-key-cn', provider: 'qwen', baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1', ids: STANDARD_IDS, video: 'qwen/wan2.6-t2v' },
  { choice: 'qwen-token-plan', flag: 'qwen-token-plan-api-key', provider: 'qwen-token-plan', baseUrl: 'https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1', ids: TOKEN_PLAN_IDS, video: undefined },
  { choice: 'qwen-token-plan-cn', flag: 'qwen-token-plan-api-key-cn', provider: 'qwen-token-plan', baseUrl: 'https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1', ids: TOKEN_PLAN_IDS, video: undefined },
  { choice: 'qwen-oauth', flag: 'qwen-oauth-token', provider: 'qwen-oauth', baseUrl: 'https://portal.qwen.ai/v1', ids: ['qwen3.5-plus'], video: undefined },
  { choice: 'alibaba-model-studio-api-key', flag: 'alibaba-model-studio-api-key', provider: 'alibaba', baseUrl: 'https://dashscope-intl.aliyuncs.com', ids: [], video: 'alibaba/wan2.6-t2v' },
] as const;

describe('onboard --non-interactive, every auth choice', () => {
  for (const c of CASES) {
    it(`${c.choice}: writes the store, the config and nothing secret to the terminal`, async () => {
      const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', c.choice, '--api-key-stdin'], { input: `${KEY}\n` });
      expect(r.stderr).toContain('No OS keychain available');
      expect(r.exitCode, r.stderr).toBe(0);
      expectNoSecret(r);
      expect(r.stdout).toContain(MASKED);
      expect(r.stdout).toContain(`Next: openclaw models list --provider ${c.provider}`);

      expect(await store()).toEqual({
        version: 1,
        profiles: { [`${c.provider}:default`]: { type: 'api_key', provider: c.provider, key: KEY } },
      });
      expect(await modeOf(home.storePath)).toBe('600');
      expect(await modeOf(home.configPath)).toBe('600');
      for (const dir of [home.stateDir, path.join(home.stateDir, 'agents'), path.dirname(home.agentDir), home.agentDir]) {
        expect(await modeOf(dir), dir).toBe('700');
      }
      expect(await home.exists('.openclaw/openclaw.json.bak')).toBe(false);

      const cfg = await config();
      const block = cfg.models.providers[c.provider];
      expect(block.baseUrl).toBe(c.baseUrl);
      expect(block.models.map((m: any) => m.id)).toEqual(c.ids);
      expect(cfg.auth.profiles).toEqual({ [`${c.provider}:default`]: { provider: c.provider, mode: 'api_key' } });
      expect(cfg.agents?.defaults?.videoGenerationModel?.primary).toBe(c.video);
      if (c.provider === 'alibaba') {
        expect(block).toEqual({ baseUrl: c.baseUrl, models: [] });
        expect(cfg.agents.defaults.model).toBeUndefined();
        expect(cfg.plugins.entries).toEqual({ alibaba: { enabled: true } });
      } else {
        expect(block.api).toBe('openai-completions');
        expect(cfg.agents.defaults.model.primary).toBe(c.provider === 'qwen-token-plan' ? 'qwen-token-plan/qwen3.7-plus' : `${c.provider}/qwen3.5-plus`);
        if (c.provider === 'qwen-token-plan') expect(cfg.agents.defaults.models['qwen-token-plan/qwen3.7-plus']).toEqual({ alias: 'Qwen Token Plan' });
        expect(cfg.plugins.entries).toEqual({ qwen: { enabled: true } });
        expect(cfg.models.mode).toBe('merge');
      }
      expect(JSON.stringify(cfg)).not.toContain(KEY);
    });
  }

  it('writes exactly the documented shape for the Coding Plan (golden)', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    // The Gateway names a row by its id.
    const row = (id: string, _display: string, input: string[], contextWindow: number, maxTokens: number, reasoning = false) => ({
      id,
      name: id,
      reasoning,
      input,
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow,
      maxTokens,
      compat: { supportsUsageInStreaming: true },
    });
    const allow: Record<string, object> = {};
    for (const id of CODING_IDS) allow[`qwen/${id}`] = id === 'qwen3.5-plus' ? { alias: 'Qwen' } : {};
    for (const id of CODING_IDS) allow[`modelstudio/${id}`] = {};
    expect(await config()).toEqual({
      agents: { defaults: { model: { primary: 'qwen/qwen3.5-plus' }, models: allow } },
      models: {
        mode: 'merge',
        providers: {
          qwen: {
            baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1',
            api: 'openai-completions',
            models: [
              row('qwen3.5-plus', 'Qwen3.5 Plus', ['text', 'image'], 1_000_000, 65_536),
              row('qwen3.6-plus', 'Qwen3.6 Plus', ['text', 'image'], 1_000_000, 65_536, true),
              row('qwen3.7-plus', 'Qwen3.7 Plus', ['text', 'image'], 1_000_000, 65_536, true),
              row('qwen3-max-2026-01-23', 'Qwen3 Max (2026-01-23)', ['text'], 262_144, 65_536),
              row('qwen3-coder-next', 'Qwen3 Coder Next', ['text'], 262_144, 65_536),
              row('qwen3-coder-plus', 'Qwen3 Coder Plus', ['text'], 1_000_000, 65_536),
              row('MiniMax-M2.5', 'MiniMax M2.5', ['text'], 1_000_000, 65_536, true),
              row('glm-5', 'GLM-5', ['text'], 202_752, 16_384),
              row('glm-4.7', 'GLM-4.7', ['text'], 202_752, 16_384),
              row('kimi-k2.5', 'Kimi K2.5', ['text', 'image'], 262_144, 32_768),
            ],
          },
        },
      },
      auth: { profiles: { 'qwen:default': { provider: 'qwen', mode: 'api_key' } } },
      plugins: { entries: { qwen: { enabled: true } } },
    });
  });

  for (const [legacy, canonical] of [
    ['modelstudio-api-key', 'qwen-api-key'],
    ['modelstudio-api-key-cn', 'qwen-api-key-cn'],
    ['modelstudio-standard-api-key', 'qwen-standard-api-key'],
    ['modelstudio-standard-api-key-cn', 'qwen-standard-api-key-cn'],
  ] as const) {
    it(`legacy ${legacy}: one deprecation line, canonical ids written`, async () => {
      const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', legacy, '--json'], { env: { MODELSTUDIO_API_KEY: KEY } });
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stderr.split('\n').filter((l) => l.includes('deprecated'))).toEqual([
        `Notice: --auth-choice ${legacy} is deprecated; using ${canonical}.`,
      ]);
      const result = JSON.parse(r.stdout);
      expect(result).toMatchObject({ ok: true, authChoice: canonical, provider: 'qwen', key: { masked: MASKED, source: 'MODELSTUDIO_API_KEY' } });
      expectNoSecret(r);
      const cfg = await config();
      expect(JSON.stringify(cfg)).not.toContain(legacy);
      const expectedUrl = CASES.find((c) => c.choice === canonical)!.baseUrl;
      expect(cfg.models.providers.qwen.baseUrl).toBe(expectedUrl);
    });
  }
});

describe('onboard key sources', () => {
  it('infers the auth choice from a single key flag', async () => {
    const r = await openclaw(home, ['onboard', '--modelstudio-standard-api-key-cn', KEY, '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ authChoice: 'qwen-standard-api-key-cn', key: { source: '--modelstudio-standard-api-key-cn' } });
    expectNoSecret(r);
  });

  it('takes --qwen-api-key for any qwen choice and refuses it for others', async () => {
    const ok = await openclaw(home, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--qwen-api-key', KEY]);
    expect(ok.exitCode, ok.stderr).toBe(0);
    const bad = await openclaw(home, ['onboard', '--auth-choice', 'alibaba-model-studio-api-key', '--qwen-api-key', KEY]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--alibaba-model-studio-api-key');
    expectNoSecret(bad);
  });

  it('follows each provider env var order', async () => {
    const env = { QWEN_API_KEY: `${KEY}Q`, MODELSTUDIO_API_KEY: `${KEY}M`, DASHSCOPE_API_KEY: `${KEY}D` };
    const qwen = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--json'], { env });
    expect(JSON.parse(qwen.stdout).key.source).toBe('QWEN_API_KEY');
    const alibaba = await openclaw(home, ['onboard', '--auth-choice', 'alibaba-model-studio-api-key', '--json'], { env });
    expect(JSON.parse(alibaba.stdout).key.source).toBe('MODELSTUDIO_API_KEY');
    const onlyDash = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key-cn', '--json'], { env: { DASHSCOPE_API_KEY: KEY } });
    expect(JSON.parse(onlyDash.stdout).key.source).toBe('DASHSCOPE_API_KEY');
    const s = await store();
    expect(s.profiles['qwen:default'].key).toBe(KEY);
    expect(s.profiles['alibaba:default'].key).toBe(`${KEY}M`);
  });

  it('reuses an existing profile when no key is given', async () => {
    await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--api-key-stdin'], { input: KEY });
    const before = await fs.stat(home.storePath);
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ key: { source: 'stored profile qwen:default', storage: 'unchanged', masked: MASKED } });
    expect((await fs.stat(home.storePath)).mtimeMs).toBe(before.mtimeMs);
    expect((await config()).models.providers.qwen.baseUrl).toBe('https://dashscope-intl.aliyuncs.com/compatible-mode/v1');
  });

  it('ref mode stores an env keyRef, never the key', async () => {
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--secret-input-mode', 'ref'], { env: { MODELSTUDIO_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect((await store()).profiles['qwen:default']).toEqual({
      type: 'api_key',
      provider: 'qwen',
      keyRef: { source: 'env', provider: 'default', id: 'MODELSTUDIO_API_KEY' },
    });
    expect(await fs.readFile(home.storePath, 'utf8')).not.toContain(KEY);
  });

  it('--profile-id names the profile', async () => {
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-oauth', '--profile-id', 'work', '--qwen-oauth-token', KEY]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(Object.keys((await store()).profiles)).toEqual(['qwen-oauth:work']);
    expect((await config()).auth.profiles).toEqual({ 'qwen-oauth:work': { provider: 'qwen-oauth', mode: 'api_key' } });
  });

  it('--region cn and --base-url pick the alibaba host, trailing slashes stripped', async () => {
    await openclaw(home, ['onboard', '--auth-choice', 'alibaba-model-studio-api-key', '--region', 'cn'], { env: { DASHSCOPE_API_KEY: KEY } });
    expect((await config()).models.providers.alibaba.baseUrl).toBe('https://dashscope.aliyuncs.com');
    await openclaw(home, ['onboard', '--auth-choice', 'alibaba-model-studio-api-key', '--base-url', 'https://proxy.example.com//'], { env: { DASHSCOPE_API_KEY: KEY } });
    expect((await config()).models.providers.alibaba.baseUrl).toBe('https://proxy.example.com');
  });
});

describe('onboard models', () => {
  it('--model and --video-model set the defaults; a Coding Plan video model warns', async () => {
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--model', 'modelstudio/glm-5', '--video-model', 'qwen/wan2.7-r2v'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('needs a Standard (pay-as-you-go) key: the Coding Plan (subscription) endpoint');
    expect(r.stderr).toContain('openclaw onboard --auth-choice qwen-standard-api-key.');
    const cfg = await config();
    expect(cfg.agents.defaults.model.primary).toBe('qwen/glm-5');
    expect(cfg.agents.defaults.videoGenerationModel.primary).toBe('qwen/wan2.7-r2v');
  });

  it('--no-video leaves the video model unset on Standard', async () => {
    await openclaw(home, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--no-video'], { env: { QWEN_API_KEY: KEY } });
    expect((await config()).agents.defaults.videoGenerationModel).toBeUndefined();
  });

  it('keeps a current default of the same provider, fallbacks and an existing alias', async () => {
    await fs.mkdir(home.stateDir, { recursive: true });
    await fs.writeFile(
      home.configPath,
      `// my agent\n{\n  agents: {\n    defaults: {\n      model: { primary: 'qwen/glm-5', fallbacks: ['qwen/kimi-k2.5'] }, // keep\n      models: { 'qwen/qwen3.5-plus': { alias: 'Plus' } },\n    },\n  },\n  channels: { telegram: { enabled: true } },\n}\n`,
    );
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = await fs.readFile(home.configPath, 'utf8');
    expect(text.startsWith('// my agent\n{\n  agents: {\n    defaults: {\n      model: { primary: \'qwen/glm-5\', fallbacks: [\'qwen/kimi-k2.5\'] }, // keep\n')).toBe(true);
    const cfg = parseJson5(text);
    expect(cfg.agents.defaults.model).toEqual({ primary: 'qwen/glm-5', fallbacks: ['qwen/kimi-k2.5'] });
    expect(cfg.agents.defaults.models['qwen/qwen3.5-plus']).toEqual({ alias: 'Plus' });
    expect(cfg.channels).toEqual({ telegram: { enabled: true } });
    expect(await home.read('.openclaw/openclaw.json.bak')).toContain('// my agent');
  });
});

describe('onboard is idempotent and safe to repeat', () => {
  it('a second identical run changes nothing', async () => {
    const args = ['onboard', '--auth-choice', 'qwen-standard-api-key'];
    await openclaw(home, args, { env: { QWEN_API_KEY: KEY } });
    const first = await fs.readFile(home.configPath, 'utf8');
    const stat = await fs.stat(home.configPath);
    const r = await openclaw(home, [...args, '--json'], { env: { QWEN_API_KEY: KEY } });
    expect(JSON.parse(r.stdout).changed).toEqual([]);
    expect(await fs.readFile(home.configPath, 'utf8')).toBe(first);
    expect((await fs.stat(home.configPath)).mtimeMs).toBe(stat.mtimeMs);
    expect(await home.exists('.openclaw/openclaw.json.bak')).toBe(false);
  });

  it('--dry-run writes nothing', async () => {
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--dry-run'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(r.stdout).toContain('+ models.providers.qwen.baseUrl');
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('10 concurrent onboardings leave a parsable config holding every profile', async () => {
    const runs = Array.from({ length: 10 }, (_, i) =>
      openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key', '--profile-id', `p${i}`, '--api-key-stdin'], { input: `${KEY}${i}`, timeout: 60_000 }),
    );
    const results = await Promise.all(runs);
    for (const r of results) expect(r.exitCode, r.stderr).toBe(0);
    const ids = Array.from({ length: 10 }, (_, i) => `qwen:p${i}`).sort();
    expect(Object.keys((await store()).profiles).sort()).toEqual(ids);
    expect(Object.keys((await config()).auth.profiles).sort()).toEqual(ids);
  });
});

describe('onboard bad input: clear message, exit code, nothing written', () => {
  const cases: [string, string[], Record<string, string>, number, RegExp][] = [
    ['unknown auth choice', ['--auth-choice', 'qwen-magic'], {}, 2, /Valid choices: qwen-api-key, qwen-api-key-cn/],
    ['removed device login', ['--auth-choice', 'qwen-portal'], {}, 2, /no longer exists.*\n.*--auth-choice qwen-oauth/],
    ['two key flags', ['--modelstudio-api-key', KEY, '--qwen-oauth-token', KEY], {}, 2, /Two key flags/],
    ['empty key', ['--modelstudio-api-key', '  '], {}, 2, /refused: the key is empty/],
    ['key with inner whitespace', ['--modelstudio-api-key', 'sk-abc def'], {}, 2, /whitespace inside/],
    ['ref mode without the env var', ['--auth-choice', 'qwen-api-key', '--secret-input-mode', 'ref', '--qwen-api-key', KEY], {}, 2, /export QWEN_API_KEY or MODELSTUDIO_API_KEY or DASHSCOPE_API_KEY/],
    ['--region on a qwen choice', ['--auth-choice', 'qwen-api-key', '--region', 'cn'], { QWEN_API_KEY: KEY }, 2, /--region is for a choice that takes one; qwen-api-key already names its region\.\nPick that region with its own choice: --auth-choice qwen-api-key-cn\./],
    ['unknown model provider', ['--auth-choice', 'qwen-api-key', '--model', 'openai/gpt-5'], { QWEN_API_KEY: KEY }, 2, /Unknown provider "openai"/],
    ['chat model as video model', ['--auth-choice', 'qwen-standard-api-key', '--video-model', 'qwen/glm-5'], { QWEN_API_KEY: KEY }, 2, /not a video generation model/],
    ['no key anywhere', ['--auth-choice', 'qwen-api-key'], {}, 2, /No Qwen Cloud API key.*\n.*--api-key-stdin/],
    ['no auth choice without a TTY', [], { QWEN_API_KEY: KEY }, 2, /No auth choice: pass --auth-choice/],
    ['unknown flag', ['--frobnicate'], {}, 2, /unknown option '--frobnicate'/],
  ];
  for (const [name, args, env, code, message] of cases) {
    it(name, async () => {
      const r = await openclaw(home, ['onboard', ...args], { env });
      expect(r.stderr).toMatch(message);
      expect(r.exitCode).toBe(code);
      expectNoSecret(r);
      expect(await home.exists('.openclaw')).toBe(false);
    });
  }

  it('an unparsable config stops with path, line and column, and stays byte for byte', async () => {
    await fs.mkdir(home.stateDir, { recursive: true });
    const broken = '{\n  agents: {\n    defaults: { model: { primary: "qwen/glm-5" }\n  },\n  oops\n}\n';
    await fs.writeFile(home.configPath, broken);
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${home.configPath.replace(/[.]/g, '\\.')} at line \\d+, column \\d+`));
    expect(await fs.readFile(home.configPath, 'utf8')).toBe(broken);
    expect(await home.exists('.openclaw/agents')).toBe(false);
  });

  it('an unparsable store stops with its path and location, nothing written', async () => {
    await fs.mkdir(home.agentDir, { recursive: true });
    await fs.writeFile(home.storePath, '{\n  "version": 1,\n  "profiles": {,}\n}\n');
    const r = await openclaw(home, ['onboard', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`Cannot parse ${home.storePath} at line 3`);
    expect(await home.exists('.openclaw/openclaw.json')).toBe(false);
  });

  it('accepts the Gateway-side flags and ignores them', async () => {
    const r = await openclaw(home, [
      'onboard', '--non-interactive', '--accept-risk', '--mode', 'local', '--skip-health', '--skip-daemon', '--no-install-daemon',
      '--skip-channels', '--skip-skills', '--skip-search', '--skip-ui', '--auth-choice', 'qwen-api-key',
    ], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
  });
});
