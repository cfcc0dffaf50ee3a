import type { World } from '../world.js';
import { CliError, ExitCode } from '../errors.js';
import { resolvePaths } from '../config/paths.js';
import { editConfigFile } from '../config/config-file.js';
import { readProfileStore, updateProfileStore, type StoredProfile } from '../credentials/profile-store.js';
import type { Keychain } from '../credentials/keychain.js';
import { isKeychainRef, KEYCHAIN_PROVIDER } from '../onboarding/apply.js';
import { systemKeychainFactory, type KeychainFactory } from '../onboarding/storage.js';
import { createOutput } from '../ui/output.js';

type Target = 'keychain' | 'file';

interface Outcome {
  profileId: string;
  status: 'moved' | 'failed';
  reason?: string;
}

/** Moves one profile's secret; the store record changes only after the secret is safe at its destination. */
async function moveProfile(id: string, profile: StoredProfile, to: Target, keychain: Keychain): Promise<StoredProfile> {
  const { key, keyRef: _ref, ...rest } = profile;
  if (to === 'keychain') {
    await keychain.set(id, key!);
    if ((await keychain.get(id)) !== key) throw new Error('the keychain did not return the key just written');
    return { ...rest, keyRef: { source: 'exec', provider: KEYCHAIN_PROVIDER, id } };
  }
  const secret = await keychain.get(id);
  if (secret === undefined) throw new Error('the keychain holds no item for it');
  return { ...rest, key: secret };
}

export async function runSecretsMigrate(to: Target, world: World, keychainFactory: KeychainFactory = systemKeychainFactory): Promise<number> {
  const output = createOutput(world);
  const paths = resolvePaths(world);
  const candidates = Object.entries((await readProfileStore(paths.authStorePath)).profiles).filter(([, p]) =>
    to === 'keychain' ? typeof p.key === 'string' && p.keyRef === undefined : isKeychainRef(p),
  );
  if (candidates.length === 0) {
    output.out(`Nothing to migrate: no profile keeps its key ${to === 'keychain' ? 'in the file store' : 'in the keychain'}.`);
    return ExitCode.ok;
  }
  const keychain = await keychainFactory();
  const probe = await keychain.probe();
  if (!probe.ok) throw new CliError(probe.message, ExitCode.failure, 'Nothing was migrated.');

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
    await updateProfileStore(paths.authStorePath, (data) => {
      for (const [id, record] of moved) data.profiles[id] = record;
    });
    if (to === 'file') {
      for (const id of moved.keys()) await keychain.delete(id);
    } else {
      doc.set(['secrets', 'providers', 'keychain'], {
        source: 'exec',
        command: world.execPath,
        args: [world.entryPath, 'secrets', 'resolve'],
        jsonOnly: true,
      });
    }
  });
  for (const o of outcomes) {
    if (o.status === 'moved') output.out(`✓ ${o.profileId} → ${to === 'keychain' ? 'OS keychain' : paths.authStorePath}`);
    else output.error(`${o.profileId} not migrated: ${o.reason} (left as it was)`);
  }
  return outcomes.some((o) => o.status === 'failed') ? ExitCode.failure : ExitCode.ok;
}

export function run({ opts, world }: { opts: Record<string, unknown>; world: World }): Promise<number> {
  return runSecretsMigrate(opts.to as Target, world);
}
