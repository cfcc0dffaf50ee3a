import { CliError } from '../errors.js';
import type { Keychain } from '../credentials/keychain.js';
import type { StoredProfile } from '../credentials/profile-store.js';
import { isKeychainRef } from '../credentials/keychain-ref.js';
import type { KeyAnswer, SecretInputMode, SecretStoreChoice } from './key-answer.js';
import { t } from '../ui/i18n/index.js';
import { keychainFailureWord } from '../ui/i18n/terms.js';

import type { KeyStorage } from './save-plan.js';

export type { KeyStorage };

export interface StorageDecision {
  storage: KeyStorage;
  keychain?: Keychain;
  /** Said once when `auto` found no keychain. */
  notice?: string;
}

/**
 * Where the new key goes. The keychain is loaded (and probed) only for
 * `auto`/`keychain`, or to clean up a keychain item the profile leaves behind.
 */
export async function decideStorage(
  key: KeyAnswer,
  mode: SecretInputMode,
  store: SecretStoreChoice,
  previous: StoredProfile | undefined,
  keychainOf: () => Promise<Keychain>,
  opts: { dryRun?: boolean } = {},
): Promise<StorageDecision> {
  const needsKeychainToRead = key.source.kind === 'profile' && key.source.storage === 'keychain';
  if (key.source.kind === 'profile') return { storage: 'unchanged', keychain: needsKeychainToRead ? await keychainOf() : undefined };
  const cleanup = isKeychainRef(previous) ? await keychainOf() : undefined;
  if (mode === 'ref') return { storage: 'env-ref', keychain: cleanup };
  if (store === 'file') return { storage: 'file', keychain: cleanup };
  const keychain = cleanup ?? (await keychainOf());
  // A dry run must leave the keychain as it found it: no probe item is written.
  const probe = await keychain.probe({ readOnly: opts.dryRun });
  if (probe.ok) return { storage: 'keychain', keychain };
  if (store === 'keychain') throw new CliError(probe.message, 1, t().useFileStoreHint);
  return { storage: 'file', keychain: cleanup, notice: t().noKeychainFallback(keychainFailureWord(probe.reason)) };
}
