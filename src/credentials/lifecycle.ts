/**
 * The one owner of a credential's life (SPEC §3), in the way of `gh`'s
 * AuthConfig: `locate` (where a key comes from), `plan` (what saving it
 * means), `save`, `remove` and `move` (each one transaction, with the keychain
 * of the run's deps). `onboard`, `models auth login|paste-token|paste-api-key|
 * logout|order|list`, `secrets migrate` and `models status` go through it and
 * never reach a store, the keychain or a config writer themselves.
 */
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { CliError, ExitCode, UsageError } from '../errors.js';
import { t } from '../ui/i18n/index.js';
import { own } from '../config/own.js';
import { authOrder, authProfileEntries } from '../config/agent-config.js';
import { loadAgentState, type AgentState } from '../config/agent-state.js';
import type { OpenclawPaths } from '../config/paths.js';
import type { CredentialStores } from './stores.js';
import type { AuthState } from './auth-state.js';
import type { Keychain } from './keychain.js';
import { isKeychainRef, keychainExecProvider, keychainRef } from './keychain-ref.js';
import { maskSecret } from './mask.js';
import { profileProvider, resolveCredential } from './credential-source.js';
import type { StoredProfile } from './profile-store.js';
import { locateKeys, type LocateQuery } from './locate.js';
import type { SavePlan, SaveRequest } from './save-plan.js';
import type { KeyAnswer, SecretInputMode, SecretStoreChoice } from './key-answer.js';
import type { StorageDecision } from './storage.js';

export type { SavePlan, SaveRequest, KeyStorage } from './save-plan.js';
export type { LocateQuery } from './locate.js';

/** What `remove` would take away, for the confirmation question. */
export interface Removal {
  profileId: string;
  inStore: boolean;
  inConfig: boolean;
  keychainBacked: boolean;
}

export type MoveTarget = 'keychain' | 'file';

export interface MoveResult {
  /** `moved`: profiles moved (some may have failed); `provider-rewritten`: only the keychain provider was brought up to date; `nothing`: nothing to move. */
  kind: 'moved' | 'provider-rewritten' | 'nothing';
  outcomes: { profileId: string; status: 'moved' | 'failed'; reason?: string }[];
}

export interface Credentials {
  /** What was read when the owner was opened: config, store, auth state, env and `.env`. */
  readonly state: AgentState;
  readonly paths: OpenclawPaths;
  readonly stores: CredentialStores;
  /** Every key answer for a profile, best first, each with its source. */
  locate(query: LocateQuery): KeyAnswer[];
  /** Where a new key goes (file, keychain, env reference), the keychain probed only when it may be used; a reused profile is left as it is. */
  storage(key: KeyAnswer, mode: SecretInputMode, store: SecretStoreChoice, profileId: string, opts?: { dryRun?: boolean }): Promise<StorageDecision>;
  /** What saving would change (nothing is written); the keychain is read only to mask the key it would replace. */
  plan(request: SaveRequest): Promise<SavePlan>;
  /** The key, its store record, keychain item, config leaves, auth order and daemon `.env`: one transaction. */
  save(request: SaveRequest, opts?: { dryRun?: boolean }): Promise<SavePlan>;
  /** Every profile id there is: stored, or named in the config's `auth.profiles`. */
  profileIds(): string[];
  removal(profileId: string): Removal;
  /** The profile out of the store, the keychain, `auth.profiles`, `auth.order` and the agent's order: one transaction. */
  remove(profileId: string): Promise<Removal>;
  /** Every stored key into the OS keychain, or back into the store. */
  move(to: MoveTarget): Promise<MoveResult>;
  setOrder(provider: string, profileIds: readonly string[]): Promise<void>;
  clearOrder(provider: string): Promise<boolean>;
  /** The profile the Gateway uses for a provider now: the first usable one of the effective order. */
  activeProfile(provider: string): string | undefined;
}

/** The writing half, loaded by the commands that write: read-only commands (status, list) stay light. */
async function writers() {
  const [configFile, transaction, dotenv, keychainTx, savePlan, authState] = await Promise.all([
    import('../config/config-file.js'),
    import('../config/transaction.js'),
    import('../config/dotenv.js'),
    import('./keychain-tx.js'),
    import('./save-plan.js'),
    import('./auth-state.js'),
  ]);
  return { ...configFile, ...transaction, ...dotenv, ...keychainTx, ...savePlan, withFirst: authState.withFirst };
}

/** Opens the owner on the agent's files; `forEdit` keeps the config's parse for the write that follows. */
export async function openCredentials(world: World, deps: Deps, opts: { forEdit?: boolean } = {}): Promise<Credentials> {
  const state = await loadAgentState(world, { forEdit: opts.forEdit });
  const { paths, stores } = state;
  const generation = stores.target.generation;
  const keychain = async () => (await writers()).transactional(await deps.keychain());

  async function maskReplaced(plan: SavePlan): Promise<SavePlan> {
    if (plan.replaces?.storage !== 'keychain' || plan.replaces.masked) return plan;
    const secret = await (await deps.keychain()).get(plan.replaces.profileId).catch(() => undefined);
    if (secret && secret === plan.request.key.key) return { ...plan, replaces: undefined };
    return secret ? { ...plan, replaces: { ...plan.replaces, masked: maskSecret(secret) } } : plan;
  }

  const withExec = (request: SaveRequest): SaveRequest =>
    request.storage === 'keychain' && !request.keychainExec ? { ...request, keychainExec: keychainExecProvider(world.execPath, world.entryPath, world.platform) } : request;

  const credentials: Credentials = {
    state,
    paths,
    stores,
    locate: (query) => locateKeys(query, state),
    storage: async (key, mode, store, profileId, storageOpts) => (await import('./storage.js')).decideStorage(key, mode, store, own(state.store.profiles, profileId), deps.keychain, storageOpts),
    async plan(request) {
      // The write's own path, staged and discarded: what the preview shows is what the write does.
      return maskReplaced(await credentials.save(request, { dryRun: true }));
    },
    async save(request, saveOpts = {}) {
      const { editConfigFile, planSave, profileRecord, upsertDotenv, withFirst } = await writers();
      const req = withExec(request);
      let plan!: SavePlan;
      await editConfigFile(
        paths.configPath,
        async (doc) => {
          const authState = await stores.authState.read();
          plan = planSave(req, doc, await stores.profiles.read(), authState, generation);
          if (saveOpts.dryRun) return;
          plan = await maskReplaced(plan);
          if (plan.keychain.set) await (await keychain()).set(plan.keychain.set, req.key.key!);
          if (plan.storeChanged) {
            // Re-applied on what the store holds under its lock: another writer's profiles stay.
            await stores.profiles.update((data) => {
              if (req.storage !== 'unchanged') data.profiles[req.profileId] = profileRecord(own(data.profiles, req.profileId), req, req.storage);
              if (req.moveFrom) delete data.profiles[req.moveFrom];
            });
          }
          // The update re-reads under the store's lock; the read above only tells whether there is anything to change.
          if (plan.order?.where === 'auth-state' || (req.moveFrom && Object.keys(ordersWithout(authState.order, req.moveFrom)).length)) {
            await stores.authState.update((s) => {
              if (req.moveFrom) dropFromOrders(s, req.moveFrom);
              const ids = s.order?.[req.provider];
              if (Array.isArray(ids) && ids[0] !== req.profileId) s.order![req.provider] = withFirst(ids, req.profileId);
            });
          }
          // Checked now (the keychain must answer), removed once the files no longer refer to it.
          if (plan.keychain.remove) await (await keychain()).delete(plan.keychain.remove);
          if (req.daemonEnv) await upsertDotenv(paths.envFilePath, req.daemonEnv.name, req.daemonEnv.value);
        },
        { dryRun: saveOpts.dryRun, generation },
      );
      return plan;
    },
    profileIds: () => [...new Set([...Object.keys(state.store.profiles), ...Object.keys(authProfileEntries(state.config))])],
    removal(profileId) {
      const stored = own(state.store.profiles, profileId);
      return { profileId, inStore: stored !== undefined, inConfig: own(authProfileEntries(state.config), profileId) !== undefined, keychainBacked: isKeychainRef(stored) };
    },
    async remove(profileId) {
      const facts = credentials.removal(profileId);
      if (!facts.inStore && !facts.inConfig) throw new UsageError(t().noProfile(profileId), t().seeStoredProfiles);
      let keychainBacked = false;
      const { editConfigFile } = await writers();
      await editConfigFile(
        paths.configPath,
        async (doc) => {
          doc.delete(['auth', 'profiles', profileId]);
          for (const [provider, rest] of Object.entries(ordersWithout(authOrder(doc.toJSON()), profileId))) {
            if (rest) doc.set(['auth', 'order', provider], rest);
            else doc.delete(['auth', 'order', provider]);
          }
          await stores.profiles.update((data) => {
            keychainBacked = isKeychainRef(own(data.profiles, profileId));
            delete data.profiles[profileId];
          });
          if (Object.keys(ordersWithout((await stores.authState.read()).order, profileId)).length) await stores.authState.update((s) => dropFromOrders(s, profileId));
          if (keychainBacked) await (await keychain()).delete(profileId);
        },
        { generation },
      );
      return { ...facts, keychainBacked };
    },
    async move(to) {
      const { editConfigFile, transactional } = await writers();
      const profiles = Object.entries((await stores.profiles.read()).profiles);
      const candidates = profiles.filter(([, p]) => (to === 'keychain' ? typeof p.key === 'string' && p.keyRef === undefined : isKeychainRef(p)));
      const wanted = keychainExecProvider(world.execPath, world.entryPath, world.platform);
      if (candidates.length === 0) {
        // Keys already in the keychain, read through a provider written before it carried what the Gateway must pass (passEnv): rewritten.
        const current = (state.config.secrets as { providers?: Record<string, unknown> } | undefined)?.providers?.keychain;
        if (to === 'keychain' && profiles.some(([, p]) => isKeychainRef(p)) && JSON.stringify(current) !== JSON.stringify(wanted)) {
          await editConfigFile(paths.configPath, (doc) => doc.set(['secrets', 'providers', 'keychain'], wanted), { generation });
          return { kind: 'provider-rewritten', outcomes: [] };
        }
        return { kind: 'nothing', outcomes: [] };
      }
      const plain = await deps.keychain();
      const probe = await plain.probe();
      if (!probe.ok) throw new CliError(probe.message, ExitCode.failure, t().nothingMigrated);
      const outcomes: MoveResult['outcomes'] = [];
      await editConfigFile(
        paths.configPath,
        async (doc) => {
          const kc = transactional(plain);
          const moved = new Map<string, StoredProfile>();
          for (const [id, profile] of candidates) {
            try {
              moved.set(id, await moveOne(id, profile, to, kc));
              outcomes.push({ profileId: id, status: 'moved' });
            } catch (error) {
              outcomes.push({ profileId: id, status: 'failed', reason: error instanceof Error ? error.message : String(error) });
            }
          }
          if (moved.size === 0) return;
          await stores.profiles.update((data) => {
            for (const [id, record] of moved) data.profiles[id] = record;
          });
          // Leaving the keychain: no copy stays behind once the store holds the key.
          if (to === 'file') for (const id of moved.keys()) await kc.delete(id);
          else doc.set(['secrets', 'providers', 'keychain'], wanted);
        },
        { generation },
      );
      return { kind: 'moved', outcomes };
    },
    async setOrder(provider, profileIds) {
      if (profileIds.length === 0) throw new UsageError(t().nameOneProfile);
      for (const id of profileIds) {
        const stored = own(state.store.profiles, id);
        if (!stored) throw new UsageError(t().noStoredProfile(id), t().seeStoredProfiles);
        if (profileProvider(stored) !== provider) throw new UsageError(t().profileOfOther(id, stored.provider, provider));
      }
      if (new Set(profileIds).size !== profileIds.length) throw new UsageError(t().profileTwice);
      const { withTransaction } = await writers();
      // The agent's auth state changes under the same lock and journal as every other write of the agent's files.
      await withTransaction(paths.configPath, () =>
        stores.authState.update((s) => {
          s.order = { ...(s.order ?? {}), [provider]: [...profileIds] };
        }),
      );
      state.authState = { ...state.authState, version: state.authState?.version ?? 1, order: { ...(state.authState?.order ?? {}), [provider]: [...profileIds] } };
    },
    async clearOrder(provider) {
      const { withTransaction } = await writers();
      return withTransaction(paths.configPath, () =>
        stores.authState.update((s) => {
          if (s.order) delete s.order[provider];
        }),
      );
    },
    activeProfile: (provider) => resolveCredential(provider, state).credential.profileId,
  };
  return credentials;
}

/** The orders that name a profile, each without it: the rest, or undefined where nothing is left (the order goes). */
function ordersWithout(orders: Readonly<Record<string, unknown>> | undefined, profileId: string): Record<string, string[] | undefined> {
  const changed: Record<string, string[] | undefined> = {};
  for (const [provider, ids] of Object.entries(orders ?? {})) {
    if (!Array.isArray(ids) || !ids.includes(profileId)) continue;
    const rest = (ids as string[]).filter((id) => id !== profileId);
    changed[provider] = rest.length ? rest : undefined;
  }
  return changed;
}

function dropFromOrders(state: AuthState, profileId: string): void {
  for (const [provider, rest] of Object.entries(ordersWithout(state.order, profileId))) {
    if (rest) state.order![provider] = rest;
    else delete state.order![provider];
  }
}

/** One profile's secret to its destination; the record changes only once the secret is safe there. */
async function moveOne(id: string, profile: StoredProfile, to: MoveTarget, keychain: Keychain): Promise<StoredProfile> {
  const { key, keyRef: _ref, ...rest } = profile;
  if (to === 'keychain') {
    await keychain.set(id, key!);
    if ((await keychain.get(id)) !== key) throw new Error(t().keychainDidNotReturn);
    return { ...rest, keyRef: keychainRef(id) };
  }
  const secret = await keychain.get(id);
  if (secret === undefined) throw new Error(t().keychainNoItem);
  return { ...rest, key: secret };
}
