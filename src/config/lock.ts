import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { CliError } from '../errors.js';
import { ensurePrivateDir, notWritable } from './atomic.js';
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

/** Whether a process with this pid exists (one we may not signal counts). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's start time in clock ticks since boot (Linux /proc), to tell a holder from a later process that got its pid. */
function startTicks(pid: number): string | undefined {
  try {
    const stat = fsSync.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

interface Holder {
  pid: number;
  /** Start time of the holder when it took the lock (absent in locks of older versions). */
  start?: string;
}

/** The holder named by a lock: `<pid>\n<start ticks>\n<nonce>` (a directory with a `pid` file, from older versions, too). */
async function holderOf(lockPath: string): Promise<Holder | undefined> {
  const text = (await fs.readFile(lockPath, 'utf8').catch(() => undefined)) ?? (await fs.readFile(path.join(lockPath, 'pid'), 'utf8').catch(() => ''));
  const [pidText, start] = text.split('\n');
  const pid = Number.parseInt(pidText ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, start: start?.trim() || undefined } : undefined;
}

/**
 * Whether the holder still runs: its pid is alive and, where the lock recorded it
 * and /proc tells, it is the same process (started at the same instant), not a
 * later one that reuses the pid.
 */
function holderAlive(holder: Holder): boolean {
  if (!alive(holder.pid)) return false;
  if (holder.start === undefined) return true;
  const now = startTicks(holder.pid);
  return now === undefined || now === holder.start;
}

/**
 * A lock whose holder is gone is taken over at once (one without a readable pid,
 * after 2 s). Taken over exactly: the lock is renamed aside and removed only if
 * it is still the one judged dead (same inode); a live lock that appeared in
 * between is put back. So a takeover never removes a lock a live process holds.
 */
async function takeOverIfDead(lockPath: string): Promise<boolean> {
  const stat = await fs.stat(lockPath).catch(() => undefined);
  if (!stat) return true;
  const holder = await holderOf(lockPath);
  const dead = holder !== undefined ? !holderAlive(holder) : Date.now() - stat.mtimeMs > 2000;
  if (!dead) return false;
  await removeExactly(lockPath, stat);
  return true;
}

/**
 * Removes the lock at `lockPath` only if it is still the one `judged` describes:
 * it is renamed aside (atomically taking whatever is there now) and removed when
 * it is the same inode; a different one, taken by a live process in between, is
 * put back. Shared by our lock and the Gateway's store lock.
 */
export async function removeExactly(lockPath: string, judged: fsSync.Stats): Promise<void> {
  const aside = `${lockPath}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.stale`;
  // Gone already: someone else took it over.
  if (!(await fs.rename(lockPath, aside).then(() => true, () => false))) return;
  const moved = await fs.stat(aside).catch(() => undefined);
  if (moved && (moved.ino !== judged.ino || moved.dev !== judged.dev)) {
    // Not the lock we judged: a file goes back by link (never over a newer lock), a directory by rename.
    await (moved.isDirectory() ? fs.rename(aside, lockPath) : fs.link(aside, lockPath)).catch(() => undefined);
  }
  await fs.rm(aside, { recursive: true, force: true });
}

/** What this process writes into a lock it takes: pid, start time, and a nonce that tells this acquisition from any other. */
function lockContent(): string {
  return `${process.pid}\n${startTicks(process.pid) ?? ''}\n${Math.random().toString(16).slice(2, 14)}\n`;
}

/** Locks being taken or held by this process, each with the content it wrote: a signal removes only what is ours. */
const mine = new Set<{ lockPath: string; content: string }>();
/** Temp files of acquisitions in flight, removed by a signal too. */
const tempsInFlight = new Set<string>();

/**
 * The lock is created whole, pid inside, by hard-linking a finished temp file:
 * a crash can never leave a lock that names nobody. Returns this acquisition's
 * entry when it got the lock.
 */
async function tryAcquire(lockPath: string): Promise<{ lockPath: string; content: string } | undefined> {
  const temp = `${lockPath}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`;
  const entry = { lockPath, content: lockContent() };
  tempsInFlight.add(temp);
  mine.add(entry);
  let linked = false;
  try {
    await fs.writeFile(temp, entry.content, { mode: 0o600 });
    await fs.link(temp, lockPath);
    linked = true;
    return entry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw notWritable(error, lockPath) ?? new CliError(t().cannotCreateLock(lockPath, (error as Error).message));
  } finally {
    if (!linked) mine.delete(entry);
    await fs.rm(temp, { force: true });
    tempsInFlight.delete(temp);
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

/** OPENCLAW_LOCK_TIMEOUT_MS: how long a command waits for another openclaw (1 ms to 10 min); anything else is the default. */
function lockTimeoutFromEnv(): number | undefined {
  const raw = process.env.OPENCLAW_LOCK_TIMEOUT_MS?.trim();
  const ms = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return ms >= 1 && ms <= 600_000 ? ms : undefined;
}

let handlersInstalled = false;

/** The lock at this path if it is the one this process wrote (content compared), removed synchronously. */
function releaseIfMine(lockPath: string, content: string): void {
  try {
    if (fsSync.readFileSync(lockPath, 'utf8') === content) fsSync.rmSync(lockPath, { force: true });
  } catch {
    // not there, or not a file: nothing of ours
  }
}

/** Other locks this process holds (the Gateway's store lock): released synchronously by the same signal handler. */
const signalReleases = new Set<() => void>();

/** Registers a synchronous release for Ctrl-C and SIGTERM; returns the function that unregisters it. */
export function releaseOnSignal(release: () => void): () => void {
  installSignalRelease();
  signalReleases.add(release);
  return () => signalReleases.delete(release);
}

/** Ctrl-C and SIGTERM release every lock this process holds or is taking, and its temp files, on the way out. */
function installSignalRelease(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      for (const { lockPath, content } of mine) releaseIfMine(lockPath, content);
      for (const temp of tempsInFlight) fsSync.rmSync(temp, { force: true });
      for (const release of signalReleases) release();
      mine.clear();
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
  const timeoutMs = opts.timeoutMs ?? lockTimeoutFromEnv() ?? 60_000;
  const noticeAfterMs = opts.noticeAfterMs ?? 1000;
  const lockDir = `${target}.lock`;
  await ensurePrivateDir(path.dirname(target));
  await removeDeadTemps(lockDir);
  // Installed before the lock exists: there is no instant at which a signal could leave it behind.
  installSignalRelease();
  const started = Date.now();
  let announced = false;
  const maxAttempts = Math.ceil(timeoutMs / 20) + 10;
  let acquired: { lockPath: string; content: string } | undefined;
  for (let attempt = 0; attempt < maxAttempts && !acquired; attempt++) {
    acquired = await tryAcquire(lockDir);
    if (acquired) break;
    if (await takeOverIfDead(lockDir)) continue;
    const waited = Date.now() - started;
    if (waited >= timeoutMs) break;
    if (!announced && waited >= noticeAfterMs) {
      announced = true;
      notice(t().waitingForLock(String((await holderOf(lockDir))?.pid ?? t().unknownPid), lockDir));
    }
    await sleep(10 + Math.floor(Math.random() * 40));
  }
  if (!acquired) {
    const holder = await holderOf(lockDir);
    throw new CliError(t().lockHeld(String(holder?.pid ?? t().unknownPid), lockDir, String(Math.round(timeoutMs / 1000))), 1, t().lockHeldHint(lockDir));
  }
  const ours = acquired;
  try {
    return await fn();
  } finally {
    mine.delete(ours);
    // Ours by its content: a lock this process no longer holds is never removed.
    if ((await fs.readFile(lockDir, 'utf8').catch(() => undefined)) === ours.content) await fs.rm(lockDir, { force: true });
  }
}
