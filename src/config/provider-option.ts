import { UsageError } from '../errors.js';
import { allProviderNames, findProvider, providers } from '../catalog/registry.js';
import { providerBlocks, type ConfigJson } from './agent-config.js';
import { t } from '../ui/i18n/index.js';
import { own } from './own.js';

/** A --provider value as a provider id: ids and aliases pass, a display label gets a pointer to its id. */
export function providerOption(value: string | undefined, config: ConfigJson, flag = '--provider'): string | undefined {
  if (value === undefined) return undefined;
  if (own(providerBlocks(config), value) && isCustomProvider(value, config)) return value;
  const known = findProvider(value);
  if (known) return known.id;
  if (own(providerBlocks(config), value)) return value;
  const byLabel = providers().find((p) => p.label.toLowerCase() === value.trim().toLowerCase());
  if (byLabel) throw new UsageError(t().displayNameNotId(value, flag), t().useFlagValue(flag, byLabel.id));
  throw new UsageError(t().unknownProvider(value), t().knownProviders(allProviderNames().join(', ')));
}

/**
 * An alias stops being an alias when the config defines a provider under that
 * exact name whose `api` is not the catalog provider's: that custom provider
 * then owns the refs (SPEC §1, `modelstudio`).
 */
export function isCustomProvider(name: string, config: ConfigJson): boolean {
  const spec = findProvider(name);
  if (!spec) return own(providerBlocks(config), name) !== undefined;
  if (spec.id === name.toLowerCase()) return false;
  const block = own(providerBlocks(config), name);
  return block !== undefined && block.api !== undefined && block.api !== spec.api;
}
