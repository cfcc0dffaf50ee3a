import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../src/ui/i18n/terms.js';
import fs from 'node:fs';
import path from 'node:path';
import { allAuthChoiceIds, authChoices, findAuthChoice, findProvider, providers } from '../../src/catalog/registry.js';
import { chatCatalog, choiceFor, choiceForBaseUrl, endpointChatCatalog, endpointOf, endpointVideoCatalog, streamingUsageCompat, videoCatalog, videoHostFor } from '../../src/catalog/endpoints.js';
import { chatModelFindings, hintChoice, keyFindings, refProviderFindings, videoModelFindings } from '../../src/catalog/policy.js';
import { ROOT } from '../helpers/cli.js';

const CODING = { global: 'https://coding-intl.dashscope.aliyuncs.com/v1', cn: 'https://coding.dashscope.aliyuncs.com/v1' };
const STANDARD = { global: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', cn: 'https://dashscope.aliyuncs.com/compatible-mode/v1' };
const TOKEN = { global: 'https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1', cn: 'https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1' };
const STANDARD_ONLY = ['qwen3.6-flash', 'qwen3.7-max', 'qwen3.8-max', 'qwen3.8-flash'];

describe('providers', () => {
  it('resolves ids and aliases to the canonical id; there is no dashscope alias', () => {
    for (const [name, id] of [
      ['qwen', 'qwen'],
      ['modelstudio', 'qwen'],
      ['qwencloud', 'qwen'],
      ['qwen-oauth', 'qwen-oauth'],
      ['qwen-portal', 'qwen-oauth'],
      ['qwen-cli', 'qwen-oauth'],
      ['alibaba', 'alibaba'],
      ['qwen-token-plan', 'qwen-token-plan'],
      ['bailian-token-plan', 'qwen-token-plan'],
    ]) {
      expect(findProvider(name!)?.id, name).toBe(id);
    }
    expect(findProvider('dashscope')).toBeUndefined();
    expect(findProvider('Qwen Cloud')).toBeUndefined();
  });

  it('keeps the documented env var order', () => {
    expect(Object.fromEntries(providers().map((p) => [p.id, p.envVars]))).toEqual({
      qwen: ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY'],
      'qwen-token-plan': ['QWEN_TOKEN_PLAN_API_KEY'],
      'qwen-oauth': ['QWEN_API_KEY'],
      alibaba: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
    });
  });
});

describe('auth choices', () => {
  it('has the eight canonical choices with their endpoints and key flags', () => {
    expect(authChoices().map((c) => [c.id, c.baseUrl, c.keyFlag])).toEqual([
      ['qwen-api-key', CODING.global, 'modelstudio-api-key'],
      ['qwen-api-key-cn', CODING.cn, 'modelstudio-api-key-cn'],
      ['qwen-standard-api-key', STANDARD.global, 'modelstudio-standard-api-key'],
      ['qwen-standard-api-key-cn', STANDARD.cn, 'modelstudio-standard-api-key-cn'],
      ['qwen-token-plan', TOKEN.global, 'qwen-token-plan-api-key'],
      ['qwen-token-plan-cn', TOKEN.cn, 'qwen-token-plan-api-key-cn'],
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
    expect(allAuthChoiceIds()).toHaveLength(12);
    expect(findAuthChoice('nope')).toBeUndefined();
  });

  it('finds the choice for a plan and region, and the one a base URL matches', () => {
    expect(choiceFor('qwen', { plan: 'standard', region: 'cn' }).id).toBe('qwen-standard-api-key-cn');
    expect(choiceFor('qwen', { plan: 'coding', region: 'global' }).id).toBe('qwen-api-key');
    expect(choiceForBaseUrl('qwen', CODING.cn).id).toBe('qwen-api-key-cn');
    expect(choiceForBaseUrl('qwen', `${STANDARD.cn}/`).id).toBe('qwen-standard-api-key-cn');
    expect(choiceForBaseUrl('alibaba', 'https://dashscope.aliyuncs.com').id).toBe('alibaba-model-studio-api-key');
    expect(choiceForBaseUrl('qwen-token-plan', TOKEN.cn).id).toBe('qwen-token-plan-cn');
    expect(choiceFor('qwen-token-plan', { region: 'global' }).id).toBe('qwen-token-plan');
  });
});

describe('endpoint-aware catalogs', () => {
  it('lists the fourteen qwen models with their limits and reasoning; the Portal has one', () => {
    expect(chatCatalog('qwen').map((m) => [m.id, m.contextWindow, m.maxTokens, m.reasoning, m.onlyOnPlan ?? 'both'])).toEqual([
      ['qwen3.5-plus', 1_000_000, 65_536, false, 'both'],
      ['qwen3.6-plus', 1_000_000, 65_536, true, 'both'],
      ['qwen3.7-plus', 1_000_000, 65_536, true, 'both'],
      ['qwen3.6-flash', 1_000_000, 65_536, true, 'standard'],
      ['qwen3.7-max', 1_000_000, 65_536, true, 'standard'],
      ['qwen3.8-max', 1_000_000, 131_072, true, 'standard'],
      ['qwen3.8-flash', 1_000_000, 131_072, true, 'standard'],
      ['qwen3-max-2026-01-23', 262_144, 65_536, false, 'both'],
      ['qwen3-coder-next', 262_144, 65_536, false, 'both'],
      ['qwen3-coder-plus', 1_000_000, 65_536, false, 'both'],
      ['MiniMax-M2.5', 1_000_000, 65_536, true, 'both'],
      ['glm-5', 202_752, 16_384, false, 'both'],
      ['glm-4.7', 202_752, 16_384, false, 'both'],
      ['kimi-k2.5', 262_144, 32_768, false, 'both'],
    ]);
    expect(chatCatalog('qwen').filter((m) => m.reasoningEfforts).map((m) => [m.id, m.reasoningEfforts])).toEqual([
      ['qwen3.8-max', ['low', 'medium', 'xhigh']],
      ['qwen3.8-flash', ['low', 'medium', 'xhigh']],
    ]);
    expect(chatCatalog('qwen-oauth').map((m) => m.id)).toEqual(['qwen3.5-plus']);
  });

  it('Token Plan has its own seven rows, every one reasoning, and no video', () => {
    expect(chatCatalog('qwen-token-plan').map((m) => [m.id, m.contextWindow, m.maxTokens, m.reasoning])).toEqual([
      ['qwen3.7-plus', 1_000_000, 65_536, true],
      ['qwen3.8-max', 1_000_000, 131_072, true],
      ['qwen3.8-flash', 1_000_000, 131_072, true],
      ['qwen3.6-plus', 1_000_000, 65_536, true],
      ['kimi-k2.5', 262_144, 98_304, true],
      ['glm-5', 202_752, 16_384, true],
      ['MiniMax-M2.5', 196_608, 32_768, true],
    ]);
    expect(findProvider('qwen-token-plan')).toMatchObject({ defaultModel: 'qwen-token-plan/qwen3.7-plus', defaultAlias: 'Qwen Token Plan' });
    for (const region of ['global', 'cn'] as const) {
      expect(endpointOf('qwen-token-plan', TOKEN[region])).toMatchObject({ plan: 'token', region, native: true, servesVideo: false });
      expect(endpointChatCatalog('qwen-token-plan', TOKEN[region])).toHaveLength(7);
      expect(endpointVideoCatalog('qwen-token-plan', TOKEN[region])).toEqual([]);
    }
  });

  it('omits the Standard-only rows and video on Coding Plan URLs, in both regions, unless the user configured the model', () => {
    for (const region of ['global', 'cn'] as const) {
      const coding = endpointChatCatalog('qwen', CODING[region]).map((m) => m.id);
      for (const id of STANDARD_ONLY) expect(coding).not.toContain(id);
      expect(coding).toEqual(expect.arrayContaining(['qwen3.6-plus', 'qwen3.7-plus']));
      expect(coding).toHaveLength(10);
      expect(endpointChatCatalog('qwen', CODING[region], new Set(['qwen3.8-max'])).map((m) => m.id)).toContain('qwen3.8-max');
      expect(endpointVideoCatalog('qwen', CODING[region])).toEqual([]);
      expect(endpointChatCatalog('qwen', STANDARD[region])).toHaveLength(14);
      expect(endpointVideoCatalog('qwen', STANDARD[region])).toHaveLength(5);
    }
    expect(endpointVideoCatalog('qwen', 'https://proxy.example.com/v1')).toHaveLength(5);
    expect(endpointVideoCatalog('alibaba', undefined)).toHaveLength(5);
    expect(endpointChatCatalog('alibaba', STANDARD.global)).toEqual([]);
  });

  it('reads plan and region from the host, and maps the region to the video host', () => {
    expect(endpointOf('qwen', CODING.cn)).toMatchObject({ plan: 'coding', region: 'cn', native: true, servesVideo: false });
    expect(endpointOf('qwen', 'https://proxy.example.com/v1')).toMatchObject({ native: false, servesVideo: true });
    expect(endpointOf('qwen', 'https://proxy.example.com/v1').plan).toBeUndefined();
    expect(videoHostFor('qwen', CODING.cn)).toBe('https://dashscope.aliyuncs.com');
    expect(videoHostFor('qwen', CODING.global)).toBe('https://dashscope-intl.aliyuncs.com');
    expect(videoHostFor('qwen', STANDARD.global)).toBe('https://dashscope-intl.aliyuncs.com');
    expect(streamingUsageCompat('qwen', `${CODING.cn}`)).toBe(true);
    expect(streamingUsageCompat('qwen', 'https://proxy.example.com/v1')).toBe(false);
  });

  it('has the five Wan video models, t2v first', () => {
    expect(videoCatalog('alibaba').map((m) => m.id)).toEqual(['wan2.6-t2v', 'wan2.6-i2v', 'wan2.6-r2v', 'wan2.6-r2v-flash', 'wan2.7-r2v']);
  });
});

describe('plan policy', () => {
  it.each(STANDARD_ONLY)('%s on Coding Plan: a warning with both fixes, naming the choice of the same region', (id) => {
    const [global] = chatModelFindings('qwen', id, { baseUrl: CODING.global }).map(describeFinding);
    expect(global!.fixes.join(' ')).toContain('models.providers.qwen.models');
    expect(global!.fixes.join(' ')).toContain('--auth-choice qwen-standard-api-key.');
    const [cn] = chatModelFindings('qwen', id, { baseUrl: CODING.cn }).map(describeFinding);
    expect(cn!.fixes.join(' ')).toContain('--auth-choice qwen-standard-api-key-cn.');
    expect(chatModelFindings('qwen', id, { baseUrl: CODING.cn, userModelIds: new Set([id]) })).toEqual([]);
    expect(chatModelFindings('qwen', id, { baseUrl: STANDARD.cn })).toEqual([]);
  });

  it('qwen3.6-plus and qwen3.7-plus are served on Coding Plan now', () => {
    for (const id of ['qwen3.6-plus', 'qwen3.7-plus']) expect(chatModelFindings('qwen', id, { baseUrl: CODING.global })).toEqual([]);
  });

  it('qwen3-coder-next on Token Plan is deprecated: warned with its replacement', () => {
    const [finding] = chatModelFindings('qwen-token-plan', 'qwen3-coder-next', { baseUrl: TOKEN.global }).map(describeFinding);
    expect(finding!.message).toBe('qwen-token-plan/qwen3-coder-next is deprecated by the provider and replaced by qwen-token-plan/qwen3.7-plus.');
    expect(finding!.fixes).toEqual(['Use it instead: openclaw models set qwen-token-plan/qwen3.7-plus.']);
    expect(chatModelFindings('qwen', 'qwen3-coder-next', { baseUrl: CODING.global })).toEqual([]);
  });

  it('Wan on Coding Plan needs the Standard choice of the same region', () => {
    expect(describeFinding(videoModelFindings('qwen', 'wan2.6-t2v', { baseUrl: CODING.cn })[0]!).fixes[0]).toContain('--auth-choice qwen-standard-api-key-cn.');
    expect(videoModelFindings('qwen', 'wan2.6-t2v', { baseUrl: STANDARD.global })).toEqual([]);
    expect(videoModelFindings('alibaba', 'wan2.6-t2v', { baseUrl: 'https://dashscope.aliyuncs.com' })).toEqual([]);
  });

  it('sk-sp- keys on Standard name the Coding Plan choice of the same region', () => {
    expect(describeFinding(keyFindings(findAuthChoice('qwen-standard-api-key-cn')!.choice, 'sk-sp-0123456789')[0]!).fixes[0]).toBe('Use --auth-choice qwen-api-key-cn for this key.');
    expect(keyFindings(findAuthChoice('qwen-api-key')!.choice, 'sk-sp-0123456789')).toEqual([]);
  });

  it('sk-sp- keys on Token Plan name the Coding Plan choice of the same region', () => {
    expect(describeFinding(keyFindings(findAuthChoice('qwen-token-plan-cn')!.choice, 'sk-sp-0123456789')[0]!).fixes[0]).toBe('Use --auth-choice qwen-api-key-cn for this key.');
    expect(describeFinding(keyFindings(findAuthChoice('qwen-token-plan')!.choice, 'sk-sp-0123456789')[0]!).message).toContain('qwen-token-plan is a Token Plan (team subscription) choice');
    expect(keyFindings(findAuthChoice('qwen-token-plan')!.choice, 'sk-tp-0123456789')).toEqual([]);
  });

  it('a Portal token with qwen/ refs (and the reverse) names the matching ref', () => {
    expect(describeFinding(refProviderFindings('qwen-oauth', { provider: 'qwen', model: 'qwen3.5-plus' })[0]!).fixes).toEqual(['Use qwen-oauth/qwen3.5-plus.']);
    expect(describeFinding(refProviderFindings('qwen', { provider: 'qwen-oauth', model: 'qwen3.5-plus' })[0]!).fixes).toEqual(['Use qwen/qwen3.5-plus.']);
    expect(refProviderFindings('qwen', { provider: 'qwen', model: 'glm-5' })).toEqual([]);
  });

  it('hints name the choice matching the configured plan and region', () => {
    expect(hintChoice('qwen', CODING.cn)!.id).toBe('qwen-api-key-cn');
    expect(hintChoice('qwen', STANDARD.global)!.id).toBe('qwen-standard-api-key');
    expect(hintChoice('qwen', undefined)!.id).toBe('qwen-api-key');
    expect(hintChoice('alibaba', 'https://dashscope.aliyuncs.com')!.id).toBe('alibaba-model-studio-api-key');
    expect(hintChoice('qwen-token-plan', TOKEN.cn)!.id).toBe('qwen-token-plan-cn');
  });
});

describe('provider knowledge stays in src/catalog', () => {
  it('no source file outside src/catalog names a provider id or alias as a string literal', () => {
    const names = providers().flatMap((p) => [p.id, ...p.aliases]);
    const literal = new RegExp(`(['"\`])(${names.map((n) => n.replace(/[-.]/g, '\\$&')).join('|')})\\1`);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (full !== path.join(ROOT, 'src', 'catalog')) walk(full);
        } else if (entry.name.endsWith('.ts')) {
          fs.readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.trim();
              const comment = code.startsWith('*') || code.startsWith('/*') || code.startsWith('//');
              if (!comment && literal.test(line)) offenders.push(`${path.relative(ROOT, full)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
