/** Typed, read-only views of a parsed openclaw.json (plain JSON value). */

export interface ProviderBlock {
  baseUrl?: string;
  api?: string;
  models?: { id?: unknown; [field: string]: unknown }[];
  [field: string]: unknown;
}

export type ConfigJson = Record<string, unknown>;

function objectAt(root: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

function stringAt(root: unknown, keys: readonly string[]): string | undefined {
  const parent = objectAt(root, keys.slice(0, -1));
  const value = parent?.[keys[keys.length - 1]!];
  return typeof value === 'string' ? value : undefined;
}

export function providerBlocks(config: ConfigJson): Record<string, ProviderBlock> {
  return (objectAt(config, ['models', 'providers']) ?? {}) as Record<string, ProviderBlock>;
}

export function providerBlock(config: ConfigJson, id: string): ProviderBlock | undefined {
  return objectAt(config, ['models', 'providers', id]) as ProviderBlock | undefined;
}

/** Model ids the user listed under `models.providers.<id>.models`. */
export function configuredModelIds(config: ConfigJson, providerId: string): Set<string> {
  const rows = providerBlock(config, providerId)?.models;
  const ids = Array.isArray(rows) ? rows.map((row) => row?.id).filter((id): id is string => typeof id === 'string') : [];
  return new Set(ids);
}

export function primaryModel(config: ConfigJson): string | undefined {
  return stringAt(config, ['agents', 'defaults', 'model', 'primary']);
}

export function fallbackModels(config: ConfigJson): string[] {
  const value = objectAt(config, ['agents', 'defaults', 'model'])?.fallbacks;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The video default in either generation's shape: today's `mediaModels.video` (a ref or `{ primary }`), else the seed era's `videoGenerationModel.primary`. */
export function videoPrimaryModel(config: ConfigJson): string | undefined {
  return (
    stringAt(config, ['agents', 'defaults', 'mediaModels', 'video']) ??
    stringAt(config, ['agents', 'defaults', 'mediaModels', 'video', 'primary']) ??
    stringAt(config, ['agents', 'defaults', 'videoGenerationModel', 'primary'])
  );
}

/** The `agents.defaults.models` allowlist: ref → entry (alias and per-model params). */
export function allowlist(config: ConfigJson): Record<string, { alias?: string; [field: string]: unknown }> {
  return (objectAt(config, ['agents', 'defaults', 'models']) ?? {}) as Record<string, { alias?: string }>;
}

/** alias → ref, from the allowlist entries that carry one. */
export function aliases(config: ConfigJson): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [ref, entry] of Object.entries(allowlist(config))) {
    if (entry && typeof entry.alias === 'string' && entry.alias) out[entry.alias] = ref;
  }
  return out;
}

export function authProfileEntries(config: ConfigJson): Record<string, { provider?: string; mode?: string }> {
  return (objectAt(config, ['auth', 'profiles']) ?? {}) as Record<string, { provider?: string; mode?: string }>;
}

export function authOrder(config: ConfigJson): Record<string, string[]> {
  return (objectAt(config, ['auth', 'order']) ?? {}) as Record<string, string[]>;
}

/**
 * The block that configures a catalog provider: `models.providers.<id>`, or
 * an alias-keyed block (`modelstudio`) that is not a custom provider, when that
 * is where the user keeps it.
 */
export function catalogProviderBlock(config: ConfigJson, spec: { id: string; aliases: readonly string[]; api?: string }): ProviderBlock | undefined {
  const blocks = providerBlocks(config);
  if (blocks[spec.id]) return blocks[spec.id];
  for (const alias of spec.aliases) {
    const block = blocks[alias];
    if (block && (block.api === undefined || block.api === spec.api)) return block;
  }
  return undefined;
}
