import { UsageError } from '../errors.js';
import { allProviderNames, findProvider, providers } from '../catalog/registry.js';
import { exampleChatRef, findChatModel, findVideoModel } from '../catalog/endpoints.js';
import { aliases, catalogProviderBlock, configuredModelIds, providerBlocks, type ConfigJson } from './agent-config.js';
import { isCustomProvider } from './provider-option.js';
import { t } from '../ui/i18n/index.js';
import { own } from './own.js';
import { jsonSafe } from '../ui/terminal-safe.js';

export interface ModelRef {
  provider: string;
  model: string;
}

/** Splits on the first `/`; both sides must be non-empty. */
export function parseRef(raw: string): ModelRef | undefined {
  const value = raw.trim();
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return undefined;
  return { provider: value.slice(0, slash).trim(), model: value.slice(slash + 1).trim() };
}

/** Canonical provider id for a ref's provider part; an alias the config defines as its own provider stays itself. */
export function canonicalProvider(provider: string, config: ConfigJson): string {
  if (isCustomProvider(provider, config)) return provider;
  return findProvider(provider)?.id ?? provider;
}

/** `modelstudio/x` → `qwen/x` (unless a custom modelstudio provider owns it), `qwen-portal/x` → `qwen-oauth/x`. */
export function normalizeRef(ref: string, config: ConfigJson): string {
  const parsed = parseRef(ref);
  return parsed ? `${canonicalProvider(parsed.provider, config)}/${parsed.model}` : ref;
}

/** `normalizeRef` for many refs of one config: each provider part is resolved once. */
export function refNormalizer(config: ConfigJson): (ref: string) => string {
  const canonical = new Map<string, string>();
  return (ref) => {
    const parsed = parseRef(ref);
    if (!parsed) return ref;
    let provider = canonical.get(parsed.provider);
    if (provider === undefined) canonical.set(parsed.provider, (provider = canonicalProvider(parsed.provider, config)));
    return `${provider}/${parsed.model}`;
  };
}

/** Model ids a provider lists in the config, alias-keyed block included. */
export function userModelIds(config: ConfigJson, provider: string): Set<string> {
  const spec = findProvider(provider);
  if (!spec || spec.id !== provider) return configuredModelIds(config, provider);
  const rows = catalogProviderBlock(config, spec)?.models;
  return new Set(Array.isArray(rows) ? rows.map((r) => r?.id).filter((id): id is string => typeof id === 'string') : []);
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
  if (findChatModel(provider, model)) return { known: true, kind: 'chat' };
  if (findVideoModel(provider, model)) return { known: true, kind: 'video' };
  if (userModelIds(config, provider).has(model)) return { known: true, kind: 'chat' };
  // Wan ids are video models by name even before a catalog knows the version.
  if (/^wan\d/i.test(model)) return { known: false, kind: 'video' };
  return { known: false };
}

function ownersOfBareId(id: string, config: ConfigJson): string[] {
  const owners = new Set<string>();
  for (const name of Object.keys(providerBlocks(config))) {
    const canonical = canonicalProvider(name, config);
    if (configuredModelIds(config, name).has(id) || findChatModel(canonical, id) || findVideoModel(canonical, id)) owners.add(canonical);
  }
  return [...owners];
}

/** A ref, alias or model id as typed: no whitespace, no control characters (C0, DEL, C1) and no bidi controls anywhere. */
export function checkRefText(value: string, what = t().theModelRef): void {
  // eslint-disable-next-line no-control-regex
  if (/[\s\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value)) {
    throw new UsageError(t().refBadCharacters(what, jsonSafe(JSON.stringify(value.slice(0, 80)))), t().refUseForm(exampleChatRef()));
  }
}

/**
 * Turns user input into a ref: `provider/model`, an alias from the allowlist,
 * or a bare model id that exactly one configured provider owns. Legacy provider
 * names (`modelstudio`, `qwen-portal`, ...) are normalized. Throws a UsageError
 * for malformed input and unknown providers.
 */
export function resolveModelInput(input: string, config: ConfigJson): ResolvedRef {
  const value = input.trim();
  if (!value) throw new UsageError(t().refRequired(exampleChatRef()));
  checkRefText(value);
  const aliasTarget = own(aliases(config), value);
  let via: ResolvedRef['via'];
  let ref = parseRef(aliasTarget ?? value);
  if (aliasTarget) via = 'alias';
  if (!ref) {
    if (value.includes('/')) throw new UsageError(t().refNotARef(value, exampleChatRef()));
    const owners = ownersOfBareId(value, config);
    if (owners.length === 1) {
      ref = { provider: owners[0]!, model: value };
      via = 'bare-id';
    } else if (owners.length > 1) {
      throw new UsageError(t().refAmbiguous(value, owners.join(t().andSep), `${owners[0]}/${value}`));
    } else {
      const example = providers()[0]?.id ?? 'provider';
      throw new UsageError(t().refUnknownBare(value, `${example}/${value}`));
    }
  }
  const provider = canonicalProvider(ref.provider, config);
  if (provider !== ref.provider && via === undefined) via = 'legacy';
  const isKnownProvider = findProvider(provider) !== undefined || own(providerBlocks(config), provider) !== undefined;
  if (!isKnownProvider) {
    throw new UsageError(t().refUnknownProvider(ref.provider, value), t().knownProvidersCustom(allProviderNames().join(', ')));
  }
  return { provider, model: ref.model, ref: `${provider}/${ref.model}`, via, ...kindOf(provider, ref.model, config) };
}
