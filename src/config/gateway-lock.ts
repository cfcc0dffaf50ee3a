/**
 * The Gateway's own lock on its credential store (SPEC §3): OpenClaw holds
 * `<agent dir>/auth-profiles.json.lock` across its read-modify-write of
 * `auth-profiles.json` and `auth-state.json` (its own `.lock` file with a
 * `{ pid, createdAt }` payload, or proper-lockfile's directory). We take the same
 * path, as a directory, for as long as our command holds the store: from the
 * read to the commit. Either kind of holder sees it taken; either kind of lock
 * left by a dead process (its pid gone, or 30 s old, the Gateway's own rule) is
 * taken over.
 */
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { CliError } from '../errors.js';
import { notice } from '../notices.js';
import { t } from '../ui/i18n/index.js';
import { alive, releaseOnSignal, removeExactly } from './lock.js';
import { ensurePrivateDir, notWritable } from './atomic.js';
import { currentTransaction } from './transaction-context.js';

/** The Gateway's own staleness rule for its store lock (`stale: 30e3`). */
const STALE_MS = 30_000;
const WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Gateway's rule: a payload whose pid is dead, or a lock older than 30 s (by its payload or its mtime).
 * Returns the stat it judged stale, so that the takeover removes that lock and no later one; null when the
 * lock is gone already (try again at once), undefined when it is held.
 */
async function staleLock(lockPath: string): Promise<fsSync.Stats | null | undefined> {
  const stat = await fs.stat(lockPath).catch(() => undefined);
  if (!stat) return null;
  if (stat.isFile()) {
    try {
      const payload = JSON.parse(await fs.readFile(lockPath, 'utf8')) as { pid?: unknown; createdAt?: unknown };
      if (typeof payload.pid === 'number' && !alive(payload.pid)) return stat;
      if (typeof payload.createdAt === 'string' && Date.now() - Date.parse(payload.createdAt) > STALE_MS) return stat;
    } catch {
      // no payload (yet): the mtime decides
    }
  }
  return Date.now() - stat.mtimeMs > STALE_MS ? stat : undefined;
}

/** Takes the lock (bounded wait) and returns its release. */
async function acquire(storePath: string): Promise<() => Promise<void>> {
  const lockPath = `${storePath}.lock`;
  await ensurePrivateDir(path.dirname(lockPath));
  const started = Date.now();
  let announced = false;
  for (let attempt = 0; attempt < 2000; attempt++) {
    try {
      await fs.mkdir(lockPath, { mode: 0o700 });
      const mine = await fs.stat(lockPath);
      const ours = (stat: fsSync.Stats | undefined) => stat !== undefined && stat.ino === mine.ino && stat.dev === mine.dev;
      const unregister = releaseOnSignal(() => {
        if (ours(fsSync.statSync(lockPath, { throwIfNoEntry: false }))) fsSync.rmSync(lockPath, { recursive: true, force: true });
      });
      return async () => {
        unregister();
        if (ours(await fs.stat(lockPath).catch(() => undefined))) await fs.rm(lockPath, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(error, lockPath) ?? new CliError(t().cannotCreateLock(lockPath, (error as Error).message));
    }
    const stale = await staleLock(lockPath);
    if (stale !== undefined) {
      if (stale) await removeExactly(lockPath, stale);
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= WAIT_MS) break;
    if (!announced && waited >= 1000) {
      announced = true;
      notice(t().waitingForGatewayLock(lockPath));
    }
    await sleep(25 + Math.floor(Math.random() * Math.min(500, 25 * 2 ** Math.min(attempt, 5))));
  }
  throw new CliError(t().gatewayLockHeld(lockPath, String(WAIT_MS / 1000)), 1, t().gatewayLockHeldHint(lockPath));
}

/**
 * Holds the Gateway's store lock for `storePath` while `fn` runs. Inside a
 * transaction the lock is taken once and held until the transaction has
 * committed or rolled back, so the Gateway never writes between our read and
 * our write.
 */
export async function withGatewayStoreLock<T>(storePath: string, fn: () => Promise<T>): Promise<T> {
  const tx = currentTransaction();
  const key = path.resolve(storePath);
  if (tx) {
    if (!tx.held.has(key)) {
      tx.held.add(key);
      tx.release.push(await acquire(key));
    }
    return fn();
  }
  const release = await acquire(key);
  try {
    return await fn();
  } finally {
    await release();
  }
}
