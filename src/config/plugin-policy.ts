import { CliError } from '../errors.js';
import type { ConfigJson } from './agent-config.js';

/**
 * The Gateway loads a plugin only when plugins are enabled, the plugin is not
 * denied, and an allow list (when there is one) names it. Onboarding a
 * provider whose plugin is blocked would write credentials nobody reads, so
 * it stops instead, naming the setting and how to change it.
 */
export function pluginBlock(config: ConfigJson, pluginId: string, configPath: string): CliError | undefined {
  const plugins = config.plugins;
  if (typeof plugins !== 'object' || plugins === null || Array.isArray(plugins)) return undefined;
  const p = plugins as { enabled?: unknown; deny?: unknown; allow?: unknown };
  const stop = (setting: string, fix: string) =>
    new CliError(`The ${pluginId} plugin is blocked by ${setting} in ${configPath}: the Gateway would not load it. Nothing was written.`, 1, `${fix}, then run the command again.`);
  if (p.enabled === false) return stop('plugins.enabled: false', 'Set plugins.enabled to true (or remove it)');
  if (Array.isArray(p.deny) && p.deny.includes(pluginId)) return stop(`plugins.deny (it lists "${pluginId}")`, `Remove "${pluginId}" from plugins.deny`);
  if (Array.isArray(p.allow) && !p.allow.includes(pluginId)) return stop(`plugins.allow (it does not list "${pluginId}")`, `Add "${pluginId}" to plugins.allow`);
  return undefined;
}
