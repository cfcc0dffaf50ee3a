import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/config/paths.js';
import { parseRef, resolveModelInput } from '../../src/config/model-refs.js';
import { validateKey } from '../../src/credentials/key-format.js';
import { maskSecret, redactSecrets } from '../../src/credentials/mask.js';

const world = (env: Record<string, string>) => ({ env, homedir: '/home/u', cwd: '/work' });

describe('paths', () => {
  it('defaults under ~/.openclaw', () => {
    expect(resolvePaths(world({}))).toEqual({
      home: '/home/u',
      stateDir: '/home/u/.openclaw',
      configPath: '/home/u/.openclaw/openclaw.json',
      agentDir: '/home/u/.openclaw/agents/main/agent',
      authStorePath: '/home/u/.openclaw/agents/main/agent/auth-profiles.json',
      envFilePath: '/home/u/.openclaw/.env',
      completionsDir: '/home/u/.openclaw/completions',
    });
  });

  it('honours every override, ~ and relative paths', () => {
    const p = resolvePaths(world({ OPENCLAW_HOME: '/h2', OPENCLAW_STATE_DIR: '~/state', OPENCLAW_CONFIG_PATH: 'cfg.json', OPENCLAW_AGENT_DIR: '/agent' }));
    expect(p.home).toBe('/h2');
    expect(p.stateDir).toBe('/h2/state');
    expect(p.configPath).toBe('/work/cfg.json');
    expect(p.authStorePath).toBe('/agent/auth-profiles.json');
    expect(resolvePaths(world({ OPENCLAW_HOME: '/h3' })).configPath).toBe('/h3/.openclaw/openclaw.json');
  });
});

describe('model refs', () => {
  it('splits on the first slash', () => {
    expect(parseRef('openrouter/meta/llama')).toEqual({ provider: 'openrouter', model: 'meta/llama' });
    expect(parseRef('qwen')).toBeUndefined();
    expect(parseRef('/x')).toBeUndefined();
    expect(parseRef('x/')).toBeUndefined();
  });

  it('normalizes legacy providers, resolves aliases and bare ids', () => {
    const config = {
      agents: { defaults: { models: { 'qwen/qwen3.5-plus': { alias: 'Qwen' } } } },
      models: { providers: { qwen: { baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', models: [] } } },
    };
    expect(resolveModelInput('modelstudio/glm-5', config)).toMatchObject({ ref: 'qwen/glm-5', via: 'legacy', known: true, kind: 'chat' });
    expect(resolveModelInput('qwen-portal/qwen3.5-plus', config)).toMatchObject({ ref: 'qwen-oauth/qwen3.5-plus', via: 'legacy' });
    expect(resolveModelInput('Qwen', config)).toMatchObject({ ref: 'qwen/qwen3.5-plus', via: 'alias' });
    expect(resolveModelInput('glm-5', config)).toMatchObject({ ref: 'qwen/glm-5', via: 'bare-id' });
    expect(resolveModelInput('qwen/wan2.6-t2v', config)).toMatchObject({ kind: 'video', known: true });
    const unknown = resolveModelInput('qwen/qwen9-next', config);
    expect(unknown.known).toBe(false);
    expect(unknown.kind).toBeUndefined();
    expect(() => resolveModelInput('nope/x', config)).toThrow(/Unknown provider "nope"/);
    expect(() => resolveModelInput('glm-9', config)).toThrow(/neither an alias/);
  });

  it('lets a custom modelstudio provider own modelstudio refs', () => {
    const config = { models: { providers: { modelstudio: { baseUrl: 'https://x.example/v1', api: 'anthropic-messages', models: [{ id: 'm1' }] } } } };
    expect(resolveModelInput('modelstudio/m1', config)).toMatchObject({ ref: 'modelstudio/m1', known: true });
  });
});

describe('keys', () => {
  it('trims and refuses bad keys with a reason', () => {
    expect(validateKey('  sk-abc123456789  ')).toEqual({ ok: true, key: 'sk-abc123456789' });
    expect(validateKey('   ')).toMatchObject({ ok: false, reason: 'the key is empty' });
    expect(validateKey('sk-abc def')).toMatchObject({ ok: false, reason: expect.stringMatching(/whitespace/) });
    expect(validateKey('sk-abc\u0007def')).toMatchObject({ ok: false, reason: expect.stringMatching(/control/) });
    expect(validateKey('sk-abc“def')).toMatchObject({ ok: false, reason: expect.stringMatching(/non-ASCII/) });
  });

  it('masks keys and redacts them from text', () => {
    expect(maskSecret('sk-abcdefghijwxyz')).toBe('sk-a…wxyz');
    expect(maskSecret('short')).toBe('••••');
    expect(redactSecrets('bad key sk-abcdefghijwxyz!', ['sk-abcdefghijwxyz'])).toBe('bad key sk-a…wxyz!');
  });
});
