import { providers, providerById } from '../catalog/registry.js';
import { endpointChatCatalog, endpointOf, endpointVideoCatalog, findChatModel, findVideoModel, videoModelCaps } from '../catalog/endpoints.js';
import type { ChatModel, VideoCaps, VideoModel } from '../catalog/types.js';
import { allowlist, catalogProviderBlock, fallbackModels, primaryModel, providerBlock, providerBlocks, videoPrimaryModel, type ConfigJson } from './agent-config.js';
import { parseRef, refNormalizer, userModelIds } from './model-refs.js';

export interface ModelEntry {
  key: string;
  provider: string;
  name: string;
  input: string;
  contextWindow?: number;
  maxTokens?: number;
  kind: 'chat' | 'video' | 'unknown';
  tags: string[];
  missing: boolean;
  /** The provider's configured endpoint cannot serve it (Wan on a Coding Plan URL). */
  unservable: boolean;
  /** `reasoning_effort` values a chat model takes (Qwen 3.8). */
  reasoningEfforts?: readonly string[];
  /** What a video model takes and makes. */
  caps?: VideoCaps & { alwaysAudio: boolean };
}

export type ListView = { mode: 'configured' } | { mode: 'all' } | { mode: 'provider'; provider: string };

type Row = Omit<ModelEntry, 'tags' | 'missing' | 'unservable'>;

const VIDEO_INPUT: Record<VideoModel['mode'], string> = {
  'text-to-video': 'text',
  'image-to-video': 'text+image',
  'reference-to-video': 'text+video',
};

function fromChat(provider: string, m: ChatModel): Row {
  return { key: `${provider}/${m.id}`, provider, name: m.name, input: m.input.join('+'), contextWindow: m.contextWindow, maxTokens: m.maxTokens, kind: 'chat', ...(m.reasoningEfforts ? { reasoningEfforts: m.reasoningEfforts } : {}) };
}

function fromVideo(provider: string, m: VideoModel): Row {
  const caps = videoModelCaps(provider, m.id);
  return { key: `${provider}/${m.id}`, provider, name: m.name, input: VIDEO_INPUT[m.mode], kind: 'video', ...(caps ? { caps } : {}) };
}

/** The base URL a catalog provider is configured with (alias-keyed block included). */
export function configuredBaseUrl(config: ConfigJson, provider: string): string | undefined {
  const spec = providerById(provider);
  const block = spec ? catalogProviderBlock(config, spec) : providerBlock(config, provider);
  return typeof block?.baseUrl === 'string' ? block.baseUrl : undefined;
}

/** Every user row of every provider block, by `provider/id`: built once per config, looked up per ref. */
function userRowIndex(config: ConfigJson): Map<string, Record<string, unknown>> {
  const index = new Map<string, Record<string, unknown>>();
  for (const [provider, block] of Object.entries(providerBlocks(config))) {
    for (const row of Array.isArray(block?.models) ? block.models : []) {
      if (typeof row?.id === 'string' && !index.has(`${provider}/${row.id}`)) index.set(`${provider}/${row.id}`, row as Record<string, unknown>);
    }
  }
  return index;
}

/** What is known of a ref: the catalog first, then the user's own provider rows. */
function describe(ref: string, rows: Map<string, Record<string, unknown>>): Row | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  const chat = findChatModel(parsed.provider, parsed.model);
  if (chat) return fromChat(parsed.provider, chat);
  const video = findVideoModel(parsed.provider, parsed.model);
  if (video) return fromVideo(parsed.provider, video);
  const row = rows.get(`${parsed.provider}/${parsed.model}`);
  if (!row) return undefined;
  return {
    key: ref,
    provider: parsed.provider,
    name: typeof row.name === 'string' ? row.name : parsed.model,
    input: Array.isArray(row.input) ? (row.input as string[]).join('+') : 'text',
    contextWindow: typeof row.contextWindow === 'number' ? row.contextWindow : undefined,
    maxTokens: typeof row.maxTokens === 'number' ? row.maxTokens : undefined,
    kind: 'chat',
  };
}

/** Every ref the config mentions, normalized, in a stable order: defaults first. */
export function configuredRefs(config: ConfigJson, normalize = refNormalizer(config)): string[] {
  const refs: unknown[] = [primaryModel(config), ...fallbackModels(config), videoPrimaryModel(config), ...Object.keys(allowlist(config))];
  for (const [provider, block] of Object.entries(providerBlocks(config))) {
    for (const row of Array.isArray(block?.models) ? block.models : []) if (typeof row?.id === 'string') refs.push(`${provider}/${row.id}`);
  }
  const out = new Set<string>();
  for (const r of refs) if (typeof r === 'string' && r.includes('/')) out.add(normalize(r));
  return [...out];
}

/** The catalog rows a provider's configured endpoint advertises: no plan-only models or video where the plan does not serve them. */
function catalogRows(provider: string, config: ConfigJson): Row[] {
  const baseUrl = configuredBaseUrl(config, provider);
  const chat = endpointChatCatalog(provider, baseUrl, userModelIds(config, provider));
  return [...chat.map((m) => fromChat(provider, m)), ...endpointVideoCatalog(provider, baseUrl).map((m) => fromVideo(provider, m))];
}

/** Tags of every ref, computed once for the whole config: each row then costs one lookup. */
function tagIndex(config: ConfigJson, configuredList: readonly string[], normalize: (ref: string) => string): (row: Row) => string[] {
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, ref: string | undefined, tag: string) => {
    if (!ref) return;
    const key = normalize(ref);
    const tags = map.get(key);
    if (tags) tags.push(tag);
    else map.set(key, [tag]);
  };
  push(before, primaryModel(config), 'default');
  fallbackModels(config).forEach((ref, i) => push(before, ref, `fallback#${i + 1}`));
  push(after, videoPrimaryModel(config), 'video-default');
  const configured = new Set(configuredList);
  const aliasTags = new Map<string, string[]>();
  for (const [ref, entry] of Object.entries(allowlist(config))) {
    if (entry && typeof entry.alias === 'string' && entry.alias) push(aliasTags, ref, `alias:${entry.alias}`);
  }
  return (row) => {
    const tags = [...(before.get(row.key) ?? [])];
    if (row.kind === 'video') tags.push('video');
    tags.push(...(after.get(row.key) ?? []));
    if (configured.has(row.key)) tags.push('configured');
    tags.push(...(aliasTags.get(row.key) ?? []));
    if (row.kind === 'unknown') tags.push('missing');
    return tags;
  };
}

/**
 * The rows of `models list` for a view, with their tags. Every view is endpoint-aware.
 * `served` holds what endpoints said they serve now (live discovery): the catalog
 * views gain the models no catalog knows (tag `live`), and chat rows an endpoint
 * did not list are tagged `not-served`.
 */
export function modelInventory(config: ConfigJson, view: ListView, served: ReadonlyMap<string, ReadonlySet<string>> = new Map()): ModelEntry[] {
  const normalize = refNormalizer(config);
  const configured = configuredRefs(config, normalize);
  const userRows = userRowIndex(config);
  const rows = new Map<string, Row>();
  const add = (row: Row) => {
    if (!rows.has(row.key)) rows.set(row.key, row);
  };
  const addRef = (ref: string) => {
    const parsed = parseRef(ref)!;
    add(describe(ref, userRows) ?? { key: ref, provider: parsed.provider, name: parsed.model, input: '-', kind: 'unknown' });
  };
  if (view.mode === 'configured') configured.forEach(addRef);
  const liveOnly = new Set<string>();
  const addServed = (provider: string) => {
    for (const id of served.get(provider) ?? []) {
      const key = `${provider}/${id}`;
      if (rows.has(key)) continue;
      const chat = findChatModel(provider, id);
      add(chat ? fromChat(provider, chat) : { key, provider, name: id, input: '-', kind: 'chat' });
      liveOnly.add(key);
    }
  };
  if (view.mode === 'all') {
    for (const p of providers()) {
      catalogRows(p.id, config).forEach(add);
      addServed(p.id);
    }
    configured.forEach(addRef);
  }
  if (view.mode === 'provider') {
    const id = view.provider;
    if (providerById(id)) catalogRows(id, config).forEach(add);
    addServed(id);
    configured.filter((ref) => parseRef(ref)?.provider === id).forEach(addRef);
  }
  const tags = tagIndex(config, configured, normalize);
  const servesVideo = new Map<string, boolean>();
  const unservable = (row: Row) => {
    if (row.kind !== 'video' || !providerById(row.provider)) return false;
    if (!servesVideo.has(row.provider)) servesVideo.set(row.provider, endpointOf(row.provider, configuredBaseUrl(config, row.provider)).servesVideo);
    return !servesVideo.get(row.provider);
  };
  const liveTags = (row: Row): string[] => {
    const list = served.get(row.provider);
    if (!list || row.kind === 'video') return [];
    if (liveOnly.has(row.key)) return ['live'];
    return list.has(row.key.slice(row.provider.length + 1)) ? [] : ['not-served'];
  };
  return [...rows.values()].map((row) => ({ ...row, tags: [...tags(row), ...liveTags(row)], missing: row.kind === 'unknown', unservable: unservable(row) }));
}
