/**
 * Where a credential lives, behind one interface: the seed era's JSON files
 * (auth-profiles.json, auth-state.json) or today's Gateway database. Every
 * command reads and writes profiles and the agent's auth state through these
 * adapters, so one more store is one more adapter.
 */
import fs from 'node:fs/promises';
import { CliError } from '../errors.js';
import { notice } from '../notices.js';
import { t } from '../ui/i18n/index.js';
import { readTextIfExists } from '../config/atomic.js';
import { currentTransaction } from '../config/transaction-context.js';
import type { OpenclawPaths } from '../config/paths.js';
import { detectGeneration, stateDatabasePath, type GatewayTarget } from '../config/gateway-generation.js';
import { withConfiguredAgentDir } from '../config/paths.js';
import { emptyStore, parseProfileStore, readProfileStore, schemaViolation, updateProfileStore, type ProfileStoreData } from './profile-store.js';
import { authStatePath, parseAuthState, readAuthState, updateAuthState, withFirst, type AuthState } from './auth-state.js';

export interface ProfileStoreAdapter {
  kind: 'json' | 'gateway-database';
  /** What messages name as the store: a file path. */
  location: string;
  read(): Promise<ProfileStoreData>;
  /** Read-modify-write under the store's own lock; `mutate` changes the data in place. */
  update(mutate: (data: ProfileStoreData) => void): Promise<ProfileStoreData>;
}

export interface AuthStateAdapter {
  location: string;
  read(): Promise<AuthState>;
  /** Returns whether anything changed. */
  update(mutate: (state: AuthState) => void): Promise<boolean>;
}

export interface CredentialStores {
  target: GatewayTarget;
  profiles: ProfileStoreAdapter;
  authState: AuthStateAdapter;
}

function jsonStores(paths: OpenclawPaths, target: GatewayTarget): CredentialStores {
  return {
    target,
    profiles: { kind: 'json', location: paths.authStorePath, read: () => readProfileStore(paths.authStorePath), update: (mutate) => updateProfileStore(paths.authStorePath, mutate) },
    authState: { location: authStatePath(paths.agentDir), read: () => readAuthState(paths.agentDir), update: (mutate) => updateAuthState(paths.agentDir, mutate) },
  };
}

/**
 * The seed era's files in a HOME of today's Gateway are retired: their
 * profiles (and order) move into the database on the first write, the file
 * is kept beside as `<name>.migrated` once the write has landed, and one line
 * says so. Until then reads show them under the database's entries.
 */
async function retireAfterCommit(file: string): Promise<void> {
  const move = async () => {
    await fs.rename(file, `${file}.migrated`).catch(() => undefined);
  };
  const tx = currentTransaction();
  if (tx) tx.afterCommit.push(move);
  else await move();
}

function databaseStores(paths: OpenclawPaths, target: GatewayTarget): CredentialStores {
  const load = () => import('./gateway-database.js');
  const stateDb = stateDatabasePath(paths);
  const dbs = async () => (await load()).gatewayDatabases(stateDb, paths.agentDir);
  const profiles: ProfileStoreAdapter = {
    kind: 'gateway-database',
    location: stateDb,
    async read() {
      const db = await load();
      const where = await db.locateCell(await dbs(), 'store');
      const stored = parseProfileStore(where.file, (await db.readCell(where)).raw);
      const legacy = await readProfileStore(paths.authStorePath);
      return { ...stored, profiles: { ...legacy.profiles, ...stored.profiles } };
    },
    async update(mutate) {
      const db = await load();
      const where = await db.locateCell(await dbs(), 'store');
      const legacyText = await readTextIfExists(paths.authStorePath);
      const legacy = parseProfileStore(paths.authStorePath, legacyText);
      const moved = Object.keys(legacy.profiles).length;
      let result: ProfileStoreData = emptyStore();
      await db.updateCell(where, (raw) => {
        const data = parseProfileStore(where.file, raw);
        // A profile already in the database wins over its retired JSON copy.
        data.profiles = { ...legacy.profiles, ...data.profiles };
        mutate(data);
        const violation = schemaViolation(data);
        if (violation) throw new CliError(t().refusingToWriteStore(where.file, violation));
        result = data;
        return JSON.stringify(data);
      });
      if (legacyText !== undefined) {
        await retireAfterCommit(paths.authStorePath);
        if (moved) notice(t().movedJsonStore(String(moved), paths.authStorePath, where.file));
      }
      return result;
    },
  };
  const legacyStatePath = authStatePath(paths.agentDir);
  const authState: AuthStateAdapter = {
    location: stateDb,
    async read() {
      const db = await load();
      const where = await db.locateCell(await dbs(), 'state');
      const raw = (await db.readCell(where)).raw;
      if (raw !== undefined && raw.trim() !== '') return parseAuthState(where.file, raw);
      return readAuthState(paths.agentDir);
    },
    async update(mutate) {
      const db = await load();
      const where = await db.locateCell(await dbs(), 'state');
      const legacyText = await readTextIfExists(legacyStatePath);
      let changed = false;
      await db.updateCell(where, (raw) => {
        const fromDb = raw !== undefined && raw.trim() !== '';
        const state = fromDb ? parseAuthState(where.file, raw) : legacyText?.trim() ? parseAuthState(legacyStatePath, legacyText) : { version: 1 };
        const before = fromDb ? JSON.stringify(state) : undefined;
        mutate(state);
        const after = JSON.stringify(state);
        changed = after !== before && !(before === undefined && after === JSON.stringify({ version: 1 }));
        return changed ? after : raw;
      });
      if (legacyText !== undefined && changed) await retireAfterCommit(legacyStatePath);
      return changed;
    },
  };
  return { target, profiles, authState };
}

export function credentialStores(paths: OpenclawPaths, target: GatewayTarget): CredentialStores {
  return target.generation === 'today' ? databaseStores(paths, target) : jsonStores(paths, target);
}

/** The agent's paths (today's Gateway may name its agent dir in the config) and its stores, for the Gateway that reads them. */
export function storesFor(env: Readonly<Record<string, string | undefined>>, basePaths: OpenclawPaths, config: Record<string, unknown>): { paths: OpenclawPaths; stores: CredentialStores } {
  const paths = withConfiguredAgentDir(basePaths, config, env);
  return { paths, stores: credentialStores(paths, detectGeneration(env, paths, config)) };
}

/** The profile just onboarded or pasted is the one in use: first in the agent's order override for its provider, when there is one. */
export async function putFirstInOverride(authState: AuthStateAdapter, provider: string, profileId: string): Promise<void> {
  const override = (await authState.read()).order?.[provider];
  if (!Array.isArray(override) || override[0] === profileId) return;
  await authState.update((state) => {
    state.order![provider] = withFirst(state.order![provider] ?? [], profileId);
  });
}
