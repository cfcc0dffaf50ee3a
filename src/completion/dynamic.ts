import { hasUnsafe } from '../ui/terminal-safe.js';
import fs from 'node:fs/promises';
import type { DynamicKind } from '../commands/command.js';
import { findProvider } from '../catalog/registry.js';
import { resolvePaths } from '../config/paths.js';
import { readConfigJson } from '../config/config-value.js';
import { aliases, providerBlocks, type ConfigJson } from '../config/agent-config.js';
import { modelInventory } from '../config/model-inventory.js';
import type { World } from '../world.js';

async function profileIds(storePath: string): Promise<string[]> {
  try {
    const data = JSON.parse(await fs.readFile(storePath, 'utf8')) as { profiles?: Record<string, unknown> };
    return Object.keys(data.profiles ?? {});
  } catch {
    return [];
  }
}

/** Chat or video refs: every catalog row plus what the user configured (their own providers included), then aliases. */
function modelRefs(config: ConfigJson, kind: 'chat' | 'video'): string[] {
  const rows = modelInventory(config, { mode: 'all' }).filter((row) => (kind === 'video' ? row.kind === 'video' : row.kind !== 'video'));
  const refs = rows.map((row) => row.key);
  return kind === 'chat' ? [...refs, ...Object.keys(aliases(config))] : refs;
}

/** Candidates for one dynamic kind, one per line. Never writes, never fails: a broken config just yields the catalog. */
export async function dynamicCandidates(kind: string, world: Pick<World, 'env' | 'homedir' | 'cwd'>): Promise<string[]> {
  let paths: ReturnType<typeof resolvePaths>;
  try {
    paths = resolvePaths(world);
  } catch {
    // No usable home (empty or relative HOME): the catalog alone.
    return kind === 'chat-model' || kind === 'video-model' ? modelRefs({}, kind === 'chat-model' ? 'chat' : 'video') : [];
  }
  const config = await readConfigJson(paths.configPath).catch((): ConfigJson => ({}));
  switch (kind as DynamicKind) {
    case 'chat-model':
      return modelRefs(config, 'chat');
    case 'video-model':
      return modelRefs(config, 'video');
    case 'provider':
      // The catalog ids and aliases are in the script already; only the user's own providers are dynamic.
      return Object.keys(providerBlocks(config)).filter((id) => !findProvider(id));
    case 'profile': {
      // Today's Gateway keeps profiles in its database; the store there is read only for this kind.
      const { storesFor } = await import('../credentials/stores.js');
      try {
        const { stores } = storesFor(world.env, paths, config);
        if (stores.profiles.kind === 'json') return profileIds(paths.authStorePath);
        return Object.keys((await stores.profiles.read()).profiles);
      } catch {
        return [];
      }
    }
    default:
      return [];
  }
}

/** The `openclaw __complete <kind>` entry; bin/openclaw.js calls it without loading commander or any command. */
export async function runComplete(args: string[], world: Pick<World, 'env' | 'homedir' | 'cwd' | 'stdout'>): Promise<number> {
  const words = await dynamicCandidates(args[0] ?? '', world);
  // A candidate with a space or a control character is no word a shell can complete to, and must not reach the terminal.
  const unique = [...new Set(words)].filter((w) => !/\s/.test(w) && !hasUnsafe(w));
  if (unique.length) world.stdout.write(`${unique.join('\n')}\n`);
  return 0;
}
