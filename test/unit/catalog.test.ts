import { describe, expect, it } from 'vitest';
import { AUTH_CHOICES, allAuthChoiceIds, findAuthChoice, qwenChoiceFor } from '../../src/catalog/auth-choices.js';
import { findProvider, PROVIDERS } from '../../src/catalog/providers.js';
import { endpointChatCatalog, QWEN_CHAT_MODELS, QWEN_PORTAL_CHAT_MODELS } from '../../src/catalog/chat-models.js';
import { WAN_VIDEO_MODELS } from '../../src/catalog/video-models.js';
import { isCodingPlanBaseUrl, isNativeQwenBaseUrl, regionOfBaseUrl, videoHostForBaseUrl } from '../../src/catalog/endpoints.js';

describe('providers', () => {
  it('resolves ids and aliases to the canonical id', () => {
    for (const [name, id] of [
      ['qwen', 'qwen'],
      ['modelstudio', 'qwen'],
      ['qwencloud', 'qwen'],
      ['DashScope', 'qwen'],
      ['qwen-oauth', 'qwen-oauth'],
      ['qwen-portal', 'qwen-oauth'],
      ['qwen-cli', 'qwen-oauth'],
      ['alibaba', 'alibaba'],
    ]) {
      expect(findProvider(name!)?.id, name).toBe(id);
    }
    expect(findProvider('Qwen Cloud')).toBeUndefined();
  });

  it('keeps the documented env var order', () => {
    const env = Object.fromEntries(PROVIDERS.map((p) => [p.id, p.envVars]));
    expect(env).toEqual({
      qwen: ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY'],
      'qwen-oauth': ['QWEN_API_KEY'],
      alibaba: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
    });
  });
});

describe('auth choices', () => {
  it('has the six canonical choices with their endpoints and key flags', () => {
    expect(AUTH_CHOICES.map((c) => [c.id, c.baseUrl, c.keyFlag])).toEqual([
      ['qwen-api-key', 'https://coding-intl.dashscope.aliyuncs.com/v1', 'modelstudio-api-key'],
      ['qwen-api-key-cn', 'https://coding.dashscope.aliyuncs.com/v1', 'modelstudio-api-key-cn'],
      ['qwen-standard-api-key', 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', 'modelstudio-standard-api-key'],
      ['qwen-standard-api-key-cn', 'https://dashscope.aliyuncs.com/compatible-mode/v1', 'modelstudio-standard-api-key-cn'],
      ['qwen-oauth', 'https://portal.qwen.ai/v1', 'qwen-oauth-token'],
      ['alibaba-model-studio-api-key', 'https://dashscope-intl.aliyuncs.com', 'alibaba-model-studio-api-key'],
    ]);
  });

  it('maps the four legacy ids to their qwen-* ids', () => {
    for (const [legacy, canonical] of [
      ['modelstudio-api-key', 'qwen-api-key'],
      ['modelstudio-api-key-cn', 'qwen-api-key-cn'],
      ['modelstudio-standard-api-key', 'qwen-standard-api-key'],
      ['modelstudio-standard-api-key-cn', 'qwen-standard-api-key-cn'],
    ]) {
      expect(findAuthChoice(legacy!)).toMatchObject({ legacy: true, choice: { id: canonical } });
    }
    expect(allAuthChoiceIds()).toHaveLength(10);
    expect(findAuthChoice('nope')).toBeUndefined();
  });

  it('finds the qwen choice for a plan and region', () => {
    expect(qwenChoiceFor('standard', 'cn').id).toBe('qwen-standard-api-key-cn');
    expect(qwenChoiceFor('coding', 'global').id).toBe('qwen-api-key');
  });
});

describe('chat catalog', () => {
  it('lists the nine qwen models with their limits', () => {
    expect(QWEN_CHAT_MODELS.map((m) => [m.id, m.contextWindow, m.maxTokens, m.reasoning])).toEqual([
      ['qwen3.5-plus', 1_000_000, 65_536, false],
      ['qwen3.6-plus', 1_000_000, 65_536, false],
      ['qwen3-max-2026-01-23', 262_144, 65_536, false],
      ['qwen3-coder-next', 262_144, 65_536, false],
      ['qwen3-coder-plus', 1_000_000, 65_536, false],
      ['MiniMax-M2.5', 1_000_000, 65_536, true],
      ['glm-5', 202_752, 16_384, false],
      ['glm-4.7', 202_752, 16_384, false],
      ['kimi-k2.5', 262_144, 32_768, false],
    ]);
    expect(QWEN_PORTAL_CHAT_MODELS.map((m) => m.id)).toEqual(['qwen3.5-plus']);
  });

  it('omits qwen3.6-plus on Coding Plan URLs unless the user configured it', () => {
    const coding = 'https://coding-intl.dashscope.aliyuncs.com/v1';
    const standard = 'https://dashscope.aliyuncs.com/compatible-mode/v1';
    expect(endpointChatCatalog('qwen', coding).map((m) => m.id)).not.toContain('qwen3.6-plus');
    expect(endpointChatCatalog('qwen', coding)).toHaveLength(8);
    expect(endpointChatCatalog('qwen', coding, new Set(['qwen3.6-plus'])).map((m) => m.id)).toContain('qwen3.6-plus');
    expect(endpointChatCatalog('qwen', standard)).toHaveLength(9);
    expect(endpointChatCatalog('alibaba', standard)).toEqual([]);
  });
});

describe('endpoints', () => {
  it('knows the native hosts, the Coding Plan hosts and the video host per region', () => {
    expect(isNativeQwenBaseUrl('https://coding.dashscope.aliyuncs.com/v1/')).toBe(true);
    expect(isNativeQwenBaseUrl('https://proxy.example.com/v1')).toBe(false);
    expect(isCodingPlanBaseUrl('https://coding.dashscope.aliyuncs.com/v1')).toBe(true);
    expect(isCodingPlanBaseUrl('https://dashscope.aliyuncs.com/compatible-mode/v1')).toBe(false);
    expect(regionOfBaseUrl('https://coding.dashscope.aliyuncs.com/v1')).toBe('cn');
    expect(videoHostForBaseUrl('https://coding.dashscope.aliyuncs.com/v1')).toBe('https://dashscope.aliyuncs.com');
    expect(videoHostForBaseUrl('https://coding-intl.dashscope.aliyuncs.com/v1')).toBe('https://dashscope-intl.aliyuncs.com');
    expect(videoHostForBaseUrl('https://dashscope-intl.aliyuncs.com/compatible-mode/v1')).toBe('https://dashscope-intl.aliyuncs.com');
  });

  it('has the five Wan video models, t2v first', () => {
    expect(WAN_VIDEO_MODELS.map((m) => m.id)).toEqual(['wan2.6-t2v', 'wan2.6-i2v', 'wan2.6-r2v', 'wan2.6-r2v-flash', 'wan2.7-r2v']);
  });
});
