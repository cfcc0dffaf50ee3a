import type { World } from '../world.js';
import { CancelledError, ExitCode, UsageError } from '../errors.js';
import { resolvePaths } from '../config/paths.js';
import { editConfigFile } from '../config/config-file.js';
import { authOrder, authProfileEntries } from '../config/agent-config.js';
import { readProfileStore, updateProfileStore } from '../credentials/profile-store.js';
import { readConfigJson } from '../config/config-value.js';
import { isKeychainRef } from '../onboarding/apply.js';
import { canPrompt } from '../world.js';
import { createOutput } from '../ui/output.js';

/** Removes a profile from the store, the keychain, `auth.profiles` and `auth.order`. */
export async function runModelsAuthLogout(profileId: string, opts: { yes?: boolean }, world: World): Promise<number> {
  const output = createOutput(world);
  const paths = resolvePaths(world);
  const stored = (await readProfileStore(paths.authStorePath)).profiles[profileId];
  const inConfig = authProfileEntries(await readConfigJson(paths.configPath))[profileId];
  if (!stored && !inConfig) {
    throw new UsageError(`No profile "${profileId}".`, 'See the stored profiles with openclaw models auth list.');
  }
  if (!opts.yes) {
    if (!canPrompt(world)) throw new UsageError(`Removing ${profileId} needs confirmation: pass --yes.`);
    const { createDialogs } = await import('../ui/dialogs.js');
    const ok = await createDialogs(world).confirm({ message: `Remove ${profileId} from the store${isKeychainRef(stored) ? ', the OS keychain' : ''} and the config?`, default: false, flag: '--yes' });
    if (!ok) throw new CancelledError();
  }
  let keychainRemoved = false;
  await editConfigFile(paths.configPath, async (doc) => {
    doc.delete(['auth', 'profiles', profileId]);
    for (const [provider, order] of Object.entries(authOrder(doc.toJSON()))) {
      if (!Array.isArray(order) || !order.includes(profileId)) continue;
      const rest = order.filter((id) => id !== profileId);
      if (rest.length) doc.set(['auth', 'order', provider], rest);
      else doc.delete(['auth', 'order', provider]);
    }
    await updateProfileStore(paths.authStorePath, (data) => {
      const current = data.profiles[profileId];
      delete data.profiles[profileId];
      keychainRemoved = isKeychainRef(current);
    });
    if (keychainRemoved) {
      const { systemKeychain } = await import('../credentials/keychain.js');
      await systemKeychain().delete(profileId);
    }
  });
  output.out(`Removed ${profileId}${keychainRemoved ? ' (and its OS keychain item)' : ''}.`);
  return ExitCode.ok;
}

export function run({ args, opts, world }: { args: string[]; opts: Record<string, unknown>; world: World }): Promise<number> {
  return runModelsAuthLogout(args[0] ?? '', opts as { yes?: boolean }, world);
}
