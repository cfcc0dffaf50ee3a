import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { parseJson5 } from '../helpers/json5.js';

const KEY = 'sk-test0123456789abcdefWXYZ';
let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(async () => {
  await home.cleanup();
});

async function onboard(args: string[], env: Record<string, string> = { QWEN_API_KEY: KEY }) {
  const r = await openclaw(home, ['onboard', '--non-interactive', ...args], { env });
  expect(r.exitCode, r.stderr).toBe(0);
}

async function writeConfig(text: string) {
  await fs.mkdir(home.stateDir, { recursive: true });
  await fs.writeFile(home.configPath, text);
}

/** Bytes and mtimes of every file under the state dir. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out[p] = `${(await fs.stat(p)).mtimeMs}:${await fs.readFile(p, 'utf8')}`;
    }
  };
  await walk(home.dir);
  return out;
}

const CODING_TABLE = `Model                                      Input      Ctx         Local Auth  Tags
qwen/qwen3.5-plus                          text+image 977k        no    yes   default,configured,alias:Qwen
qwen/qwen3.6-plus                          text+image 977k        no    yes   configured
qwen/qwen3.7-plus                          text+image 977k        no    yes   configured
qwen/qwen3-max-2026-01-23                  text       256k        no    yes   configured
qwen/qwen3-coder-next                      text       256k        no    yes   configured
qwen/qwen3-coder-plus                      text       977k        no    yes   configured
qwen/MiniMax-M2.5                          text       977k        no    yes   configured
qwen/glm-5                                 text       198k        no    yes   configured
qwen/glm-4.7                               text       198k        no    yes   configured
qwen/kimi-k2.5                             text+image 256k        no    yes   configured`;

describe('models list', () => {
  it('golden table after a Coding Plan onboarding (no Standard-only model)', async () => {
    await onboard(['--auth-choice', 'qwen-api-key']);
    const r = await openclaw(home, ['models', 'list']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(CODING_TABLE);
    const provider = await openclaw(home, ['models', 'list', '--provider', 'modelstudio', '--plain']);
    for (const id of ['qwen3.6-flash', 'qwen3.7-max', 'qwen3.8-max', 'qwen3.8-flash']) expect(provider.stdout.split('\n')).not.toContain(`qwen/${id}`);
    // Coding Plan endpoints serve no video: no Wan row in any view.
    expect(provider.stdout).not.toContain('qwen/wan');
  });

  it('honours an explicitly configured Standard-only model on a Coding Plan URL', async () => {
    await writeConfig(`{
  // user opted in
  models: { providers: { qwen: { baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1', api: 'openai-completions', models: [{ id: 'qwen3.8-max', name: 'mine' }] } } },
}
`);
    const r = await openclaw(home, ['models', 'list', '--provider', 'qwen', '--plain']);
    expect(r.stdout.split('\n')).toContain('qwen/qwen3.8-max');
    expect(r.stdout.split('\n')).not.toContain('qwen/qwen3.8-flash');
  });

  it('JSON carries the 3.8 effort levels; status names the media understanding model where the plan serves it', async () => {
    await onboard(['--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file']);
    const rows = JSON.parse((await openclaw(home, ['models', 'list', '--provider', 'qwen', '--json'])).stdout).models;
    const efforts = Object.fromEntries(rows.filter((m: any) => m.reasoningEfforts).map((m: any) => [m.key, m.reasoningEfforts]));
    expect(efforts).toEqual({ 'qwen/qwen3.8-max': ['low', 'medium', 'xhigh'], 'qwen/qwen3.8-flash': ['low', 'medium', 'xhigh'] });
    const standard = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    expect(standard.auth.providers[0].mediaUnderstandingModel).toBe('qwen/qwen3.6-plus');
    await onboard(['--auth-choice', 'qwen-api-key', '--secret-store', 'file']);
    const coding = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    expect(coding.auth.providers[0].mediaUnderstandingModel).toBeNull();
  });

  it('golden JSON for alibaba: the five Wan models, video tags', async () => {
    await onboard(['--auth-choice', 'alibaba-model-studio-api-key'], { MODELSTUDIO_API_KEY: KEY });
    const r = await openclaw(home, ['models', 'list', '--provider', 'alibaba', '--json']);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.count).toBe(5);
    expect(json.models[0]).toEqual({
      key: 'alibaba/wan2.6-t2v',
      name: 'Wan 2.6 Text-to-Video',
      input: 'text',
      contextWindow: null,
      maxTokens: null,
      local: false,
      available: true,
      tags: ['video', 'video-default', 'configured'],
      missing: false,
      caps: {
        maxDurationSeconds: 15,
        inputImages: 0,
        maxReferences: 0,
        maxReferenceVideos: 0,
        controls: ['size', 'aspectRatio', 'resolution', 'audio', 'watermark'],
        maxOutputVideos: 1,
        resolutions: ['720P', '1080P'],
        aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
        referenceUrlsOnly: true,
        alwaysAudio: false,
      },
    });
    expect(json.models.map((m: any) => m.key)).toEqual(['alibaba/wan2.6-t2v', 'alibaba/wan2.6-i2v', 'alibaba/wan2.6-r2v', 'alibaba/wan2.6-r2v-flash', 'alibaba/wan2.7-r2v']);
    const caps = Object.fromEntries(json.models.map((m: any) => [m.key, m.caps]));
    expect(caps['alibaba/wan2.6-i2v']).toMatchObject({ maxDurationSeconds: 15, inputImages: 1, controls: ['resolution', 'audio', 'watermark'] });
    expect(caps['alibaba/wan2.6-r2v']).toMatchObject({ maxDurationSeconds: 10, defaultDurationSeconds: 5, maxReferences: 5, maxReferenceVideos: 3, alwaysAudio: false });
    expect(caps['alibaba/wan2.7-r2v']).toMatchObject({ alwaysAudio: true });
  });

  it('tags fallbacks, aliases and missing models from a user-edited config', async () => {
    await writeConfig(`// hand written
{
  agents: {
    defaults: {
      model: { primary: 'modelstudio/glm-5', fallbacks: ['qwen/kimi-k2.5', 'qwen/ghost-model'] },
      models: { 'qwen/glm-5': { alias: 'G' } },
    },
  },
}
`);
    const r = await openclaw(home, ['models', 'list', '--json']);
    const byKey = Object.fromEntries(JSON.parse(r.stdout).models.map((m: any) => [m.key, m]));
    expect(byKey['qwen/glm-5'].tags).toEqual(['default', 'configured', 'alias:G']);
    expect(byKey['qwen/kimi-k2.5'].tags).toEqual(['fallback#1', 'configured']);
    expect(byKey['qwen/ghost-model']).toMatchObject({ missing: true, tags: ['fallback#2', 'configured', 'missing'], available: false });
  });

  it('--all lists every catalog; an empty config says so', async () => {
    const empty = await openclaw(home, ['models', 'list']);
    expect(empty.stdout).toBe('No models found.');
    const all = await openclaw(home, ['models', 'list', '--all', '--plain']);
    const refs = all.stdout.trim().split('\n');
    expect(refs).toHaveLength(14 + 5 + 7 + 1 + 5);
    expect(refs).toContain('qwen-token-plan/qwen3.7-plus');
    expect(refs).toContain('qwen-oauth/qwen3.5-plus');
  });

  it('usage errors exit 2: --json with --plain, a display label, an unknown provider', async () => {
    const both = await openclaw(home, ['models', 'list', '--json', '--plain']);
    expect(both.exitCode).toBe(2);
    const label = await openclaw(home, ['models', 'list', '--provider', 'Qwen Cloud']);
    expect(label.exitCode).toBe(2);
    expect(label.stderr).toContain('Use --provider qwen.');
    const unknown = await openclaw(home, ['models', 'list', '--provider', 'openai']);
    expect(unknown.exitCode).toBe(2);
  });

  it('a broken config is reported with its location, exit 1', async () => {
    await writeConfig('{ agents: { ');
    const r = await openclaw(home, ['models', 'list']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/Cannot parse .*openclaw\.json at line 1, column \d+/);
  });
});

describe('models set / set-video', () => {
  it('keeps comments and fallbacks, resolves aliases, bare ids and legacy refs', async () => {
    const original = `// my config
{
  agents: {
    defaults: {
      model: { primary: 'qwen/qwen3.5-plus', fallbacks: ['qwen/kimi-k2.5'] }, // main
      models: { 'qwen/qwen3.5-plus': { alias: 'Qwen' }, 'qwen/glm-5': {} },
    },
  },
  models: { providers: { qwen: { baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', api: 'openai-completions', models: [] } } },
}
`;
    await writeConfig(original);
    const r = await openclaw(home, ['models', 'set', 'modelstudio/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('legacy ref');
    const text = await fs.readFile(home.configPath, 'utf8');
    expect(text).toBe(original.replace("primary: 'qwen/qwen3.5-plus', fallbacks", "primary: 'qwen/glm-5', fallbacks"));
    expect(await fs.readFile(`${home.configPath}.bak`, 'utf8')).toBe(original);

    expect((await openclaw(home, ['models', 'set', 'Qwen'])).stdout).toBe('Default model: qwen/qwen3.5-plus');
    expect((await openclaw(home, ['models', 'set', 'kimi-k2.5'])).stdout).toBe('Default model: qwen/kimi-k2.5');
    const video = await openclaw(home, ['models', 'set-video', 'qwen/wan2.6-r2v-flash']);
    expect(video.exitCode).toBe(0);
    expect(parseJson5(await fs.readFile(home.configPath, 'utf8')).agents.defaults.videoGenerationModel).toEqual({ primary: 'qwen/wan2.6-r2v-flash' });
  });

  it('an unknown model is saved with a warning; a string model becomes { primary }', async () => {
    await writeConfig(`{ agents: { defaults: { model: 'qwen/glm-5' } } }\n`);
    const r = await openclaw(home, ['models', 'set', 'qwen/qwen4-preview']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('not in the catalog');
    expect(parseJson5(await fs.readFile(home.configPath, 'utf8')).agents.defaults.model).toEqual({ primary: 'qwen/qwen4-preview' });
  });

  const refusals: [string, string[], RegExp][] = [
    ['unknown provider', ['models', 'set', 'openai/gpt-5'], /Unknown provider "openai"/],
    ['video model to set', ['models', 'set', 'qwen/wan2.6-t2v'], /Use openclaw models set-video qwen\/wan2.6-t2v/],
    ['chat model to set-video', ['models', 'set-video', 'qwen/glm-5'], /Use openclaw models set qwen\/glm-5/],
    ['malformed ref', ['models', 'set', 'qwen/'], /not a model ref/],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name}: exit 2, nothing written`, async () => {
      await onboard(['--auth-choice', 'qwen-standard-api-key']);
      const before = await snapshot();
      const r = await openclaw(home, args);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('models status', () => {
  it('JSON shape, sources masked, --check exit 0', async () => {
    await onboard(['--auth-choice', 'qwen-standard-api-key']);
    const r = await openclaw(home, ['models', 'status', '--json', '--check']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(KEY);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['configPath', 'agentDir', 'defaultModel', 'resolvedDefault', 'fallbacks', 'videoGenerationModel', 'aliases', 'allowed', 'gateway', 'auth']);
    expect(json).toMatchObject({
      gateway: { generation: 'seed', version: '2026.4.24', reason: 'stated' },
      configPath: home.configPath,
      agentDir: home.agentDir,
      defaultModel: 'qwen/qwen3.5-plus',
      resolvedDefault: 'qwen/qwen3.5-plus',
      fallbacks: [],
      videoGenerationModel: 'qwen/wan2.6-t2v',
      aliases: { Qwen: 'qwen/qwen3.5-plus' },
      auth: {
        storePath: home.storePath,
        providers: [{ provider: 'qwen', source: 'profile', profileId: 'qwen:default', masked: 'sk-t…WXYZ', usable: true }],
        missingProvidersInUse: [],
        unusableProfiles: [],
      },
    });
  });

  it('an alibaba video default without any key is an unusable profile; --check exits 1', async () => {
    await writeConfig(`{ agents: { defaults: { videoGenerationModel: { primary: 'alibaba/wan2.6-t2v' } } } }\n`);
    const r = await openclaw(home, ['models', 'status', '--json', '--check']);
    expect(r.exitCode).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.auth.missingProvidersInUse).toEqual(['alibaba']);
    expect(json.auth.unusableProfiles).toEqual([
      {
        profileId: 'alibaba:default',
        provider: 'alibaba',
        kind: 'missing',
        reason: 'No credential: set MODELSTUDIO_API_KEY, DASHSCOPE_API_KEY or QWEN_API_KEY, or run openclaw onboard --auth-choice alibaba-model-studio-api-key',
        hint: 'openclaw onboard --auth-choice alibaba-model-studio-api-key',
      },
    ]);
    const withEnv = await openclaw(home, ['models', 'status', '--check'], { env: { DASHSCOPE_API_KEY: KEY } });
    expect(withEnv.exitCode).toBe(0);
    expect(withEnv.stdout).toContain('env DASHSCOPE_API_KEY sk-t…WXYZ');
    expect(withEnv.stdout).toContain('set only in this shell');
    expect(withEnv.stdout).not.toContain(KEY);
  });

  it('a token expiring within 24 h makes --check exit 2', async () => {
    await onboard(['--auth-choice', 'qwen-oauth']);
    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    store.profiles['qwen-oauth:default'].expires = Date.now() + 3600_000;
    await fs.writeFile(home.storePath, JSON.stringify(store));
    const r = await openclaw(home, ['models', 'status', '--check']);
    expect(r.exitCode).toBe(2);
  });

  it('bare `models` is status; --plain prints the resolved default only; the shared-key note', async () => {
    await onboard(['--auth-choice', 'qwen-oauth'], { QWEN_API_KEY: KEY });
    const bare = await openclaw(home, ['models'], { env: { QWEN_API_KEY: KEY } });
    expect(bare.stdout).toContain('Default     qwen-oauth/qwen3.5-plus');
    const plain = await openclaw(home, ['models', 'status', '--plain']);
    expect(plain.stdout).toBe('qwen-oauth/qwen3.5-plus');
    await fs.rm(home.storePath);
    const note = await openclaw(home, ['models', 'status'], { env: { QWEN_API_KEY: KEY } });
    expect(note.stdout).toContain('Note: QWEN_API_KEY is read by qwen, qwen-oauth and alibaba; onboarding stores each key under its own provider id.');
  });

  it('rejects a bad --probe-timeout with exit 2', async () => {
    await onboard(['--auth-choice', 'qwen-api-key']);
    const r = await openclaw(home, ['models', 'status', '--probe', '--probe-timeout', 'soon']);
    expect(r.exitCode).toBe(2);
  });
});

describe('read-only commands never write', () => {
  it('list and status leave every byte and mtime as they were', async () => {
    await onboard(['--auth-choice', 'qwen-standard-api-key']);
    const before = await snapshot();
    for (const args of [['models', 'list'], ['models', 'list', '--all', '--json'], ['models', 'status', '--json'], ['models', 'status', '--check'], ['models', 'auth', 'list']]) {
      const r = await openclaw(home, args);
      expect(r.exitCode, args.join(' ')).toBe(0);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('models auth', () => {
  it('lists profiles without secrets and logs one out everywhere', async () => {
    await writeConfig(`{ auth: { order: { qwen: ['qwen:work', 'qwen:default'] } } }\n`);
    await onboard(['--auth-choice', 'qwen-api-key']);
    await onboard(['--auth-choice', 'qwen-api-key', '--profile-id', 'work']);
    const list = await openclaw(home, ['models', 'auth', 'list', '--json']);
    expect(list.stdout).not.toContain(KEY);
    expect(JSON.parse(list.stdout).profiles.map((p: any) => [p.profileId, p.source, p.masked])).toEqual([
      ['qwen:default', 'profile', 'sk-t…WXYZ'],
      ['qwen:work', 'profile', 'sk-t…WXYZ'],
    ]);
    const noTty = await openclaw(home, ['models', 'auth', 'logout', 'qwen:work']);
    expect(noTty.exitCode).toBe(2);
    expect(noTty.stderr).toContain('pass --yes');
    const out = await openclaw(home, ['models', 'auth', 'logout', 'qwen:work', '--yes']);
    expect(out.exitCode, out.stderr).toBe(0);
    const cfg = parseJson5(await fs.readFile(home.configPath, 'utf8'));
    expect(Object.keys(cfg.auth.profiles)).toEqual(['qwen:default']);
    expect(cfg.auth.order).toEqual({ qwen: ['qwen:default'] });
    expect(Object.keys(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles)).toEqual(['qwen:default']);
    const again = await openclaw(home, ['models', 'auth', 'logout', 'qwen:work', '--yes']);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('No profile "qwen:work"');
  });
});

describe('models status for a newcomer', () => {
  it('on an empty HOME: plain status says to run onboard, --check exits 1 saying so', async () => {
    const plain = await openclaw(home, ['models', 'status']);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).toContain('(no provider in use: run openclaw onboard)');
    const check = await openclaw(home, ['models', 'status', '--check']);
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain('Nothing is configured');
    expect(check.stderr).toContain('Run openclaw onboard');
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('says endpoint, plan, region and active profile per provider, in text and JSON', async () => {
    await onboard(['--auth-choice', 'qwen-api-key-cn', '--secret-store', 'file']);
    const text = await openclaw(home, ['models', 'status'], { env: { QWEN_API_KEY: KEY } });
    expect(text.stdout).toContain('endpoint https://coding.dashscope.aliyuncs.com/v1 (Coding Plan (subscription), China (mainland))');
    expect(text.stdout).toContain('active profile qwen:default');
    const json = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
    expect(json.auth.providers).toEqual([
      expect.objectContaining({ provider: 'qwen', baseUrl: 'https://coding.dashscope.aliyuncs.com/v1', plan: 'coding', region: 'cn', activeProfile: 'qwen:default', source: 'profile', description: 'profile qwen:default' }),
    ]);
  });

  it('bare openclaw prints help to stdout; every command help ends with examples', async () => {
    const bare = await openclaw(home, []);
    expect(bare.exitCode).toBe(0);
    expect(bare.stdout).toContain('Usage: openclaw');
    expect(bare.stderr).toBe('');
    for (const args of [['onboard'], ['models'], ['models', 'list'], ['models', 'set'], ['models', 'set-video'], ['models', 'status'], ['models', 'auth'], ['models', 'auth', 'list'], ['models', 'auth', 'logout'], ['models', 'auth', 'login'], ['models', 'auth', 'paste-token'], ['models', 'auth', 'order', 'set'], ['completion'], ['secrets', 'migrate'], ['secrets', 'resolve']]) {
      const r = await openclaw(home, [...args, '--help']);
      expect(r.exitCode, args.join(' ')).toBe(0);
      expect(r.stdout.trimEnd(), args.join(' ')).toMatch(/Examples:\n(  \$ .*openclaw .*\n?)+$/);
    }
    const onboardHelp = (await openclaw(home, ['onboard', '--help'])).stdout;
    for (const name of ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY']) expect(onboardHelp).toContain(name);
  });

  it('a long model ref widens the table column instead of breaking the alignment', async () => {
    await writeConfig(JSON.stringify({ agents: { defaults: { model: { primary: 'my-very-long-provider-name/an-extremely-long-model-identifier-v2' } } }, models: { providers: { 'my-very-long-provider-name': { baseUrl: 'https://x.example', models: [{ id: 'an-extremely-long-model-identifier-v2' }] } } } }));
    const lines = (await openclaw(home, ['models', 'list'])).stdout.trimEnd().split('\n');
    const inputAt = lines[0]!.indexOf('Input');
    expect(lines[1]!.slice(inputAt).startsWith('text')).toBe(true);
    expect(lines[1]![inputAt - 1]).toBe(' ');
  });
});
