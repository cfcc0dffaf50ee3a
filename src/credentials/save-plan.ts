/**
 * What saving a key means, worked out once and without I/O: the store
 * record, the keychain item set or removed, the config leaves, where the
 * profile goes first in the auth order, the key it replaces and the other
 * profiles of the provider that now talk to its endpoint. The wizard's
 * summary, `--dry-run`, the result, `--json` and the write all read it.
 */
import type { Json5Document } from '../config/json5-editor.js';
import { applyOnboardPatch, applyProfileLeaves, assignLeaf, type ConfigChange } from '../config/onboard-patch.js';
import type { Generation } from '../config/gateway-generation.js';
import type { ConfigJson } from '../config/agent-config.js';
import { own } from '../config/own.js';
import { withFirst, type AuthState } from './auth-state.js';
import { orderedProfiles, profileProvider } from './credential-source.js';
import { isKeychainRef, keychainRef } from './keychain-ref.js';
import { maskSecret } from './mask.js';
import type { ProfileStoreData, StoredProfile } from './profile-store.js';
import type { KeyAnswer } from './key-answer.js';

export type KeyStorage = 'file' | 'keychain' | 'env-ref' | 'unchanged';

export interface SaveRequest {
  provider: string;
  profileId: string;
  key: KeyAnswer;
  storage: KeyStorage;
  /** In ref mode: the env var the keyRef names. */
  refEnvVar?: string;
  /** A legacy-named profile moved to `profileId`: it leaves the store, the config and every order. */
  moveFrom?: string;
  /** Onboarding's endpoint and default models; a paste has none and writes only the profile's own leaves. */
  setup?: { baseUrl: string; chatModel?: string; videoModel?: string | null };
  /** The exec provider the Gateway resolves keychain references with. */
  keychainExec?: Record<string, unknown>;
  /** Also write this variable to `<state>/.env` (ref mode with --write-daemon-env). */
  daemonEnv?: { name: string; value: string };
}

export interface SavePlan {
  request: SaveRequest;
  /** The store record after the save (absent when the store is left as it is). */
  record?: StoredProfile;
  storeChanged: boolean;
  configChanged: ConfigChange[];
  keychain: { set?: string; remove?: string };
  /** Where the profile is put first: the agent's override, or the config's `auth.order` (made when another profile would be used first). */
  order?: { where: 'auth-state' | 'config'; ids: string[] };
  /** The key this save replaces, masked (a keychain item's is filled in by the owner, which may read it). */
  replaces?: { profileId: string; storage: 'file' | 'keychain' | 'env-ref'; masked?: string; envVar?: string };
  /** The provider's other profiles: the endpoint belongs to the provider, so they now talk to it too. */
  otherProfiles: string[];
}

/**
 * Where a secret is kept, one adapter each: the fields it puts in the store record, whether a
 * stored profile keeps its secret there, and what a profile leaving it must take along (a
 * keychain item). One more store is one more adapter here.
 */
interface SecretStoreAdapter {
  fields(req: SaveRequest): Pick<StoredProfile, 'key' | 'keyRef'>;
  holds(profile: StoredProfile): boolean;
  /** Outside the record: the keychain item named by the profile id. */
  itemOutsideRecord: boolean;
}

export const SECRET_STORES: Record<Exclude<KeyStorage, 'unchanged'>, SecretStoreAdapter> = {
  file: {
    fields: (req) => ({ key: req.key.key }),
    holds: (p) => p.keyRef === undefined && (typeof p.key === 'string' || typeof p.token === 'string'),
    itemOutsideRecord: false,
  },
  keychain: {
    fields: (req) => ({ keyRef: keychainRef(req.profileId) }),
    holds: (p) => isKeychainRef(p),
    itemOutsideRecord: true,
  },
  'env-ref': {
    fields: (req) => ({ keyRef: { source: 'env', provider: 'default', id: req.refEnvVar! } }),
    holds: (p) => p.keyRef?.source === 'env',
    itemOutsideRecord: false,
  },
};

/** The store a profile keeps its secret in, when it is one of ours. */
export function secretStoreOf(profile: StoredProfile | undefined): Exclude<KeyStorage, 'unchanged'> | undefined {
  if (!profile) return undefined;
  return (Object.keys(SECRET_STORES) as Exclude<KeyStorage, 'unchanged'>[]).find((storage) => SECRET_STORES[storage].holds(profile));
}

/** The store record for a profile: ours first (the secret's fields from its store's adapter), then every field of the old record we do not own. */
export function profileRecord(existing: StoredProfile | undefined, req: SaveRequest, storage: Exclude<KeyStorage, 'unchanged'>): StoredProfile {
  const { type: _t, provider: _p, key: _k, keyRef: _r, token: _tk, ...rest } = existing ?? ({} as StoredProfile);
  return { type: 'api_key', provider: req.provider, ...SECRET_STORES[storage].fields(req), ...rest };
}

function replaced(previous: StoredProfile | undefined, req: SaveRequest): SavePlan['replaces'] {
  const from = secretStoreOf(previous);
  if (!previous || !from || req.storage === 'unchanged') return undefined;
  if (from === 'keychain') return { profileId: req.profileId, storage: 'keychain' };
  if (from === 'env-ref') return req.storage === 'env-ref' && previous.keyRef!.id === req.refEnvVar ? undefined : { profileId: req.profileId, storage: 'env-ref', envVar: previous.keyRef!.id };
  const secret = typeof previous.key === 'string' ? previous.key : String(previous.token);
  if (req.storage !== 'env-ref' && secret === req.key.key) return undefined;
  return { profileId: req.profileId, storage: 'file', masked: maskSecret(secret) };
}

/**
 * Works the plan out on the config document given (a working copy: the
 * config leaves are applied to it) and the store and auth state as read.
 * The write calls this again under the lock, on what it reads there.
 */
export function planSave(req: SaveRequest, doc: Json5Document, store: ProfileStoreData, authState: AuthState, generation: Generation): SavePlan {
  const { provider, profileId } = req;
  const configChanged: ConfigChange[] = req.setup
    ? applyOnboardPatch(doc, {
        provider,
        profileId,
        baseUrl: req.setup.baseUrl,
        chatModel: req.setup.chatModel,
        videoModel: req.setup.videoModel,
        keychainExec: req.storage === 'keychain' ? req.keychainExec : undefined,
        generation,
      })
    : applyProfileLeaves(doc, provider, profileId);
  if (!req.setup && req.storage === 'keychain' && req.keychainExec) {
    for (const [key, value] of Object.entries(req.keychainExec)) assignLeaf(doc, configChanged, ['secrets', 'providers', 'keychain', key], value);
  }
  if (req.moveFrom) {
    if (doc.delete(['auth', 'profiles', req.moveFrom])) configChanged.push({ path: `auth.profiles.${req.moveFrom}`, op: '-' });
    const orders = (doc.get(['auth', 'order']) ?? {}) as Record<string, unknown>;
    for (const [p, ids] of Object.entries(orders)) {
      if (Array.isArray(ids) && ids.includes(req.moveFrom)) assignLeaf(doc, configChanged, ['auth', 'order', p], ids.filter((id) => id !== req.moveFrom));
    }
  }

  const previous = own(store.profiles, profileId);
  const previousStore = secretStoreOf(previous);
  const record = req.storage === 'unchanged' ? undefined : profileRecord(previous, req, req.storage);
  const storeChanged = (record !== undefined && JSON.stringify(previous) !== JSON.stringify(record)) || req.moveFrom !== undefined;

  // The profile just saved is the one in use: first in the effective order.
  const config = doc.toJSON() as ConfigJson;
  const others = orderedProfiles(provider, { store, config, authState, env: {}, dotenv: {} })
    .map(([id]) => id)
    .filter((id) => id !== profileId && id !== req.moveFrom);
  let order: SavePlan['order'];
  const override = authState.order?.[provider];
  if (Array.isArray(override) && override[0] !== profileId) order = { where: 'auth-state', ids: withFirst(override.filter((id) => id !== req.moveFrom), profileId) };
  const configOrder = doc.get(['auth', 'order', provider]);
  if (Array.isArray(configOrder) ? configOrder[0] !== profileId : !Array.isArray(override) && others.length > 0) {
    const ids = Array.isArray(configOrder) ? withFirst(configOrder as string[], profileId) : [profileId, ...others];
    assignLeaf(doc, configChanged, ['auth', 'order', provider], ids);
    order ??= { where: 'config', ids };
  }

  return {
    request: req,
    record,
    storeChanged,
    configChanged,
    keychain: {
      set: req.storage !== 'unchanged' && SECRET_STORES[req.storage].itemOutsideRecord ? profileId : undefined,
      // Leaving a store that keeps an item outside the record: the item goes too.
      remove: req.storage !== 'unchanged' && previousStore !== undefined && previousStore !== req.storage && SECRET_STORES[previousStore].itemOutsideRecord ? profileId : undefined,
    },
    order,
    replaces: replaced(previous, req),
    otherProfiles: Object.entries(store.profiles)
      .filter(([id, p]) => id !== profileId && id !== req.moveFrom && profileProvider(p) === provider)
      .map(([id]) => id),
  };
}
