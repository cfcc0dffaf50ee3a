import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectGeneration, parseGatewayVersion, type GatewayTarget } from '../../src/config/gateway-generation.js';
import { resolvePaths, type OpenclawPaths } from '../../src/config/paths.js';
import { Json5Document } from '../../src/config/json5-editor.js';
import { allowModel, moveOlderShapes, setVideoDefault } from '../../src/config/generation-shapes.js';
import { CliError } from '../../src/errors.js';

describe('parseGatewayVersion', () => {
  it.each([
    ['2026.4.24', 'seed'],
    ['v2026.4.24', 'seed'],
    ['2026.7.30', 'seed'],
    ['2026.8.1', 'today'],
    ['2026.9.6', 'today'],
    ['2026.9.6-beta.2', 'today'],
    ['2026.10', 'today'],
    ['2027.1.1', 'today'],
  ])('%s is the %s generation', (text, generation) => {
    expect(parseGatewayVersion(text)?.generation).toBe(generation);
  });

  it.each(['', 'latest', '9.6', '2026', '2026.x.1', '2026.9.6 beta', '20260.9.6'])('%j is not a version', (text) => {
    expect(parseGatewayVersion(text)).toBeUndefined();
  });
});

describe('detectGeneration', () => {
  let home: string;
  let paths: OpenclawPaths;
  beforeEach(async () => {
    home = await fs.realpath(await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'openclaw-gen-')));
    paths = resolvePaths({ env: {}, homedir: home, cwd: home });
  });
  afterEach(() => fs.rm(home, { recursive: true, force: true }));

  const detect = (config: Record<string, unknown>, env: Record<string, string> = {}): GatewayTarget => detectGeneration(env, paths, config);
  const touch = async (file: string) => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '');
  };

  it('an empty HOME gets today', () => {
    expect(detect({})).toEqual({ generation: 'today', reason: 'empty-home' });
  });

  it('a stated version wins over everything the files say', async () => {
    await touch(paths.authStorePath);
    expect(detect({ meta: { lastTouchedVersion: '2026.4.24' } }, { OPENCLAW_GATEWAY_VERSION: '2026.9.6' })).toEqual({ generation: 'today', reason: 'stated', version: '2026.9.6' });
  });

  it('a stated version that is not one is a usage error naming the fix', () => {
    try {
      detect({}, { OPENCLAW_GATEWAY_VERSION: 'latest' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).hint).toContain('--gateway-version');
    }
  });

  it('meta.lastTouchedVersion, then the state database, then a JSON store, then the shapes', async () => {
    expect(detect({ meta: { lastTouchedVersion: '2026.4.24' } })).toEqual({ generation: 'seed', reason: 'config-version', version: '2026.4.24' });
    await touch(paths.authStorePath);
    expect(detect({})).toEqual({ generation: 'seed', reason: 'json-store' });
    await touch(path.join(paths.stateDir, 'state', 'openclaw.sqlite'));
    expect(detect({})).toEqual({ generation: 'today', reason: 'state-database' });
    expect(detect({ meta: { lastTouchedVersion: '2026.4.24' } }).generation).toBe('seed');
  });

  it('without files, the shapes in the config say it', () => {
    expect(detect({ agents: { defaults: { videoGenerationModel: { primary: 'qwen/wan2.6-t2v' } } } })).toEqual({ generation: 'seed', reason: 'config-shape' });
    expect(detect({ meta: { lastTouchedAt: '2026-04-01T00:00:00Z' } })).toEqual({ generation: 'seed', reason: 'config-shape' });
    expect(detect({ agents: { defaults: { mediaModels: { video: 'qwen/wan2.6-t2v' } } } })).toEqual({ generation: 'today', reason: 'config-shape' });
    expect(detect({ gateway: { port: 1 } })).toEqual({ generation: 'today', reason: 'no-sign' });
  });
});

describe('the shapes of today', () => {
  it('moves the video default, drops meta.lastTouchedAt and turns a legacy allowlist into modelPolicy.allow', () => {
    const doc = Json5Document.parse(
      JSON.stringify({ meta: { lastTouchedAt: 'x', lastTouchedVersion: '2026.9.6' }, agents: { defaults: { videoGenerationModel: { primary: 'qwen/wan2.6-t2v' }, models: { 'qwen/qwen3.5-plus': { alias: 'Qwen' }, 'openai/gpt-5': {} } } } }),
      'c.json',
    );
    expect(moveOlderShapes(doc)).toEqual(['agents.defaults.videoGenerationModel', 'meta.lastTouchedAt', 'agents.defaults.models']);
    const out = doc.toJSON() as any;
    expect(out.agents.defaults.mediaModels.video).toEqual({ primary: 'qwen/wan2.6-t2v' });
    expect(out.agents.defaults.videoGenerationModel).toBeUndefined();
    expect(out.meta).toEqual({ lastTouchedVersion: '2026.9.6', migrations: { modelPolicyAllowlist: true } });
    expect(out.agents.defaults.modelPolicy.allow).toEqual(['qwen/qwen3.5-plus', 'openai/gpt-5']);
    // A second pass has nothing left to move.
    expect(moveOlderShapes(doc)).toEqual([]);
  });

  it('keeps a legacy allowlist with an unqualified entry as it is (the Gateway would not move it either)', () => {
    const doc = Json5Document.parse(JSON.stringify({ agents: { defaults: { models: { Qwen: {}, 'qwen/qwen3.5-plus': {} } } } }), 'c.json');
    expect(moveOlderShapes(doc)).toEqual([]);
    expect((doc.toJSON() as any).meta).toBeUndefined();
    // There the map still restricts, so a new default is added to it.
    expect(allowModel(doc, 'today', 'qwen/qwen3-coder-plus')).toBe('agents.defaults.models.qwen/qwen3-coder-plus');
  });

  it('allows a model in a non-empty policy, not in an empty one or one a wildcard covers', () => {
    const doc = Json5Document.parse(JSON.stringify({ meta: { migrations: { modelPolicyAllowlist: true } }, agents: { defaults: { modelPolicy: { allow: ['openai/*'] } } } }), 'c.json');
    expect(allowModel(doc, 'today', 'openai/gpt-5')).toBeUndefined();
    expect(allowModel(doc, 'today', 'qwen/qwen3.5-plus')).toBe('agents.defaults.modelPolicy.allow');
    expect((doc.toJSON() as any).agents.defaults.modelPolicy.allow).toEqual(['openai/*', 'qwen/qwen3.5-plus']);
    const open = Json5Document.parse(JSON.stringify({ meta: { migrations: { modelPolicyAllowlist: true } } }), 'c.json');
    expect(allowModel(open, 'today', 'qwen/qwen3.5-plus')).toBeUndefined();
  });

  it('writes the video default where each generation reads it', () => {
    const seed = Json5Document.parse('{}', 'c.json');
    expect(setVideoDefault(seed, 'seed', 'qwen/wan2.6-t2v')).toBe('agents.defaults.videoGenerationModel.primary');
    const today = Json5Document.parse('{}', 'c.json');
    expect(setVideoDefault(today, 'today', 'qwen/wan2.6-t2v')).toBe('agents.defaults.mediaModels.video.primary');
    expect((today.toJSON() as any).agents.defaults.mediaModels.video).toEqual({ primary: 'qwen/wan2.6-t2v' });
  });
});
