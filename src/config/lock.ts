import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { CliError } from '../errors.js';
import { ensurePrivateDir } from './atomic.js';
import { currentTransaction } from './transaction-context.js';
import { notice } from '../notices.js';
import { t } from '../ui/i18n/index.js';

export interface LockOptions {
  /** Give up after this long waiting for a live holder. */
  timeoutMs?: number;
  /** Say who holds the lock after this long (once). */
  noticeAfterMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder's pid: the lock file's content (a directory with a `pid` file, from older versions, too). */
async function holderOf(lockPath: string): Promise<number | undefined> {
  const text = (await fs.readFile(lockPath, 'utf8').catch(() => undefined)) ?? (await fs.readFile(path.join(lockPath, 'pid'), 'utf8').catch(() => ''));
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A lock whose holder is gone is taken over at once (one without a readable pid, after 2 s). */
async function takeOverIfDead(lockPath: string): Promise<boolean> {
  const pid = await holderOf(lockPath);
  const stat = await fs.stat(lockPath).catch(() => undefined);
  if (!stat) return true;
  const dead = pid !== undefined ? !alive(pid) : Date.now() - stat.mtimeMs > 2000;
  if (dead) await fs.rm(lockPath, { recursive: true, force: true });
  return dead;
}

/** The lock is created whole, pid inside, by hard-linking a finished temp file: a crash can never leave a lock that names nobody. */
async function tryAcquire(lockPath: string): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`;
  await fs.writeFile(temp, `${process.pid}\n`, { mode: 0o600 });
  try {
    await fs.link(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new CliError(t().cannotCreateLock(lockPath, (error as Error).message));
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Lock temps of acquirers that died between writing and linking them. */
async function removeDeadTemps(lockPath: string): Promise<void> {
  const dir = path.dirname(lockPath);
  const prefix = `${path.basename(lockPath)}.`;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && !alive(pid)) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** A reader's cleanup: a lock whose holder died goes, so nothing of a crash is left behind. */
export async function clearDeadLock(target: string): Promise<void> {
  const lockPath = `${target}.lock`;
  await removeDeadTemps(lockPath);
  if (await fs.stat(lockPath).catch(() => undefined)) await takeOverIfDead(lockPath);
}

const held = new Set<string>();
let handlersInstalled = false;

/** Ctrl-C and SIGTERM release every lock this process holds on the way out. */
function installSignalRelease(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      for (const dir of held) fsSync.rmSync(dir, { recursive: true, force: true });
      held.clear();
      process.exit(code);
    });
  }
}

/**
 * Cross-process exclusive lock: `<target>.lock`, a file holding the holder's
 * pid, created atomically by link(2). A dead holder's lock is
 * taken over at once; a live holder is waited for (bounded), with one line
 * after a second that names it. Inside a transaction the transaction's lock
 * already serializes every write, so nested locks are free.
 */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  if (currentTransaction()) return fn();
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const noticeAfterMs = opts.noticeAfterMs ?? 1000;
  const lockDir = `${target}.lock`;
  await ensurePrivateDir(path.dirname(target));
  await removeDeadTemps(lockDir);
  // Installed before the lock exists: there is no instant at which a signal could leave it behind.
  installSignalRelease();
  const started = Date.now();
  let announced = false;
  const maxAttempts = Math.ceil(timeoutMs / 20) + 10;
  let acquired = false;
  for (let attempt = 0; attempt < maxAttempts && !acquired; attempt++) {
    if (await tryAcquire(lockDir)) {
      acquired = true;
      break;
    }
    if (await takeOverIfDead(lockDir)) continue;
    const waited = Date.now() - started;
    if (waited >= timeoutMs) break;
    if (!announced && waited >= noticeAfterMs) {
      announced = true;
      notice(t().waitingForLock(String((await holderOf(lockDir)) ?? t().unknownPid), lockDir));
    }
    await sleep(10 + Math.floor(Math.random() * 40));
  }
  if (!acquired) {
    const holder = await holderOf(lockDir);
    throw new CliError(t().lockHeld(String(holder ?? t().unknownPid), lockDir, String(Math.round(timeoutMs / 1000))), 1, t().lockHeldHint);
  }
  held.add(lockDir);
  try {
    return await fn();
  } finally {
    held.delete(lockDir);
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}
