import { findProvider, providerById } from '../catalog/registry.js';
import type { AuthState } from './auth-state.js';
import { authOrder, providerBlock, type ConfigJson } from '../config/agent-config.js';
import { maskSecret, rememberSecret } from './mask.js';
import { execProviderConfig, isKeychainRef, keychainEnvGaps } from './keychain-ref.js';
import type { ProfileStoreData, StoredProfile } from './profile-store.js';
import { t } from '../ui/i18n/index.js';
import type { Keychain } from './keychain.js';

export type CredentialKind = 'profile' | 'keychain' | 'env-ref' | 'env' | 'dotenv' | 'missing';

/** Where a provider's credential comes from, without the secret itself. */
export interface ResolvedCredential {
  provider: string;
  kind: CredentialKind;
  usable: boolean;
  profileId?: string;
  envVar?: string;
  masked?: string;
  /** Token expiry (ms since epoch), when the profile has one. */
  expires?: number;
  /** The env var is set in this shell but not in <state>/.env: a Gateway daemon will not see it. */
  shellOnly?: boolean;
  /** Only for callers that need the key (probes); never printed. */
  key?: string;
  dotenvPath?: string;
  /** Env vars of the provider that are set but lose to the stored profile. */
  shadowedEnvVars?: string[];
  /** For a missing credential: the profile that would have served it, and why it does not (a keyRef to an unset variable, say). */
  blockedBy?: UnusableProfile;
}

export interface UnusableProfile {
  profileId: string;
  provider: string;
  kind: string;
  reason: string;
  hint: string;
  /** For a keyRef to an env var: the variable. */
  envVar?: string;
  /** For `cooldown` and `disabled`: when the Gateway uses it again (ISO 8601) and how long until then. */
  until?: string;
  remainingMs?: number;
}

export interface CredentialWorld {
  store: ProfileStoreData;
  config: ConfigJson;
  env: Readonly<Record<string, string | undefined>>;
  dotenv: Readonly<Record<string, string>>;
  /** Where `dotenv` was read from, for saying so. */
  dotenvPath?: string;
  /** The Gateway's auth state: a per-agent order override and cooldowns. */
  authState?: AuthState;
  now?: Date;
  /** Which OS keychain the Gateway's resolver reaches, and what it needs to (process.platform when absent). */
  platform?: NodeJS.Platform;
}

/**
 * The secret itself, for the callers that send it (a probe, live discovery): a keychain-backed
 * credential is read from the keychain (loaded only then), any other carries it already.
 */
export async function secretOf(credential: ResolvedCredential, keychain: () => Promise<Pick<Keychain, 'get'>>): Promise<string | undefined> {
  if (credential.kind === 'keychain') return (await (await keychain()).get(credential.profileId!)) ?? undefined;
  return credential.key;
}

/** A stored profile belongs to a provider by id or alias: legacy `qwen-portal:*` and `qwen-cli:*` profiles count as `qwen-oauth`. */
export function profileProvider(profile: StoredProfile): string {
  return findProvider(profile.provider)?.id ?? profile.provider;
}

/** The order the Gateway tries a provider's profiles in: the agent's override in auth-state.json, else `auth.order` of the config. */
export function effectiveOrder(provider: string, w: Pick<CredentialWorld, 'config' | 'authState'>): string[] | undefined {
  const override = w.authState?.order?.[provider];
  if (Array.isArray(override)) return override;
  const order = authOrder(w.config)[provider];
  return Array.isArray(order) ? order : undefined;
}

/** Profile ids of a provider in resolution order: the effective order, then `<provider>:default`, then the rest. */
export function orderedProfiles(provider: string, w: CredentialWorld): [string, StoredProfile][] {
  const own = Object.entries(w.store.profiles).filter(([, p]) => profileProvider(p) === provider);
  const order = effectiveOrder(provider, w);
  const rank = (id: string) => {
    const i = Array.isArray(order) ? order.indexOf(id) : -1;
    if (i >= 0) return i;
    return id === `${provider}:default` ? 1000 : 2000;
  };
  return own.sort(([a], [b]) => rank(a) - rank(b));
}

/** A variable as the Gateway sees it: the shell's value, else `<state>/.env`'s (both remembered by the scrubber). */
export function fromEnv(name: string, w: Pick<CredentialWorld, 'env' | 'dotenv'>): { value: string; shellOnly: boolean; fromDotenv: boolean } | undefined {
  const shell = w.env[name]?.trim();
  const file = w.dotenv[name]?.trim();
  rememberSecret(shell);
  rememberSecret(file);
  if (shell) return { value: shell, shellOnly: !file, fromDotenv: false };
  if (file) return { value: file, shellOnly: false, fromDotenv: true };
  return undefined;
}

/** One profile's credential; `usable: false` with a reason when it cannot resolve. */
export function resolveProfile(profileId: string, profile: StoredProfile, w: CredentialWorld): ResolvedCredential & { reason?: string; hint?: string } {
  const base = { provider: profile.provider, profileId, expires: typeof profile.expires === 'number' ? profile.expires : undefined };
  const ref = profile.keyRef;
  if (isKeychainRef(profile)) {
    // What the Gateway will see: its exec provider, run with only its passEnv.
    const name = profile.keyRef!.provider;
    const exec = execProviderConfig(w.config, name);
    if (!exec) return { ...base, kind: 'keychain', usable: false, reason: t().keychainProviderMissing(name), hint: t().keychainProviderHint };
    const gaps = keychainEnvGaps(exec, w.platform ?? process.platform);
    if (gaps.length) return { ...base, kind: 'keychain', usable: false, reason: t().keychainPassEnvGap(gaps.join(t().orSep)), hint: t().keychainPassEnvHint };
    return { ...base, kind: 'keychain', usable: true };
  }
  if (ref?.source === 'env') {
    const found = fromEnv(ref.id, w);
    if (!found) {
      return {
        ...base,
        kind: 'env-ref',
        envVar: ref.id,
        usable: false,
        reason: t().keyRefUnset(ref.id),
        hint: t().keyRefUnsetHint(ref.id),
      };
    }
    return { ...base, kind: 'env-ref', envVar: ref.id, usable: true, masked: maskSecret(found.value), shellOnly: found.shellOnly, key: found.value };
  }
  if (ref) {
    return { ...base, kind: 'profile', usable: false, reason: t().keyRefGateway(String(ref.source)), hint: t().checkWithGateway };
  }
  const secret = profile.key ?? profile.token;
  if (typeof secret === 'string' && secret.trim()) return { ...base, kind: 'profile', usable: true, masked: maskSecret(secret), key: secret };
  return { ...base, kind: 'profile', usable: false, reason: t().profileNoKey, hint: t().profileNoKeyHint(profileId.split(':').slice(1).join(':')) };
}

/** A stored profile wins over env vars; then the provider's env vars in order, then <state>/.env. */
export function resolveCredential(provider: string, w: CredentialWorld): { credential: ResolvedCredential; unusable: UnusableProfile[] } {
  const unusable: UnusableProfile[] = [];
  for (const [id, profile] of orderedProfiles(provider, w)) {
    const paused = pausedByGateway(id, provider, w);
    if (paused) {
      unusable.push(paused);
      continue;
    }
    const resolved = resolveProfile(id, profile, w);
    if (resolved.usable) {
      const shadowed = (providerById(provider)?.envVars ?? []).filter((name) => w.env[name]?.trim() && name !== resolved.envVar);
      return { credential: shadowed.length ? { ...resolved, shadowedEnvVars: shadowed } : resolved, unusable };
    }
    unusable.push({ profileId: id, provider, kind: resolved.kind, reason: resolved.reason!, hint: resolved.hint!, ...(resolved.kind === 'env-ref' ? { envVar: resolved.envVar } : {}) });
  }
  for (const name of providerById(provider)?.envVars ?? []) {
    const found = fromEnv(name, w);
    if (found) {
      return {
        credential: { provider, kind: found.fromDotenv ? 'dotenv' : 'env', envVar: name, usable: true, masked: maskSecret(found.value), shellOnly: found.shellOnly, key: found.value, dotenvPath: found.fromDotenv ? w.dotenvPath : undefined },
        unusable,
      };
    }
  }
  const blockedBy = unusable.find((u) => u.kind !== 'cooldown' && u.kind !== 'disabled');
  return { credential: { provider, kind: 'missing', usable: false, ...(blockedBy ? { blockedBy } : {}) }, unusable };
}

/** A profile the Gateway put in cooldown or disabled (auth-state.json usageStats), while that lasts. */
function pausedByGateway(profileId: string, provider: string, w: CredentialWorld): UnusableProfile | undefined {
  const stats = w.authState?.usageStats?.[profileId];
  const now = (w.now ?? new Date()).getTime();
  if (!stats) return undefined;
  const until = (t: number) => ({ until: new Date(t).toISOString(), remainingMs: t - now });
  if (typeof stats.disabledUntil === 'number' && stats.disabledUntil > now) {
    const why = typeof stats.disabledReason === 'string' ? stats.disabledReason : t().disabledByGateway;
    return { profileId, provider, kind: 'disabled', reason: t().disabledUntil(why, new Date(stats.disabledUntil).toISOString()), hint: t().disabledHint, ...until(stats.disabledUntil) };
  }
  if (typeof stats.cooldownUntil === 'number' && stats.cooldownUntil > now) {
    return { profileId, provider, kind: 'cooldown', reason: t().cooldownUntil(new Date(stats.cooldownUntil).toISOString()), hint: t().cooldownHint, ...until(stats.cooldownUntil) };
  }
  return undefined;
}

/** How a credential is shown: `profile qwen:default`, `env QWEN_API_KEY`, `keychain qwen:default`... (in the run's language; English for machines). */
export function describeSource(c: ResolvedCredential): string {
  const m = t();
  switch (c.kind) {
    case 'profile':
      return m.sourceProfile(String(c.profileId));
    case 'keychain':
      return m.sourceKeychain(String(c.profileId));
    case 'env-ref':
      return m.sourceEnvRef(String(c.profileId), String(c.envVar));
    case 'env':
      return m.sourceEnv(String(c.envVar));
    case 'dotenv':
      return m.sourceDotenvFile(c.dotenvPath ?? '.env', String(c.envVar));
    case 'missing':
      if (c.blockedBy?.envVar) return m.sourceRefUnset(c.blockedBy.profileId, c.blockedBy.envVar);
      if (c.blockedBy) return m.sourceBlocked(c.blockedBy.profileId, c.blockedBy.reason);
      return m.sourceMissing;
  }
}

/** yes when the provider's credential resolves (a keychain reference counts without being read); memoized per provider. */
export function authAvailability(w: CredentialWorld): (provider: string) => boolean {
  const cache = new Map<string, boolean>();
  return (provider) => {
    if (!cache.has(provider)) {
      const usable = providerById(provider) ? resolveCredential(provider, w).credential.usable : typeof providerBlock(w.config, provider)?.apiKey === 'string';
      cache.set(provider, usable);
    }
    return cache.get(provider)!;
  };
}
