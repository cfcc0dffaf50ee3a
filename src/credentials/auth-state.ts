import path from 'node:path';
import { CliError } from '../errors.js';
import { readTextIfExists, writeFileAtomic } from '../config/atomic.js';
import { withFileLock } from '../config/lock.js';
import { withGatewayStoreLock } from '../config/gateway-lock.js';
import { t } from '../ui/i18n/index.js';

export interface UsageStats {
  cooldownUntil?: number;
  disabledUntil?: number;
  disabledReason?: string;
  [field: string]: unknown;
}

/** The Gateway's per-agent auth state (`<agent dir>/auth-state.json`); times are epoch ms. */
export interface AuthState {
  version: number;
  order?: Record<string, string[]>;
  lastGood?: unknown;
  usageStats?: Record<string, UsageStats>;
  [field: string]: unknown;
}

export function authStatePath(agentDir: string): string {
  return path.join(agentDir, 'auth-state.json');
}

export function parseAuthState(file: string, text: string): AuthState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(t().cannotParseJson(file), 1, t().fixOrMoveHint);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CliError(t().notAuthState(file), 1);
  const state = data as AuthState;
  return { ...state, version: typeof state.version === 'number' ? state.version : 1 };
}

/** Reads the auth state without locking; a missing or empty file is an empty state. */
export async function readAuthState(agentDir: string): Promise<AuthState> {
  const file = authStatePath(agentDir);
  const text = await readTextIfExists(file);
  return text === undefined || text.trim() === '' ? { version: 1 } : parseAuthState(file, text);
}

/** Read-modify-write inside the file's lock; unknown fields are kept. Returns whether anything changed. */
export async function updateAuthState(agentDir: string, mutate: (state: AuthState) => void): Promise<boolean> {
  const file = authStatePath(agentDir);
  const change = (text: string | undefined): { changed: boolean; text: string } => {
    const state = text === undefined || text.trim() === '' ? { version: 1 } : parseAuthState(file, text);
    const before = JSON.stringify(state);
    mutate(state);
    return { changed: JSON.stringify(state) !== before, text: `${JSON.stringify(state, null, 2)}\n` };
  };
  // The Gateway writes this file under its store's lock: we hold the same one.
  return withGatewayStoreLock(path.join(agentDir, 'auth-profiles.json'), () =>
    withFileLock(file, async () => {
      const base = await readTextIfExists(file);
      const { changed, text } = change(base);
      if (!changed) return false;
      // Made again on what another writer left (its cooldowns and order stay); an unchanged result keeps its text.
      const redo = (current: string | undefined) => {
        const again = change(current);
        return again.changed || current === undefined ? again.text : current;
      };
      await writeFileAtomic(file, text, { mode: 0o600, rebase: { base, redo } });
      return true;
    }),
  );
}

/** `ids` with `first` moved to the front. */
export function withFirst(ids: readonly string[], first: string): string[] {
  return [first, ...ids.filter((id) => id !== first)];
}
