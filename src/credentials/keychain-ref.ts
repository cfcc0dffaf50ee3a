import type { StoredProfile } from './profile-store.js';

/** The exec secret provider name under which the config resolves keychain items (`secrets.providers.keychain`). */
export const KEYCHAIN_PROVIDER = 'keychain';

export function keychainRef(profileId: string): NonNullable<StoredProfile['keyRef']> {
  return { source: 'exec', provider: KEYCHAIN_PROVIDER, id: profileId };
}

export function isKeychainRef(profile: StoredProfile | undefined): boolean {
  return profile?.keyRef?.source === 'exec' && profile.keyRef.provider === KEYCHAIN_PROVIDER;
}

/** `secrets.providers.keychain` of the config: how a Gateway runs this CLI to read a keychain item. */
export function keychainExecProvider(execPath: string, entryPath: string): Record<string, unknown> {
  return { source: 'exec', command: execPath, args: [entryPath, 'secrets', 'resolve'], jsonOnly: true };
}
