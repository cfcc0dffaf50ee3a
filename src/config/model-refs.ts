import { UsageError } from '../errors.js';
import { findProvider, allProviderNames, type ProviderId } from '../catalog/providers.js';
import { findChatModel } from '../catalog/chat-models.js';
import { findVideoModel, videoCatalogFor } from '../catalog/video-models.js';
import { chatCatalogFor } from '../catalog/chat-models.js';
import { aliases, configuredModelIds, hasCustomModelstudioProvider, providerBlocks, type ConfigJson } from './agent-config.js';

export interface ModelRef {
  provider: string;
  model: string;
}

export function formatRef(ref: ModelRef): string {
  return `${ref.provider}/${ref.model}`;
}

/** Splits on the first `/`; both sides must be non-empty. */
export function parseRef(raw: string): ModelRef | undefined {
  const value = raw.trim();
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return undefined;
  return { provider: value.slice(0, slash).trim(), model: value.slice(slash + 1).trim() };
}

/** Canonical provider id for a ref's provider part, honouring a custom `modelstudio` provider. */
export function canonicalProvider(provider: string, config: ConfigJson): string {
  const lower = provider.toLowerCase();
  if (lower === 'modelstudio' && hasCustomModelstudioProvider(config)) return 'modelstudio';
  return findProvider(lower)?.id ?? provider;
}

export type ModelKind = 'chat' | 'video';

export interface ResolvedRef extends ModelRef {
  ref: string;
  /** The catalog (or user config) knows this model. */
  known: boolean;
  kind?: ModelKind;
  /** How the input was turned into the ref, when it was not given as is. */
  via?: 'alias' | 'bare-id' | 'legacy';
}

function kindOf(provider: string, model: string, config: ConfigJson): { known: boolean; kind?: ModelKind } {
  const known = findProvider(provider);
  if (known) {
    if (findChatModel(known.id, model)) return { known: true, kind: 'chat' };
    if (findVideoModel(known.id, model)) return { known: true, kind: 'video' };
  }
  if (configuredModelIds(config, provider).has(model)) return { known: true, kind: 'chat' };
  // Wan ids are video models by name even before a catalog knows the version.
  if (/^wan\d/i.test(model)) return { known: false, kind: 'video' };
  return { known: false };
}

function ownersOfBareId(id: string, config: ConfigJson): string[] {
  const owners = new Set<string>();
  for (const [provider, block] of Object.entries(providerBlocks(config))) {
    const canonical = canonicalProvider(provider, config);
    const ids = configuredModelIds(config, provider);
    const catalogHas =
      findProvider(canonical) !== undefined &&
      (chatCatalogFor(canonical as ProviderId).some((m) => m.id === id) || videoCatalogFor(canonical as ProviderId).some((m) => m.id === id));
    if (ids.has(id) || (block && catalogHas)) owners.add(canonical);
  }
  return [...owners];
}

/**
 * Turns user input into a ref: `provider/model`, an alias from the allowlist,
 * or a bare model id that exactly one configured provider owns. Legacy provider
 * names (`modelstudio`, `qwen-portal`, ...) are normalized. Throws a UsageError
 * for malformed input and unknown providers.
 */
export function resolveModelInput(input: string, config: ConfigJson): ResolvedRef {
  const value = input.trim();
  if (!value) throw new UsageError('A model ref is required, like qwen/qwen3.5-plus.');
  const aliasTarget = aliases(config)[value];
  let via: ResolvedRef['via'];
  let ref = parseRef(aliasTarget ?? value);
  if (aliasTarget) via = 'alias';
  if (!ref) {
    if (value.includes('/')) throw new UsageError(`"${value}" is not a model ref: use provider/model, like qwen/qwen3.5-plus.`);
    const owners = ownersOfBareId(value, config);
    if (owners.length === 1) {
      ref = { provider: owners[0]!, model: value };
      via = 'bare-id';
    } else if (owners.length > 1) {
      throw new UsageError(`"${value}" is offered by ${owners.join(' and ')}: say which, like ${owners[0]}/${value}.`);
    } else {
      throw new UsageError(`"${value}" is neither an alias nor a model of a configured provider: use provider/model, like qwen/${value}.`);
    }
  }
  const provider = canonicalProvider(ref.provider, config);
  if (provider !== ref.provider && via === undefined) via = 'legacy';
  const isKnownProvider = findProvider(provider) !== undefined || providerBlocks(config)[provider] !== undefined;
  if (!isKnownProvider) {
    throw new UsageError(
      `Unknown provider "${ref.provider}" in ${value}.`,
      `Known providers: ${allProviderNames().join(', ')} (or one defined under models.providers).`,
    );
  }
  return { provider, model: ref.model, ref: `${provider}/${ref.model}`, via, ...kindOf(provider, ref.model, config) };
}
