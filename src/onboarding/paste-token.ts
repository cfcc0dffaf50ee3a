import { UsageError } from '../errors.js';
import { canPrompt, type World } from '../world.js';
import { local, t } from '../ui/i18n/index.js';
import type { Deps } from '../deps.js';
import { findProvider } from '../catalog/registry.js';
import { resolvePaths } from '../config/paths.js';
import { readConfigJson } from '../config/config-value.js';
import { editConfigFile } from '../config/config-file.js';
import { pluginBlock } from '../config/plugin-policy.js';
import { putFirstInOverride, storesFor } from '../credentials/stores.js';
import type { StoredProfile } from '../credentials/profile-store.js';
import { isKeychainRef } from '../credentials/keychain-ref.js';
import { transactional } from '../credentials/keychain-tx.js';
import { withFirst } from '../credentials/auth-state.js';
import { validateKey } from '../credentials/key-format.js';
import { maskSecret } from '../credentials/mask.js';
import { readAllStdin } from '../stdin.js';
import { createOutput } from '../ui/output.js';
import { profileIdFor } from './flow.js';
import { promptForKey } from './key-sources.js';
import { own } from '../config/own.js';

/** Reads a key or token (masked prompt on a terminal, else stdin), then writes the store and `auth.profiles` in one locked edit. */
export async function pasteToken(providerName: string, requestedProfile: string | undefined, world: World, deps: Deps): Promise<void> {
  const provider = findProvider(providerName);
  if (!provider) throw new UsageError(t().unknownProvider(providerName));
  const output = createOutput(world);
  const base = resolvePaths(world);
  const profileId = profileIdFor(provider.id, requestedProfile);
  const config = await readConfigJson(base.configPath);
  const { paths, stores } = storesFor(world.env, base, config);
  const blocked = pluginBlock(config, provider.pluginId, paths.configPath);
  if (blocked) throw blocked;
  let raw: string;
  if (canPrompt(world)) {
    raw = await promptForKey(await deps.dialogs(world), local(provider.keyNoun), 'stdin');
  } else {
    raw = await readAllStdin(world.stdin, { maxBytes: 64 * 1024, timeoutMs: 10_000, reader: 'paste-token', ttyHint: t().pasteTokenTtyHint(provider.id) });
  }
  const checked = validateKey(raw);
  if (!checked.ok) throw new UsageError(t().tokenRefused(local(provider.keyNoun), checked.reason));
  await editConfigFile(paths.configPath, async (doc) => {
    doc.set(['auth', 'profiles', profileId], { provider: provider.id, mode: 'api_key' });
    // The pasted profile is the one in use: first in the config's order and in the agent's override, where they exist.
    const order = doc.get(['auth', 'order', provider.id]);
    if (Array.isArray(order) && order[0] !== profileId) doc.set(['auth', 'order', provider.id], withFirst(order as string[], profileId));
    let replaced: StoredProfile | undefined;
    await stores.profiles.update((data) => {
      replaced = own(data.profiles, profileId);
      const { key: _k, keyRef: _r, type: _t, provider: _p, ...rest } = own(data.profiles, profileId) ?? ({} as Record<string, unknown>);
      data.profiles[profileId] = { type: 'api_key', provider: provider.id, key: checked.key, ...rest };
    });
    await putFirstInOverride(stores.authState, provider.id, profileId);
    // The key now lives in the store: the keychain item it replaces goes once the files have landed.
    if (isKeychainRef(replaced)) await transactional(await deps.keychain()).delete(profileId);
  }, { generation: stores.target.generation });
  output.out(t().savedProfile(profileId, maskSecret(checked.key), stores.profiles.location));
}
