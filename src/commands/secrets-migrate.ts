import { defineCommand, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { CliError, ExitCode, UsageError } from '../errors.js';
import type { StoredProfile } from '../credentials/profile-store.js';
import type { Keychain } from '../credentials/keychain.js';

type Target = 'keychain' | 'file';

interface Outcome {
  profileId: string;
  status: 'moved' | 'failed';
  reason?: string;
}

/** Moves one profile's secret; the store record changes only after the secret is safe at its destination. */
async function moveProfile(id: string, profile: StoredProfile, to: Target, plain: Keychain): Promise<StoredProfile> {
  const { keychainRef } = await import('../credentials/keychain-ref.js');
  const { transactional } = await import('../credentials/keychain-tx.js');
  const keychain = transactional(plain);
  const { key, keyRef: _ref, ...rest } = profile;
  if (to === 'keychain') {
    await keychain.set(id, key!);
    if ((await keychain.get(id)) !== key) throw new Error(t().keychainDidNotReturn);
    return { ...rest, keyRef: keychainRef(id) };
  }
  const secret = await keychain.get(id);
  if (secret === undefined) throw new Error(t().keychainNoItem);
  return { ...rest, key: secret };
}

async function migrate(to: Target, world: World, deps: Deps): Promise<number> {
  const [{ createOutput }, { resolvePaths }, { editConfigFile }, { storesFor }, { isKeychainRef, keychainExecProvider }, { readConfigJson }] = await Promise.all([
    import('../ui/output.js'),
    import('../config/paths.js'),
    import('../config/config-file.js'),
    import('../credentials/stores.js'),
    import('../credentials/keychain-ref.js'),
    import('../config/config-value.js'),
  ]);
  const output = createOutput(world);
  const base = resolvePaths(world);
  const config = await readConfigJson(base.configPath);
  const { paths, stores } = storesFor(world.env, base, config);
  const profiles = Object.entries((await stores.profiles.read()).profiles);
  const candidates = profiles.filter(([, p]) => (to === 'keychain' ? typeof p.key === 'string' && p.keyRef === undefined : isKeychainRef(p)));
  if (candidates.length === 0) {
    // Keys already in the keychain, read through a provider written before it carried what the Gateway must pass (passEnv): rewritten.
    const wanted = keychainExecProvider(world.execPath, world.entryPath, world.platform);
    const current = (config.secrets as { providers?: Record<string, unknown> } | undefined)?.providers?.keychain;
    if (to === 'keychain' && profiles.some(([, p]) => isKeychainRef(p)) && JSON.stringify(current) !== JSON.stringify(wanted)) {
      await editConfigFile(paths.configPath, (doc) => doc.set(['secrets', 'providers', 'keychain'], wanted), { generation: stores.target.generation });
      output.out(t().keychainProviderRewritten(paths.configPath));
      return ExitCode.ok;
    }
    output.out(to === 'keychain' ? t().nothingToMigrateToKeychain : t().nothingToMigrateToFile);
    return ExitCode.ok;
  }
  const keychain = await deps.keychain();
  const probe = await keychain.probe();
  if (!probe.ok) throw new CliError(probe.message, ExitCode.failure, t().nothingMigrated);

  const outcomes: Outcome[] = [];
  await editConfigFile(paths.configPath, async (doc) => {
    const moved = new Map<string, StoredProfile>();
    for (const [id, profile] of candidates) {
      try {
        moved.set(id, await moveProfile(id, profile, to, keychain));
        outcomes.push({ profileId: id, status: 'moved' });
      } catch (error) {
        outcomes.push({ profileId: id, status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (moved.size === 0) return;
    await stores.profiles.update((data) => {
      for (const [id, record] of moved) data.profiles[id] = record;
    });
    if (to === 'file') {
      const { transactional } = await import('../credentials/keychain-tx.js');
      for (const id of moved.keys()) await transactional(keychain).delete(id);
    } else {
      doc.set(['secrets', 'providers', 'keychain'], keychainExecProvider(world.execPath, world.entryPath, world.platform));
    }
  }, { generation: stores.target.generation });
  for (const o of outcomes) {
    if (o.status === 'moved') output.out(t().migrated(o.profileId, to === 'keychain' ? t().whereKeychain : stores.profiles.location));
    else output.error(t().notMigrated(o.profileId, String(o.reason)));
  }
  return outcomes.some((o) => o.status === 'failed') ? ExitCode.failure : ExitCode.ok;
}

export const secretsMigrate = defineCommand({
  path: ['secrets', 'migrate'],
  options: { to: value('<store>', 'target store', { choices: ['keychain', 'file'] as const }) },
  examples: ['openclaw secrets migrate --to keychain', 'openclaw secrets migrate --to file'],
  run({ opts, world, deps }) {
    if (!opts.to) throw new UsageError(t().migrateNeedsTo);
    return migrate(opts.to, world, deps);
  },
});
