import { isDeepStrictEqual } from 'node:util';
import type { Json5Document } from './json5-editor.js';
import { getProvider } from '../catalog/registry.js';
import { endpointChatCatalog, streamingUsageCompat } from '../catalog/endpoints.js';
import type { ChatModel } from '../catalog/types.js';
import type { ConfigJson } from './agent-config.js';
import { isCustomProvider } from './provider-option.js';
import { setPrimary } from './agent-defaults.js';
import { allowModel, clearVideoDefault, modelsMapIsAllowlist, videoDefaultPath } from './generation-shapes.js';
import type { Generation } from './gateway-generation.js';

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
  /** Which Gateway reads the config: the seed era's shapes or today's (SPEC §9). */
  generation: Generation;
}

/** A catalog row as the Gateway reads it under `models.providers.<id>.models`. */
export function modelRow(provider: string, model: ChatModel, baseUrl: string): Record<string, unknown> {
  return {
    id: model.id,
    // The Gateway names a row by its id; display names are for our own human output.
    name: model.id,
    reasoning: model.reasoning,
    input: [...model.input],
    cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    contextWindow: model.contextWindow,
    maxTokens: model.maxTokens,
    ...(streamingUsageCompat(provider, baseUrl) ? { compat: { supportsUsageInStreaming: true } } : {}),
  };
}

type Row = Record<string, unknown> & { id?: unknown };

const rowIds = (rows: unknown): Set<unknown> => new Set(Array.isArray(rows) ? (rows as Row[]).map((r) => r?.id) : []);

/** One changed key path: `+` added, `~` changed, `-` removed. */
export interface ConfigChange {
  path: string;
  op: '+' | '~' | '-';
  /** The leaf's value before and after, when it is one value (a string, number or boolean). */
  from?: unknown;
  to?: unknown;
}

/** Sets one leaf and records the change; an equal value is no change. */
export function assignLeaf(doc: Json5Document, changed: ConfigChange[], path: string[], value: unknown): void {
  const before = doc.get(path);
  if (isDeepStrictEqual(before, value)) return;
  doc.set(path, value);
  changed.push({ path: path.join('.'), op: before === undefined ? '+' : '~', from: before, to: value });
}

/** A profile's own leaves (`auth.profiles.<id>`): what a paste writes, and onboarding too. */
export function applyProfileLeaves(doc: Json5Document, provider: string, profileId: string): ConfigChange[] {
  const changed: ConfigChange[] = [];
  assignLeaf(doc, changed, ['auth', 'profiles', profileId, 'provider'], provider);
  assignLeaf(doc, changed, ['auth', 'profiles', profileId, 'mode'], 'api_key');
  return changed;
}

/**
 * Applies onboarding to the config document and returns the dotted key paths
 * it changed. Only leaves are written, so every user key beside them survives.
 */
export function applyOnboardPatch(doc: Json5Document, patch: OnboardPatch): ConfigChange[] {
  const changed: ConfigChange[] = [];
  const assign = (path: string[], value: unknown) => assignLeaf(doc, changed, path, value);
  const assignIfAbsent = (path: string[], value: unknown) => {
    if (doc.get(path) === undefined) assign(path, value);
  };
  const spec = getProvider(patch.provider);
  const config = (doc.toJSON() ?? {}) as ConfigJson;

  const primary = (where: string[], ref: string) => {
    const op = doc.get([...where, 'primary']) === undefined ? '+' : '~';
    if (setPrimary(doc, where, ref)) changed.push({ path: `${where.join('.')}.primary`, op });
  };
  if (patch.chatModel) primary(['agents', 'defaults', 'model'], patch.chatModel);
  if (patch.videoModel) primary(videoDefaultPath(patch.generation), patch.videoModel);
  if (patch.videoModel === null) for (const removed of clearVideoDefault(doc)) changed.push({ path: removed, op: '-' });

  const block = ['models', 'providers', patch.provider];
  const rowsPath = [...block, 'models'];
  // Rows go in the Gateway's way: the ones already there keep their place and values; only missing ids are appended.
  const appendRows = (rows: readonly Row[]) => {
    const have = rowIds(doc.get(rowsPath));
    const missing = rows.filter((r, i) => !have.has(r.id) && rows.findIndex((o) => o.id === r.id) === i);
    if (missing.length === 0) return;
    const op = doc.get(rowsPath) === undefined ? '+' : '~';
    doc.append(rowsPath, missing);
    if (!changed.some((c) => c.path === rowsPath.join('.'))) changed.push({ path: rowsPath.join('.'), op });
  };
  if (spec.configShape === 'video') {
    assign([...block, 'baseUrl'], patch.baseUrl);
    assignIfAbsent(rowsPath, []);
  } else {
    assignIfAbsent(['models', 'mode'], 'merge');
    // An alias-keyed block (`modelstudio`) that is not a custom provider is folded into this one.
    for (const alias of spec.aliases) {
      const folded = doc.get(['models', 'providers', alias]);
      if (folded === undefined || isCustomProvider(alias, config) || typeof folded !== 'object' || folded === null) continue;
      const { models: foldedRows, ...fields } = folded as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) assignIfAbsent([...block, key], value);
      appendRows(Array.isArray(foldedRows) ? (foldedRows as Row[]) : []);
      if (doc.delete(['models', 'providers', alias])) changed.push({ path: `models.providers.${alias}`, op: '-' });
    }
    assign([...block, 'baseUrl'], patch.baseUrl);
    if (spec.api) assign([...block, 'api'], spec.api);
    // Today's Gateway discovers a provider's rows at run time; it reads configured rows as the inventory only under mode "replace".
    if (patch.generation === 'seed' || doc.get(['models', 'mode']) === 'replace') {
      appendRows(endpointChatCatalog(patch.provider, patch.baseUrl).map((m) => modelRow(patch.provider, m, patch.baseUrl)));
    }
    assignIfAbsent(rowsPath, []);

    const allow = ['agents', 'defaults', 'models'];
    if (modelsMapIsAllowlist(doc, patch.generation)) {
      const prefixes = [patch.provider, ...(spec.allowlistAliases ?? []).filter((alias) => !isCustomProvider(alias, config))];
      for (const model of endpointChatCatalog(patch.provider, patch.baseUrl)) {
        for (const prefix of prefixes) assignIfAbsent([...allow, `${prefix}/${model.id}`], {});
      }
    }
    if (patch.chatModel) {
      const allowed = allowModel(doc, patch.generation, patch.chatModel);
      if (allowed && !changed.some((c) => c.path === allowed)) changed.push({ path: allowed, op: '+' });
    }
    if (spec.defaultAlias && spec.defaultModel) {
      const entries = (doc.get(allow) ?? {}) as Record<string, { alias?: unknown }>;
      const aliasTaken = Object.values(entries).some((entry) => entry?.alias === spec.defaultAlias);
      if (!aliasTaken && entries[spec.defaultModel]?.alias === undefined) assign([...allow, spec.defaultModel, 'alias'], spec.defaultAlias);
    }
  }

  changed.push(...applyProfileLeaves(doc, patch.provider, patch.profileId));
  assign(['plugins', 'entries', spec.pluginId, 'enabled'], true);
  if (patch.keychainExec) {
    for (const [key, value] of Object.entries(patch.keychainExec)) assign(['secrets', 'providers', 'keychain', key], value);
  }
  return changed;
}
