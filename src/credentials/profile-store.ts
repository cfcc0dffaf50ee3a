import { CliError } from '../errors.js';
import { readTextIfExists, ensurePrivateDir } from '../config/atomic.js';
import { withFileLock } from '../config/lock.js';
import path from 'node:path';

export interface SecretRef {
  source: 'env' | 'exec' | 'file';
  provider: string;
  id: string;
}

export interface StoredProfile {
  type: 'api_key' | 'token' | 'oauth';
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
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
  return new CliError(`Cannot parse ${storePath}${at}: ${reason}. It was not changed.`, 1, 'Fix the file or move it away, then run the command again.');
}

function checkShape(storePath: string, data: unknown): ProfileStoreData {
  const bad = (what: string) =>
    new CliError(`${storePath} is not an auth profile store: ${what}. It was not changed.`, 1, 'Fix the file or move it away, then run the command again.');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('the top level is not an object');
  const record = data as Record<string, unknown>;
  const profiles = record.profiles ?? {};
  if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles)) throw bad('"profiles" is not an object');
  for (const [id, profile] of Object.entries(profiles)) {
    if (typeof profile !== 'object' || profile === null || typeof (profile as StoredProfile).provider !== 'string') {
      throw bad(`profile "${id}" has no provider`);
    }
  }
  return { ...record, version: typeof record.version === 'number' ? record.version : 1, profiles: profiles as Record<string, StoredProfile> };
}

/** Reads the store without locking or writing; a missing file is an empty store. */
export async function readProfileStore(storePath: string): Promise<ProfileStoreData> {
  const text = await readTextIfExists(storePath);
  if (text === undefined || text.trim() === '') return emptyStore();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw storeParseError(storePath, text, error);
  }
  return checkShape(storePath, data);
}

const PROFILE_STORE_SCHEMA = {
  version: { type: 'number' },
  profiles: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['type', 'provider'],
      properties: {
        // Types and ref sources this CLI does not know belong to someone else: kept as they are, never a reason to refuse a write.
        type: { type: 'string', minLength: 1 },
        provider: { type: 'string', minLength: 1 },
        key: { type: 'string' },
        keyRef: {
          type: 'object',
          required: ['source', 'provider', 'id'],
          properties: { source: { type: 'string' }, provider: { type: 'string' }, id: { type: 'string' } },
        },
      },
    },
  },
} as const;

/**
 * Read-modify-write of the store inside its lock. `mutate` gets the current
 * data (unknown fields and other profiles included) and changes it in place;
 * conf validates the result against the schema and writes it atomically, 0600.
 */
export async function updateProfileStore(
  storePath: string,
  mutate: (data: ProfileStoreData) => void | Promise<void>,
): Promise<ProfileStoreData> {
  await ensurePrivateDir(path.dirname(storePath));
  return withFileLock(storePath, async () => {
    const data = await readProfileStore(storePath);
    await mutate(data);
    const { default: Conf } = await import('conf');
    const ext = path.extname(storePath);
    const conf = new Conf<ProfileStoreData>({
      cwd: path.dirname(storePath),
      configName: path.basename(storePath, ext),
      fileExtension: ext.replace(/^\./, ''),
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      schema: PROFILE_STORE_SCHEMA as never,
      serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
    });
    conf.store = data;
    return data;
  });
}

export function defaultProfileId(provider: string, name = 'default'): string {
  return `${provider}:${name}`;
}

/** Profiles of a provider, `<provider>:default` first. */
export function profilesForProvider(data: ProfileStoreData, provider: string): [string, StoredProfile][] {
  return Object.entries(data.profiles)
    .filter(([, p]) => p.provider === provider)
    .sort(([a], [b]) => Number(b === defaultProfileId(provider)) - Number(a === defaultProfileId(provider)));
}
