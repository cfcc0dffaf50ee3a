import { isDeepStrictEqual } from 'node:util';
import type { Json5Document } from './json5-editor.js';
import { getProvider } from '../catalog/registry.js';
import { chatCatalog, endpointChatCatalog, streamingUsageCompat } from '../catalog/endpoints.js';
import type { ChatModel } from '../catalog/types.js';
import type { ConfigJson } from './agent-config.js';
import { isCustomProvider } from './provider-option.js';
import { clearPrimary, setPrimary } from './agent-defaults.js';

export interface OnboardPatch {
  provider: string;
  baseUrl: string;
  profileId: string;
  /** Ref for `agents.defaults.model.primary`; undefined leaves it. */
  chatModel?: string;
  /** Ref for `agents.defaults.videoGenerationModel.primary`; undefined leaves it, null removes it. */
  videoModel?: string | null;
  /** Exec provider for keychain-backed keys (`secrets.providers.keychain`). */
  keychainExec?: Record<string, unknown>;
}

/** A catalog row as the Gateway reads it under `models.providers.<id>.models`. */
export function modelRow(provider: string, model: ChatModel, baseUrl: string): Record<string, unknown> {
  return {
    id: model.id,
    name: model.name,
    reasoning: model.reasoning,
    input: [...model.input],
    cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    contextWindow: model.contextWindow,
    maxTokens: model.maxTokens,
    ...(streamingUsageCompat(provider, baseUrl) ? { compat: { supportsUsageInStreaming: true } } : {}),
  };
}

type Row = Record<string, unknown> & { id?: unknown };

/**
 * Catalog rows for the endpoint, then every row the user added. A plan-only
 * row that is exactly what an earlier onboarding wrote is dropped on an
 * endpoint of another plan; one the user wrote (any other shape) is theirs and stays.
 */
function mergedRows(existing: unknown, provider: string, baseUrl: string): Row[] {
  const catalog = endpointChatCatalog(provider, baseUrl);
  const catalogIds = new Set(catalog.map((m) => m.id));
  const withoutCompat = (row: Row) => {
    const copy = { ...row };
    delete copy.compat;
    return copy;
  };
  const userRows = (Array.isArray(existing) ? (existing as Row[]) : []).filter((row) => {
    if (typeof row?.id !== 'string' || catalogIds.has(row.id)) return false;
    const ours = chatCatalog(provider).find((m) => m.id === row.id);
    return !ours || !isDeepStrictEqual(withoutCompat(row), withoutCompat(modelRow(provider, ours, baseUrl)));
  });
  return [...catalog.map((m) => modelRow(provider, m, baseUrl)), ...userRows];
}

/** One changed key path: `+` added, `~` changed, `-` removed. */
export interface ConfigChange {
  path: string;
  op: '+' | '~' | '-';
}

/**
 * Applies onboarding to the config document and returns the dotted key paths
 * it changed. Only leaves are written, so every user key beside them survives.
 */
export function applyOnboardPatch(doc: Json5Document, patch: OnboardPatch): ConfigChange[] {
  const changed: ConfigChange[] = [];
  const assign = (path: string[], value: unknown) => {
    const before = doc.get(path);
    if (isDeepStrictEqual(before, value)) return;
    doc.set(path, value);
    changed.push({ path: path.join('.'), op: before === undefined ? '+' : '~' });
  };
  const assignIfAbsent = (path: string[], value: unknown) => {
    if (doc.get(path) === undefined) assign(path, value);
  };
  const spec = getProvider(patch.provider);
  const config = (doc.toJSON() ?? {}) as ConfigJson;

  const primary = (slot: 'model' | 'videoGenerationModel', ref: string) => {
    const op = doc.get(['agents', 'defaults', slot, 'primary']) === undefined ? '+' : '~';
    if (setPrimary(doc, slot, ref)) changed.push({ path: `agents.defaults.${slot}.primary`, op });
  };
  if (patch.chatModel) primary('model', patch.chatModel);
  if (patch.videoModel) primary('videoGenerationModel', patch.videoModel);
  if (patch.videoModel === null && clearPrimary(doc, 'videoGenerationModel')) changed.push({ path: 'agents.defaults.videoGenerationModel', op: '-' });

  const block = ['models', 'providers', patch.provider];
  if (spec.configShape === 'video') {
    assign([...block, 'baseUrl'], patch.baseUrl);
    assignIfAbsent([...block, 'models'], []);
  } else {
    assignIfAbsent(['models', 'mode'], 'merge');
    assign([...block, 'baseUrl'], patch.baseUrl);
    if (spec.api) assign([...block, 'api'], spec.api);
    assign([...block, 'models'], mergedRows(doc.get([...block, 'models']), patch.provider, patch.baseUrl));

    const allow = ['agents', 'defaults', 'models'];
    const prefixes = [patch.provider, ...(spec.allowlistAliases ?? []).filter((alias) => !isCustomProvider(alias, config))];
    for (const model of endpointChatCatalog(patch.provider, patch.baseUrl)) {
      for (const prefix of prefixes) assignIfAbsent([...allow, `${prefix}/${model.id}`], {});
    }
    if (patch.chatModel) assignIfAbsent([...allow, patch.chatModel], {});
    if (spec.defaultAlias && spec.defaultModel) {
      const entries = (doc.get(allow) ?? {}) as Record<string, { alias?: unknown }>;
      const aliasTaken = Object.values(entries).some((entry) => entry?.alias === spec.defaultAlias);
      if (!aliasTaken && entries[spec.defaultModel]?.alias === undefined) assign([...allow, spec.defaultModel, 'alias'], spec.defaultAlias);
    }
  }

  assign(['auth', 'profiles', patch.profileId, 'provider'], patch.provider);
  assign(['auth', 'profiles', patch.profileId, 'mode'], 'api_key');
  assign(['plugins', 'entries', spec.pluginId, 'enabled'], true);
  if (patch.keychainExec) {
    for (const [key, value] of Object.entries(patch.keychainExec)) assign(['secrets', 'providers', 'keychain', key], value);
  }
  return changed;
}
