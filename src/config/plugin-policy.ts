import { CliError } from '../errors.js';
import type { ConfigJson } from './agent-config.js';
import { t } from '../ui/i18n/index.js';

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
  const m = t();
  const stop = (setting: string, fix: string) => new CliError(m.pluginBlocked(pluginId, setting, configPath), 1, fix);
  if (p.enabled === false) return stop('plugins.enabled: false', m.pluginsDisabledFix);
  if (Array.isArray(p.deny) && p.deny.includes(pluginId)) return stop(m.pluginDenied(pluginId), m.pluginDeniedFix(pluginId));
  if (Array.isArray(p.allow) && !p.allow.includes(pluginId)) return stop(m.pluginNotAllowed(pluginId), m.pluginNotAllowedFix(pluginId));
  return undefined;
}
