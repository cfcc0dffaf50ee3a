import { UsageError } from '../errors.js';
import { getProvider } from '../catalog/providers.js';
import type { AuthChoice } from '../catalog/auth-choices.js';
import type { ProfileStoreData, StoredProfile } from '../credentials/profile-store.js';
import { isKeychainRef } from './apply.js';
import { checkedKey, envKeyFor, missingKeyError, type KeyFlagValue } from './resolve.js';
import { readAllStdin } from '../ui/stdin.js';
import type { KeyAnswer, SecretInputMode } from './types.js';
import type { World } from '../world.js';

const API_KEY_STDIN = {
  maxBytes: 64 * 1024,
  timeoutMs: 10_000,
  reader: '--api-key-stdin',
  ttyHint: 'printenv QWEN_API_KEY | openclaw onboard --api-key-stdin ...',
};

export function storedProfileAnswer(profileId: string, profile: StoredProfile): KeyAnswer {
  if (isKeychainRef(profile)) return { source: { kind: 'profile', profileId, storage: 'keychain' } };
  if (profile.keyRef?.source === 'env') {
    return { source: { kind: 'profile', profileId, storage: 'env-ref', envVar: profile.keyRef.id } };
  }
  return { key: profile.key, source: { kind: 'profile', profileId, storage: 'file' } };
}

/** A key given on the command line or piped in, if any (flag beats stdin). */
export async function explicitKey(keyFlag: KeyFlagValue | undefined, apiKeyStdin: boolean | undefined, world: World): Promise<KeyAnswer | undefined> {
  if (keyFlag) {
    if (apiKeyStdin) throw new UsageError(`--${keyFlag.flag} and --api-key-stdin both give a key: pass one.`);
    return { key: checkedKey(keyFlag.value, `--${keyFlag.flag}`), source: { kind: 'flag', flag: keyFlag.flag } };
  }
  if (apiKeyStdin) return { key: checkedKey(await readAllStdin(world.stdin, API_KEY_STDIN), 'stdin'), source: { kind: 'stdin' } };
  return undefined;
}

/**
 * The key without asking anybody: flag, stdin, the provider's env vars, then
 * an existing profile. In ref mode the key must live in an env var, which the
 * profile will name.
 */
export function keyWithoutPrompt(
  choice: AuthChoice,
  explicit: KeyAnswer | undefined,
  world: World,
  store: ProfileStoreData,
  profileId: string,
  mode: SecretInputMode,
): { key: KeyAnswer; refEnvVar?: string } {
  const env = envKeyFor(choice.provider, world.env);
  if (mode === 'ref') {
    if (!env) {
      const names = getProvider(choice.provider).envVars.join(' or ');
      throw new UsageError(`--secret-input-mode ref stores a reference to an env var, and none is set: export ${names} first.`);
    }
    if (explicit && explicit.key !== env.key) {
      throw new UsageError(
        `--secret-input-mode ref stores a reference to ${env.envVar}, but a different key was given on the command line: put that key in ${env.envVar} instead.`,
      );
    }
    return { key: { key: checkedKey(env.key, env.envVar), source: { kind: 'env', envVar: env.envVar } }, refEnvVar: env.envVar };
  }
  if (explicit) return { key: explicit };
  if (env) return { key: { key: checkedKey(env.key, env.envVar), source: { kind: 'env', envVar: env.envVar } } };
  const stored = store.profiles[profileId];
  if (stored && stored.provider === choice.provider) return { key: storedProfileAnswer(profileId, stored) };
  throw missingKeyError(choice);
}
