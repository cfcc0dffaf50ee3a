import { UsageError } from '../errors.js';
import { canPrompt, type World } from '../world.js';
import { local, t } from '../ui/i18n/index.js';
import type { Deps } from '../deps.js';
import { findProvider } from '../catalog/registry.js';
import { pluginBlock } from '../config/plugin-policy.js';
import { openCredentials } from '../credentials/lifecycle.js';
import { validateKey } from '../credentials/key-format.js';
import { maskSecret } from '../credentials/mask.js';
import { readAllStdin } from '../stdin.js';
import { createOutput } from '../ui/output.js';
import { profileIdFor } from './flow.js';
import { promptForKey } from './key-sources.js';
import { replacedText } from './summary.js';
import { configuredBaseUrl } from '../config/model-inventory.js';

/** Reads a key or token (masked prompt on a terminal, else stdin) and saves it through the credential owner: the pasted profile is the one in use. */
export async function pasteToken(providerName: string, requestedProfile: string | undefined, world: World, deps: Deps): Promise<void> {
  const provider = findProvider(providerName);
  if (!provider) throw new UsageError(t().unknownProvider(providerName));
  const output = createOutput(world);
  const profileId = profileIdFor(provider.id, requestedProfile);
  const credentials = await openCredentials(world, deps, { forEdit: true });
  const blocked = pluginBlock(credentials.state.config, provider.pluginId, credentials.paths.configPath);
  if (blocked) throw blocked;
  let raw: string;
  if (canPrompt(world)) {
    raw = await promptForKey(await deps.dialogs(world), local(provider.keyNoun), 'stdin');
  } else {
    raw = await readAllStdin(world.stdin, { maxBytes: 64 * 1024, timeoutMs: 10_000, reader: 'paste-token', ttyHint: t().pasteTokenTtyHint(provider.id) });
  }
  const checked = validateKey(raw);
  if (!checked.ok) throw new UsageError(t().tokenRefused(local(provider.keyNoun), checked.reason));
  const plan = await credentials.save({ provider: provider.id, profileId, key: { key: checked.key, source: { kind: 'stdin' } }, storage: 'file' });
  output.out(t().savedProfile(profileId, maskSecret(checked.key), credentials.stores.profiles.location));
  if (plan.replaces) output.out(`  ${replacedText(plan.replaces)}`);
  const baseUrl = configuredBaseUrl(credentials.state.config, provider.id);
  if (plan.otherProfiles.length && baseUrl) output.out(t().sharedEndpoint(plan.otherProfiles.join(', '), baseUrl));
}
