import { isDeepStrictEqual } from 'node:util';
import type { Json5Document } from './json5-editor.js';
import { getProvider, type ProviderId } from '../catalog/providers.js';
import { endpointChatCatalog, QWEN_CHAT_MODELS, type ChatModel } from '../catalog/chat-models.js';
import { isNativeQwenBaseUrl } from '../catalog/endpoints.js';
import { hasCustomModelstudioProvider, type ConfigJson } from './agent-config.js';

export interface OnboardPatch {
  provider: ProviderId;
  baseUrl: string;
  profileId: string;
  /** Ref for `agents.defaults.model.primary`; undefined leaves it. */
  chatModel?: string;
  /** Ref for `agents.defaults.videoGenerationModel.primary`; undefined leaves it. */
  videoModel?: string;
  /** Exec provider for keychain-backed keys (`secrets.providers.keychain`). */
  keychainExec?: { command: string; args: string[] };
}

export const QWEN_ALIAS = 'Qwen';

/**
 * Sets `agents.defaults.<key>.primary`. The Gateway also accepts the shorthand
 * `model: "provider/model"`; that string is turned into `{ primary }`.
 * Returns whether anything changed.
 */
export function setPrimary(doc: Json5Document, key: 'model' | 'videoGenerationModel', ref: string): boolean {
  const path = ['agents', 'defaults', key];
  const current = doc.get(path);
  if (typeof current === 'string' || (current !== undefined && (typeof current !== 'object' || current === null || Array.isArray(current)))) {
    doc.set(path, { primary: ref });
    return true;
  }
  if (doc.get([...path, 'primary']) === ref) return false;
  doc.set([...path, 'primary'], ref);
  return true;
}

/** A catalog row as the Gateway reads it under `models.providers.<id>.models`. */
export function modelRow(model: ChatModel, baseUrl: string): Record<string, unknown> {
  return {
    id: model.id,
    name: model.name,
    reasoning: model.reasoning,
    input: [...model.input],
    cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    contextWindow: model.contextWindow,
    maxTokens: model.maxTokens,
    ...(isNativeQwenBaseUrl(baseUrl) ? { compat: { supportsUsageInStreaming: true } } : {}),
  };
}

type Row = Record<string, unknown> & { id?: unknown };

/**
 * Catalog rows for the endpoint, then every row the user added. A Standard-only
 * row that is exactly what an earlier Standard onboarding wrote is dropped on a
 * Coding Plan URL; one the user wrote (any other shape) is theirs and stays.
 */
function mergedRows(existing: unknown, provider: ProviderId, baseUrl: string): Row[] {
  const catalog = endpointChatCatalog(provider, baseUrl);
  const catalogIds = new Set(catalog.map((m) => m.id));
  const userRows = (Array.isArray(existing) ? (existing as Row[]) : []).filter((row) => {
    if (typeof row?.id !== 'string' || catalogIds.has(row.id)) return false;
    const ours = QWEN_CHAT_MODELS.find((m) => m.id === row.id);
    if (!ours) return true;
    const rowWithoutCompat = { ...row };
    delete rowWithoutCompat.compat;
    const oursWithoutCompat = modelRow(ours, baseUrl);
    delete oursWithoutCompat.compat;
    return !isDeepStrictEqual(rowWithoutCompat, oursWithoutCompat);
  });
  return [...catalog.map((m) => modelRow(m, baseUrl)), ...userRows];
}

/**
 * Applies onboarding to the config document and returns the dotted key paths
 * it changed. Only leaves are written, so every user key beside them survives.
 */
export function applyOnboardPatch(doc: Json5Document, patch: OnboardPatch): string[] {
  const changed: string[] = [];
  const assign = (path: string[], value: unknown) => {
    if (isDeepStrictEqual(doc.get(path), value)) return;
    doc.set(path, value);
    changed.push(path.join('.'));
  };
  const assignIfAbsent = (path: string[], value: unknown) => {
    if (doc.get(path) === undefined) assign(path, value);
  };
  const provider = getProvider(patch.provider);
  const config = (doc.toJSON() ?? {}) as ConfigJson;

  if (patch.chatModel && setPrimary(doc, 'model', patch.chatModel)) changed.push('agents.defaults.model.primary');
  if (patch.videoModel && setPrimary(doc, 'videoGenerationModel', patch.videoModel)) changed.push('agents.defaults.videoGenerationModel.primary');

  const block = ['models', 'providers', patch.provider];
  if (patch.provider === 'alibaba') {
    assign([...block, 'baseUrl'], patch.baseUrl);
    assignIfAbsent([...block, 'models'], []);
  } else {
    assignIfAbsent(['models', 'mode'], 'merge');
    assign([...block, 'baseUrl'], patch.baseUrl);
    assign([...block, 'api'], 'openai-completions');
    assign([...block, 'models'], mergedRows(doc.get([...block, 'models']), patch.provider, patch.baseUrl));

    const allow = ['agents', 'defaults', 'models'];
    const prefixes = patch.provider === 'qwen' && !hasCustomModelstudioProvider(config) ? ['qwen', 'modelstudio'] : [patch.provider];
    for (const model of endpointChatCatalog(patch.provider, patch.baseUrl)) {
      for (const prefix of prefixes) assignIfAbsent([...allow, `${prefix}/${model.id}`], {});
    }
    if (patch.chatModel) assignIfAbsent([...allow, patch.chatModel], {});
    if (patch.provider === 'qwen') {
      const entries = (doc.get(allow) ?? {}) as Record<string, { alias?: unknown }>;
      const aliasTaken = Object.values(entries).some((entry) => entry?.alias === QWEN_ALIAS);
      const target = provider.defaultModel!;
      if (!aliasTaken && entries[target]?.alias === undefined) assign([...allow, target, 'alias'], QWEN_ALIAS);
    }
  }

  assign(['auth', 'profiles', patch.profileId, 'provider'], patch.provider);
  assign(['auth', 'profiles', patch.profileId, 'mode'], 'api_key');
  assign(['plugins', 'entries', provider.pluginId, 'enabled'], true);
  if (patch.keychainExec) {
    const secrets = ['secrets', 'providers', 'keychain'];
    assign([...secrets, 'source'], 'exec');
    assign([...secrets, 'command'], patch.keychainExec.command);
    assign([...secrets, 'args'], patch.keychainExec.args);
    assign([...secrets, 'jsonOnly'], true);
  }
  return changed;
}
