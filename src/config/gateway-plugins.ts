/**
 * Whether today's Gateway has an external plugin installed. `openclaw plugins
 * install` records the install in the state database's plugin index
 * (`plugins.installedIndex` → `installRecords.<id>`); older releases kept
 * install records in the config (`plugins.installs.<id>`).
 */
import type { ConfigJson } from './agent-config.js';
import type { OpenclawPaths } from './paths.js';
import { stateDatabasePath } from './gateway-generation.js';

export interface PluginInstall {
  installed: boolean;
  version?: string;
}

function record(value: unknown, id: string): { version?: unknown; resolvedVersion?: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = (value as Record<string, unknown>)[id];
  return typeof entry === 'object' && entry !== null ? (entry as { version?: unknown }) : undefined;
}

export async function pluginInstall(paths: OpenclawPaths, config: ConfigJson, pluginId: string): Promise<PluginInstall> {
  const inConfig = record((config.plugins as { installs?: unknown } | undefined)?.installs, pluginId);
  if (inConfig) return { installed: true, version: typeof inConfig.version === 'string' ? inConfig.version : undefined };
  const { readMachineState } = await import('../credentials/gateway-database.js');
  const index = (await readMachineState(stateDatabasePath(paths), 'plugins.installedIndex')) as { index?: { installRecords?: unknown } } | undefined;
  const found = record(index?.index?.installRecords, pluginId);
  if (!found) return { installed: false };
  const version = found.resolvedVersion ?? found.version;
  return { installed: true, version: typeof version === 'string' ? version : undefined };
}
