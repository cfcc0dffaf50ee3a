import { UsageError } from '../errors.js';
import { allProviderNames, findProvider, PROVIDERS } from '../catalog/providers.js';
import { providerBlocks, type ConfigJson } from '../config/agent-config.js';

/** A --provider value as a provider id: ids and aliases pass, a display label gets a pointer to its id. */
export function providerOption(value: string | undefined, config: ConfigJson, flag = '--provider'): string | undefined {
  if (value === undefined) return undefined;
  const known = findProvider(value);
  if (known) return known.id;
  if (providerBlocks(config)[value]) return value;
  const byLabel = PROVIDERS.find((p) => p.label.toLowerCase() === value.trim().toLowerCase());
  if (byLabel) throw new UsageError(`"${value}" is a display name; ${flag} takes a provider id.`, `Use ${flag} ${byLabel.id}.`);
  throw new UsageError(`Unknown provider "${value}".`, `Known providers: ${allProviderNames().join(', ')}.`);
}
