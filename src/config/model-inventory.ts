import { findProvider, PROVIDERS, type ProviderId } from '../catalog/providers.js';
import { chatCatalogFor, endpointChatCatalog, type ChatModel } from '../catalog/chat-models.js';
import { videoCatalogFor, type VideoModel } from '../catalog/video-models.js';
import { aliases, allowlist, configuredModelIds, fallbackModels, primaryModel, providerBlock, providerBlocks, videoPrimaryModel, type ConfigJson } from './agent-config.js';
import { canonicalProvider, parseRef } from './model-refs.js';

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
}

export type ListView = { mode: 'configured' } | { mode: 'all' } | { mode: 'provider'; provider: string };

const VIDEO_INPUT: Record<VideoModel['mode'], string> = {
  'text-to-video': 'text',
  'image-to-video': 'text+image',
  'reference-to-video': 'text+video',
};

/** `modelstudio/x` → `qwen/x` (unless a custom modelstudio provider owns it), `qwen-portal/x` → `qwen-oauth/x`. */
export function normalizeRef(ref: string, config: ConfigJson): string {
  const parsed = parseRef(ref);
  return parsed ? `${canonicalProvider(parsed.provider, config)}/${parsed.model}` : ref;
}

function fromChat(provider: string, m: ChatModel): Omit<ModelEntry, 'tags' | 'missing'> {
  return { key: `${provider}/${m.id}`, provider, name: m.name, input: m.input.join('+'), contextWindow: m.contextWindow, maxTokens: m.maxTokens, kind: 'chat' };
}

function fromVideo(provider: string, m: VideoModel): Omit<ModelEntry, 'tags' | 'missing'> {
  return { key: `${provider}/${m.id}`, provider, name: m.name, input: VIDEO_INPUT[m.mode], kind: 'video' };
}

/** What is known of a ref: the catalog first, then the user's own provider rows. */
function describe(ref: string, config: ConfigJson): Omit<ModelEntry, 'tags' | 'missing'> | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  const known = findProvider(parsed.provider);
  if (known && known.id === parsed.provider) {
    const chat = chatCatalogFor(known.id).find((m) => m.id === parsed.model);
    if (chat) return fromChat(known.id, chat);
    const video = videoCatalogFor(known.id).find((m) => m.id === parsed.model);
    if (video) return fromVideo(known.id, video);
  }
  const row = providerBlock(config, parsed.provider)?.models?.find((r) => r?.id === parsed.model) as Record<string, unknown> | undefined;
  if (row) {
    const input = Array.isArray(row.input) ? (row.input as string[]).join('+') : 'text';
    return {
      key: ref,
      provider: parsed.provider,
      name: typeof row.name === 'string' ? row.name : parsed.model,
      input,
      contextWindow: typeof row.contextWindow === 'number' ? row.contextWindow : undefined,
      maxTokens: typeof row.maxTokens === 'number' ? row.maxTokens : undefined,
      kind: 'chat',
    };
  }
  return undefined;
}

/** Every ref the config mentions, normalized, in a stable order: defaults first. */
export function configuredRefs(config: ConfigJson): string[] {
  const refs = [primaryModel(config), ...fallbackModels(config), videoPrimaryModel(config), ...Object.keys(allowlist(config))];
  for (const [provider, block] of Object.entries(providerBlocks(config))) {
    for (const row of Array.isArray(block?.models) ? block.models : []) if (typeof row?.id === 'string') refs.push(`${provider}/${row.id}`);
  }
  return [...new Set(refs.filter((r): r is string => typeof r === 'string' && r.includes('/')).map((r) => normalizeRef(r, config)))];
}

function catalogRefs(provider: ProviderId, config: ConfigJson, endpointAware: boolean): Omit<ModelEntry, 'tags' | 'missing'>[] {
  const baseUrl = providerBlock(config, provider)?.baseUrl;
  const chat = endpointAware ? endpointChatCatalog(provider, baseUrl, configuredModelIds(config, provider)) : chatCatalogFor(provider);
  return [...chat.map((m) => fromChat(provider, m)), ...videoCatalogFor(provider).map((m) => fromVideo(provider, m))];
}

export function tagsFor(entry: Pick<ModelEntry, 'key' | 'kind'>, config: ConfigJson, configured: ReadonlySet<string>, missing: boolean): string[] {
  const tags: string[] = [];
  const primary = primaryModel(config);
  if (primary && normalizeRef(primary, config) === entry.key) tags.push('default');
  fallbackModels(config).forEach((ref, i) => {
    if (normalizeRef(ref, config) === entry.key) tags.push(`fallback#${i + 1}`);
  });
  if (entry.kind === 'video') tags.push('video');
  const video = videoPrimaryModel(config);
  if (video && normalizeRef(video, config) === entry.key) tags.push('video-default');
  if (configured.has(entry.key)) tags.push('configured');
  for (const [alias, ref] of Object.entries(aliases(config))) if (normalizeRef(ref, config) === entry.key) tags.push(`alias:${alias}`);
  if (missing) tags.push('missing');
  return tags;
}

/** The rows of `models list` for a view, with their tags. */
export function modelInventory(config: ConfigJson, view: ListView): ModelEntry[] {
  const configured = configuredRefs(config);
  const configuredSet = new Set(configured);
  const rows = new Map<string, Omit<ModelEntry, 'tags' | 'missing'>>();
  const add = (row: Omit<ModelEntry, 'tags' | 'missing'>) => {
    if (!rows.has(row.key)) rows.set(row.key, row);
  };
  const addRef = (ref: string) => add(describe(ref, config) ?? { key: ref, provider: parseRef(ref)!.provider, name: parseRef(ref)!.model, input: '-', kind: 'unknown' });

  if (view.mode === 'configured') configured.forEach(addRef);
  if (view.mode === 'all') {
    for (const p of PROVIDERS) catalogRefs(p.id, config, false).forEach(add);
    configured.forEach(addRef);
  }
  if (view.mode === 'provider') {
    const known = findProvider(view.provider);
    if (known) catalogRefs(known.id, config, true).forEach(add);
    const id = known?.id ?? view.provider;
    configured.filter((ref) => parseRef(ref)?.provider === id).forEach(addRef);
  }
  return [...rows.values()].map((row) => {
    const missing = row.kind === 'unknown';
    return { ...row, tags: tagsFor(row, config, configuredSet, missing), missing };
  });
}
