import { applyOnboardPatch, type ConfigChange, type OnboardPatch } from '../config/onboard-patch.js';
import { editConfigFile } from '../config/config-file.js';
import type { StoredProfile } from '../credentials/profile-store.js';
import { putFirstInOverride, type CredentialStores } from '../credentials/stores.js';
import type { Keychain } from '../credentials/keychain.js';
import { isKeychainRef, keychainRef } from '../credentials/keychain-ref.js';
import type { OpenclawPaths } from '../config/paths.js';
import { transactional } from '../credentials/keychain-tx.js';
import { upsertDotenv } from '../config/dotenv.js';
import type { KeyStorage } from './storage.js';
import type { OnboardAnswers } from './types.js';
import { own } from '../config/own.js';

export interface ApplyResult {
  configChanged: ConfigChange[];
  storeChanged: boolean;
  keyStorage: KeyStorage;
}

/** The store record for a profile: ours first, then every field of the old record we do not own. */
export function profileRecord(existing: StoredProfile | undefined, answers: OnboardAnswers, storage: Exclude<KeyStorage, 'unchanged'>): StoredProfile {
  const { type: _t, provider: _p, key: _k, keyRef: _r, ...rest } = existing ?? ({} as StoredProfile);
  const head: StoredProfile = { type: 'api_key', provider: answers.choice.provider };
  if (storage === 'file') head.key = answers.key.key;
  if (storage === 'env-ref') head.keyRef = { source: 'env', provider: 'default', id: answers.refEnvVar! };
  if (storage === 'keychain') head.keyRef = keychainRef(answers.profileId);
  return { ...head, ...rest };
}

export interface ApplyContext {
  paths: OpenclawPaths;
  stores: CredentialStores;
  storage: KeyStorage;
  dryRun: boolean;
  /** Present when the keychain holds, or held, this profile's key. */
  keychain?: Keychain;
  keychainExec?: Record<string, unknown>;
  /** The env var to write to `<state>/.env` too (ref mode with --write-daemon-env). */
  daemonEnv?: { name: string; value: string };
}

/**
 * One transaction: the config patch, the keychain item, the store record, the
 * agent's auth order and the daemon .env land together or not at all. The
 * config is parsed and patched first, so a config that does not parse stops
 * everything before any write.
 */
export async function applyOnboarding(answers: OnboardAnswers, ctx: ApplyContext): Promise<ApplyResult> {
  const patch: OnboardPatch = {
    provider: answers.choice.provider,
    baseUrl: answers.baseUrl,
    profileId: answers.profileId,
    chatModel: answers.chatModel,
    videoModel: answers.videoModel,
    keychainExec: ctx.storage === 'keychain' ? ctx.keychainExec : undefined,
    generation: ctx.stores.target.generation,
  };
  let configChanged: ConfigChange[] = [];
  let storeChanged = false;
  await editConfigFile(
    ctx.paths.configPath,
    async (doc) => {
      configChanged = applyOnboardPatch(doc, patch);
      if (answers.moveFrom) {
        if (doc.delete(['auth', 'profiles', answers.moveFrom])) configChanged.push({ path: `auth.profiles.${answers.moveFrom}`, op: '-' });
        const orders = (doc.get(['auth', 'order']) ?? {}) as Record<string, unknown>;
        for (const [provider, ids] of Object.entries(orders)) {
          if (Array.isArray(ids) && ids.includes(answers.moveFrom)) doc.set(['auth', 'order', provider], ids.filter((id) => id !== answers.moveFrom));
        }
      }
      const storage = ctx.storage;
      const before = own((await ctx.stores.profiles.read()).profiles, answers.profileId);
      const record = storage === 'unchanged' ? undefined : profileRecord(before, answers, storage);
      storeChanged = record !== undefined && JSON.stringify(before) !== JSON.stringify(record);
      if (ctx.dryRun) return;
      if (storage === 'keychain') await transactional(ctx.keychain!).set(answers.profileId, answers.key.key!);
      if ((storeChanged && storage !== 'unchanged') || answers.moveFrom) {
        await ctx.stores.profiles.update((data) => {
          if (storage !== 'unchanged') data.profiles[answers.profileId] = profileRecord(own(data.profiles, answers.profileId), answers, storage);
          if (answers.moveFrom) delete data.profiles[answers.moveFrom];
        });
      }
      // An agent's own order override (auth-state.json) puts the new profile first too.
      await putFirstInOverride(ctx.stores.authState, answers.choice.provider, answers.profileId);
      // Leaving the keychain for the file or an env ref: no stale copy stays behind.
      if (storage !== 'keychain' && storage !== 'unchanged' && isKeychainRef(before) && ctx.keychain) await transactional(ctx.keychain).delete(answers.profileId);
      if (ctx.daemonEnv) await upsertDotenv(ctx.paths.envFilePath, ctx.daemonEnv.name, ctx.daemonEnv.value);
    },
    { dryRun: ctx.dryRun, generation: ctx.stores.target.generation },
  );
  return { configChanged, storeChanged, keyStorage: ctx.storage };
}
