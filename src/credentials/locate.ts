/**
 * Where a key can come from, in one order (SPEC §3): a flag or stdin, the
 * provider's env vars, the `<state>/.env` file, the profile's stored key, a
 * legacy-named profile. Status reads credentials from the same places, so a
 * key that status finds is a key onboarding can use. On a terminal the stored
 * key of the profile is offered before one found in the environment.
 */
import { providerById } from '../catalog/registry.js';
import { own } from '../config/own.js';
import { isKeychainRef } from './keychain-ref.js';
import { fromEnv, profileProvider } from './credential-source.js';
import type { ProfileStoreData, StoredProfile } from './profile-store.js';
import type { KeyAnswer } from './key-answer.js';

export interface LocateQuery {
  provider: string;
  profileId: string;
  /** A key given on the command line or piped in: first, and alone. */
  explicit?: KeyAnswer;
  terminal: boolean;
}

export interface KeyWorld {
  store: ProfileStoreData;
  env: Readonly<Record<string, string | undefined>>;
  dotenv: Readonly<Record<string, string>>;
  dotenvPath?: string;
}

/** A profile id: `<provider>:<name>`, `default` unless named. */
export function defaultProfileId(provider: string, name = 'default'): string {
  return `${provider}:${name}`;
}

/** A stored profile as a key answer: its key when the store holds it, a note of where it lives otherwise. */
export function storedProfileAnswer(profileId: string, profile: StoredProfile): KeyAnswer {
  if (isKeychainRef(profile)) return { source: { kind: 'profile', profileId, storage: 'keychain' } };
  if (profile.keyRef?.source === 'env') return { source: { kind: 'profile', profileId, storage: 'env-ref', envVar: profile.keyRef.id } };
  return { key: profile.key, source: { kind: 'profile', profileId, storage: 'file' } };
}

/** Profiles stored under an alias of the provider (`qwen-portal:*`, `qwen-cli:*`) that hold their key in the file. */
export function legacyProfiles(store: ProfileStoreData, provider: string): [string, StoredProfile][] {
  const spec = providerById(provider);
  if (!spec) return [];
  return Object.entries(store.profiles).filter(([, p]) => p.provider !== provider && spec.aliases.includes(p.provider.toLowerCase()) && typeof p.key === 'string');
}

/** The env var answers of a provider: the shell's first, then those only `<state>/.env` sets (read as status reads them). */
export function environmentKeys(provider: string, w: Omit<KeyWorld, 'store'>): KeyAnswer[] {
  const found = (providerById(provider)?.envVars ?? []).map((envVar) => ({ envVar, value: fromEnv(envVar, w) }));
  return [
    ...found.filter((f) => f.value && !f.value.fromDotenv).map(({ envVar, value }): KeyAnswer => ({ key: value!.value, source: { kind: 'env', envVar } })),
    ...found.filter((f) => f.value?.fromDotenv).map(({ envVar, value }): KeyAnswer => ({ key: value!.value, source: { kind: 'dotenv', envVar, path: w.dotenvPath ?? '.env' } })),
  ];
}

/** Every key answer for the profile, best first. */
export function locateKeys(q: LocateQuery, w: KeyWorld): KeyAnswer[] {
  if (q.explicit) return [q.explicit];
  const stored = own(w.store.profiles, q.profileId);
  const storedAnswer = stored && profileProvider(stored) === q.provider ? [storedProfileAnswer(q.profileId, stored)] : [];
  const legacy = storedAnswer.length ? [] : legacyProfiles(w.store, q.provider).map(([profileId, p]): KeyAnswer => ({ key: String(p.key), source: { kind: 'legacy', profileId } }));
  const environment = environmentKeys(q.provider, w);
  return q.terminal ? [...storedAnswer, ...environment, ...legacy] : [...environment, ...storedAnswer, ...legacy];
}
