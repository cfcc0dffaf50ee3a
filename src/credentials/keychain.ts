import { CliError } from '../errors.js';
import { rememberSecret } from './mask.js';
import { t } from '../ui/i18n/index.js';
import { importPackage } from '../esm.js';

export const KEYCHAIN_SERVICE = 'openclaw';
const PROBE_ACCOUNT = 'openclaw:probe';

export type KeychainFailure = 'absent' | 'locked' | 'timeout' | 'error';

export type ProbeOutcome = { ok: true } | { ok: false; reason: KeychainFailure; message: string };

/** The OS keychain as the CLI uses it: service `openclaw`, one item per profile id. */
export interface Keychain {
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
  /**
   * Says within the bound whether a keychain answers and accepts a write (a
   * probe item is written and deleted). `readOnly` only reads, for dry runs:
   * it cannot tell a locked keychain from an open one.
   */
  probe(opts?: { readOnly?: boolean }): Promise<ProbeOutcome>;
}

function failureMessage(reason: KeychainFailure): string {
  const m = t();
  return { absent: m.keychainAbsent, locked: m.keychainLocked, timeout: m.keychainTimeout, error: m.keychainError }[reason];
}

export class KeychainError extends CliError {
  constructor(
    readonly reason: KeychainFailure,
    detail?: string,
  ) {
    super(detail ? `${failureMessage(reason)} (${detail})` : failureMessage(reason));
    this.name = 'KeychainError';
  }
}

/** Sorts the library's platform errors into what the user can do about them. */
export function classifyKeychainError(message: string): KeychainFailure {
  if (/Failed to connect to socket|autolaunch|ServiceUnknown|was not provided by any \.service|No such interface|not available|no.*secret service/i.test(message)) {
    return 'absent';
  }
  // D-Bus's own reply timeout; its text also says "blocked", so it is checked before "locked".
  if (/Did not receive a reply|NoReply|\babort|timed? ?out/i.test(message)) return 'timeout';
  // "no result found": the Secret Service has no default collection to store into.
  if (/\blocked\b|prompt was dismissed|\bunlock|no result found/i.test(message)) return 'locked';
  return 'error';
}

/**
 * Races a native call against a timer. The native side may ignore the abort
 * signal; the race still settles, and the timer is unref'd, so a hung keychain
 * can never hang the CLI.
 */
async function bounded<T>(timeoutMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new KeychainError('timeout', t().keychainNoAnswerWithin(String(timeoutMs))));
    }, timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([call(controller.signal), timeout]);
  } catch (error) {
    if (error instanceof KeychainError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const reason = classifyKeychainError(message);
    throw new KeychainError(reason, reason === 'error' ? message : undefined);
  } finally {
    clearTimeout(timer);
  }
}

type EntryCtor = typeof import('@napi-rs/keyring').AsyncEntry;

/** The system keychain via @napi-rs/keyring, pinned to the Secret Service on Linux (never the kernel keyring). */
export function systemKeychain(opts: { timeoutMs?: number } = {}): Keychain {
  const timeoutMs = opts.timeoutMs ?? 3000;
  let entryClass: Promise<EntryCtor> | undefined;
  const entry = async (account: string) => {
    entryClass ??= importPackage('@napi-rs/keyring').then((m) => m.AsyncEntry);
    const Entry = await entryClass;
    return new Entry(KEYCHAIN_SERVICE, account, { linux: { store: 'secret-service' } });
  };
  // Constructing an entry already talks to D-Bus, so it runs inside the bound too.
  const keychain: Keychain = {
    async get(account) {
      const secret = (await bounded(timeoutMs, async (signal) => (await entry(account)).getPassword(signal))) ?? undefined;
      rememberSecret(secret);
      return secret;
    },
    async set(account, secret) {
      await bounded(timeoutMs, async (signal) => (await entry(account)).setPassword(secret, signal));
    },
    async delete(account) {
      return bounded(timeoutMs, async (signal) => (await entry(account)).deleteCredential(signal));
    },
    async probe(opts = {}) {
      // A write, not a read: a locked collection still answers searches, and only refuses (or prompts) on writes.
      try {
        if (opts.readOnly) {
          await keychain.get(PROBE_ACCOUNT);
        } else {
          await keychain.set(PROBE_ACCOUNT, 'probe');
          await keychain.delete(PROBE_ACCOUNT);
        }
        return { ok: true };
      } catch (error) {
        if (error instanceof KeychainError) return { ok: false, reason: error.reason, message: error.message };
        throw error;
      }
    },
  };
  return keychain;
}

/** In-memory double with the same contract, for unit tests. */
export function memoryKeychain(initial: Record<string, string> = {}, failure?: KeychainFailure): Keychain & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  const guard = () => {
    if (failure) throw new KeychainError(failure);
  };
  return {
    items,
    async get(account) {
      guard();
      return items.get(account);
    },
    async set(account, secret) {
      guard();
      items.set(account, secret);
    },
    async delete(account) {
      guard();
      return items.delete(account);
    },
    async probe() {
      return failure ? { ok: false, reason: failure, message: failureMessage(failure) } : { ok: true };
    },
  };
}
