import { defineCommand, flag } from './command.js';
import { t } from '../ui/i18n/index.js';
import { ExitCode, UsageError } from '../errors.js';
import { own } from '../config/own.js';

export const modelsAuthLogout = defineCommand({
  path: ['models', 'auth', 'logout'],
  options: { yes: flag('skip the confirmation') },
  args: [{ name: 'profileId', description: 'profile id, like qwen:default', required: true, dynamic: 'profile' }],
  examples: ['openclaw models auth logout qwen:default', 'openclaw models auth logout qwen:work --yes'],
  async run({ args, opts, world, deps }) {
    const profileId = args[0];
    if (!profileId) throw new UsageError(t().missingProfileId);
    const [{ createOutput }, { resolvePaths }, { editConfigFile }, { authOrder, authProfileEntries }, { storesFor }, { readConfigJson }, { isKeychainRef }, { canPrompt }] =
      await Promise.all([
        import('../ui/output.js'),
        import('../config/paths.js'),
        import('../config/config-file.js'),
        import('../config/agent-config.js'),
        import('../credentials/stores.js'),
        import('../config/config-value.js'),
        import('../credentials/keychain-ref.js'),
        import('../world.js'),
      ]);
    const { transactional } = await import('../credentials/keychain-tx.js');
    const output = createOutput(world);
    const base = resolvePaths(world);
    const config = await readConfigJson(base.configPath);
    const { paths, stores } = storesFor(world.env, base, config);
    const stored = own((await stores.profiles.read()).profiles, profileId);
    const inConfig = own(authProfileEntries(config), profileId);
    if (!stored && !inConfig) throw new UsageError(t().noProfile(profileId), t().seeStoredProfiles);
    if (!opts.yes) {
      if (!canPrompt(world)) throw new UsageError(t().removeNeedsYes(profileId));
      const dialogs = await deps.dialogs(world);
      const ok = await dialogs.confirm({ message: isKeychainRef(stored) ? t().confirmRemoveKeychain(profileId) : t().confirmRemove(profileId), default: false, flag: '--yes' });
      // Declining is an answer, not an error: nothing changes, exit 0.
      if (!ok) {
        output.out(t().nothingRemoved(profileId));
        return ExitCode.ok;
      }
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
      await stores.profiles.update((data) => {
        const current = own(data.profiles, profileId);
        delete data.profiles[profileId];
        keychainRemoved = isKeychainRef(current);
      });
      // The agent's own order override (the Gateway's auth state) names it no more either.
      const override = (await stores.authState.read()).order ?? {};
      if (Object.values(override).some((ids) => Array.isArray(ids) && ids.includes(profileId))) {
        await stores.authState.update((state) => {
          for (const [provider, ids] of Object.entries(state.order ?? {})) {
            if (!Array.isArray(ids) || !ids.includes(profileId)) continue;
            const rest = ids.filter((id) => id !== profileId);
            if (rest.length) state.order![provider] = rest;
            else delete state.order![provider];
          }
        });
      }
      // Checked now (the keychain must answer), removed once the files no longer refer to it.
      if (keychainRemoved) await transactional(await deps.keychain()).delete(profileId);
    }, { generation: stores.target.generation });
    output.out(keychainRemoved ? t().removedWithKeychain(profileId) : t().removed(profileId));
    return ExitCode.ok;
  },
});
