import { CliError } from '../errors.js';
import { rememberSecret } from './mask.js';
import { readTextIfExists, ensurePrivateDir, writeFileAtomic } from '../config/atomic.js';
import path from 'node:path';
import { t } from '../ui/i18n/index.js';
import { withGatewayStoreLock } from '../config/gateway-lock.js';

export interface SecretRef {
  source: 'env' | 'exec' | 'file';
  provider: string;
  id: string;
}

export interface StoredProfile {
  /** `api_key`, `token` or `oauth` for ours; other types are another tool's and are kept. */
  type: 'api_key' | 'token' | 'oauth' | (string & {});
  provider: string;
  key?: string;
  keyRef?: SecretRef;
  token?: string;
  expires?: number;
  [field: string]: unknown;
}

export interface ProfileStoreData {
  version: number;
  profiles: Record<string, StoredProfile>;
  [field: string]: unknown;
}

export function emptyStore(): ProfileStoreData {
  return { version: 1, profiles: {} };
}

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * V8 quotes the text around an unexpected token (`..."<10 chars>|<10 chars>"...`) instead of giving a
 * position. That text may hold a key, so it never reaches the message; it only serves to find the offset.
 */
function offsetFromContext(text: string, message: string): number | undefined {
  const m = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, before, context, after] = m as unknown as [string, string | undefined, string, string | undefined];
  if (before && after) {
    const at = text.indexOf(context);
    return at === -1 ? undefined : at + 10;
  }
  if (after) return context.length - 10;
  if (before) return text.length - context.length + 10;
  return undefined;
}

function storeParseError(storePath: string, text: string, error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  // A truncated file ("Unexpected end of JSON input") carries no position: it ends where the text ends.
  const offset = position ? Number(position[1]) : /end of JSON input/i.test(message) ? text.length : offsetFromContext(text, message);
  const where = offset !== undefined ? lineColumnAt(text, offset) : undefined;
  const at = where ? t().storeAt(String(where.line), String(where.column)) : '';
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
  return new CliError(t().cannotParseStore(storePath, at, reason), 1, t().fixOrMoveHint);
}

function checkShape(storePath: string, data: unknown): ProfileStoreData {
  const bad = (what: string) =>
    new CliError(t().notAStore(storePath, what), 1, t().fixOrMoveHint);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad(t().storeTopLevel);
  const record = data as Record<string, unknown>;
  const profiles = record.profiles ?? {};
  if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles)) throw bad(t().storeProfilesNotObject);
  for (const [id, profile] of Object.entries(profiles)) {
    if (typeof profile !== 'object' || profile === null || typeof (profile as StoredProfile).provider !== 'string') {
      throw bad(t().storeProfileNoProvider(id));
    }
  }
  return { ...record, version: typeof record.version === 'number' ? record.version : 1, profiles: profiles as Record<string, StoredProfile> };
}

/** Reads the store without locking or writing; a missing file is an empty store. */
export async function readProfileStore(storePath: string): Promise<ProfileStoreData> {
  return parseProfileStore(storePath, await readTextIfExists(storePath));
}

/** A store's JSON text (from a file or a database cell named by `storePath`), checked; none or blank is an empty store. */
export function parseProfileStore(storePath: string, text: string | undefined): ProfileStoreData {
  if (text === undefined || text.trim() === '') return emptyStore();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw storeParseError(storePath, text, error);
  }
  const store = checkShape(storePath, data);
  for (const profile of Object.values(store.profiles)) {
    rememberSecret(typeof profile.key === 'string' ? profile.key : undefined);
    rememberSecret(typeof profile.token === 'string' ? profile.token : undefined);
  }
  return store;
}

/**
 * The store's schema, checked before every write: each profile has a string
 * type and a non-empty provider; a key is a string; a keyRef names a source,
 * provider and id. Types and ref sources this CLI does not know belong to
 * someone else: they pass, and are kept as they are.
 */
export function schemaViolation(data: ProfileStoreData): string | undefined {
  const m = t();
  if (typeof data.version !== 'number') return m.storeMustBe('version', m.storeNumber);
  for (const [id, p] of Object.entries(data.profiles)) {
    const where = `profiles/${id}`;
    if (typeof p !== 'object' || p === null) return m.storeMustBe(where, m.storeObject);
    if (typeof p.type !== 'string' || (p.type as string) === '') return m.storeMustBe(`${where}/type`, m.storeNonEmptyString);
    if (typeof p.provider !== 'string' || p.provider === '') return m.storeMustBe(`${where}/provider`, m.storeNonEmptyString);
    if (p.key !== undefined && typeof p.key !== 'string') return m.storeMustBe(`${where}/key`, m.storeString);
    if (p.keyRef !== undefined) {
      const ref = p.keyRef as unknown as Record<string, unknown>;
      if (typeof ref !== 'object' || ref === null) return m.storeMustBe(`${where}/keyRef`, m.storeObject);
      for (const field of ['source', 'provider', 'id']) if (typeof ref[field] !== 'string') return m.storeMustBe(`${where}/keyRef/${field}`, m.storeString);
    }
  }
  return undefined;
}

/**
 * Read-modify-write of the store inside its lock (inside a command's
 * transaction, that transaction's). `mutate` gets the current data (unknown
 * fields and other profiles included) and changes it in place; the result is
 * checked against the schema and written atomically, 0600.
 */
export async function updateProfileStore(storePath: string, mutate: (data: ProfileStoreData) => void): Promise<ProfileStoreData> {
  await ensurePrivateDir(path.dirname(storePath));
  const change = (text: string | undefined): { data: ProfileStoreData; text: string } => {
    const data = parseProfileStore(storePath, text);
    mutate(data);
    const violation = schemaViolation(data);
    if (violation) throw new CliError(t().refusingToWriteStore(storePath, violation));
    return { data, text: `${JSON.stringify(data, null, 2)}\n` };
  };
  // The Gateway's own lock on this store (the same path our store lock always had), held until the command commits.
  return withGatewayStoreLock(storePath, async () => {
    const base = await readTextIfExists(storePath);
    const { data, text } = change(base);
    await writeFileAtomic(storePath, text, { mode: 0o600, rebase: { base, redo: (current) => change(current).text } });
    return data;
  });
}

