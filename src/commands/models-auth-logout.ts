import { defineCommand, flag } from './command.js';
import { t } from '../ui/i18n/index.js';
import { ExitCode, UsageError } from '../errors.js';

export const modelsAuthLogout = defineCommand({
  path: ['models', 'auth', 'logout'],
  options: { yes: flag('skipConfirmation') },
  args: [{ name: 'profileId', description: 'profileIdLikeQwen2', required: false, dynamic: 'profile' }],
  examples: ['openclaw models auth logout qwen:default', 'openclaw models auth logout qwen:work --yes'],
  async run({ args, opts, world, deps }) {
    const [{ createOutput }, { openCredentials }, { canPrompt }] = await Promise.all([import('../ui/output.js'), import('../credentials/lifecycle.js'), import('../world.js')]);
    if (!args[0] && !canPrompt(world)) throw new UsageError(t().missingProfileId);
    const output = createOutput(world);
    const credentials = await openCredentials(world, deps, { forEdit: true });
    // On a terminal a missing id is a question: the profiles there are, to pick from.
    let profileId = args[0];
    if (!profileId) {
      const ids = credentials.profileIds();
      if (ids.length === 0) throw new UsageError(t().noProfilesToRemove(credentials.stores.profiles.location));
      const dialogs = await deps.dialogs(world);
      profileId = await dialogs.select({ message: t().pickProfileToRemove, flag: '<profileId>', choices: ids.map((id) => ({ name: id, value: id })) });
    }
    const removal = credentials.removal(profileId);
    if (!removal.inStore && !removal.inConfig) throw new UsageError(t().noProfile(profileId), t().seeStoredProfiles);
    if (!opts.yes) {
      if (!canPrompt(world)) throw new UsageError(t().removeNeedsYes(profileId));
      const dialogs = await deps.dialogs(world);
      const ok = await dialogs.confirm({ message: removal.keychainBacked ? t().confirmRemoveKeychain(profileId) : t().confirmRemove(profileId), default: false, flag: '--yes' });
      // Declining is an answer, not an error: nothing changes, exit 0.
      if (!ok) {
        output.out(t().nothingRemoved(profileId));
        return ExitCode.ok;
      }
    }
    const removed = await credentials.remove(profileId);
    output.out(removed.keychainBacked ? t().removedWithKeychain(profileId) : t().removed(profileId));
    return ExitCode.ok;
  },
});
