import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { CliError } from '../errors.js';
import { ensurePrivateDir } from './atomic.js';
import { currentTransaction } from './transaction-context.js';
import { notice } from '../notices.js';

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

/** The holder's pid, or undefined when the lock names none (yet). */
async function holderOf(lockDir: string): Promise<number | undefined> {
  const text = await fs.readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A lock whose holder is gone is taken over at once; one without a pid for 2 s belongs to a holder that died before writing it. */
async function takeOverIfDead(lockDir: string): Promise<boolean> {
  const pid = await holderOf(lockDir);
  const stat = await fs.stat(lockDir).catch(() => undefined);
  if (!stat) return true;
  const dead = pid !== undefined ? !alive(pid) : Date.now() - stat.mtimeMs > 2000;
  if (dead) await fs.rm(lockDir, { recursive: true, force: true });
  return dead;
}

/** A reader's cleanup: a lock whose holder died goes, so nothing of a crash is left behind. */
export async function clearDeadLock(target: string): Promise<void> {
  const lockDir = `${target}.lock`;
  if (await fs.stat(lockDir).catch(() => undefined)) await takeOverIfDead(lockDir);
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
 * Cross-process exclusive lock: `mkdir <target>.lock` is atomic on every local
 * file system, and the holder writes its pid into it. A dead holder's lock is
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
  const started = Date.now();
  let announced = false;
  const maxAttempts = Math.ceil(timeoutMs / 20) + 10;
  let acquired = false;
  for (let attempt = 0; attempt < maxAttempts && !acquired; attempt++) {
    try {
      await fs.mkdir(lockDir, { mode: 0o700 });
      acquired = true;
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`Cannot create the lock ${lockDir}: ${(error as Error).message}.`);
    }
    if (await takeOverIfDead(lockDir)) continue;
    const waited = Date.now() - started;
    if (waited >= timeoutMs) break;
    if (!announced && waited >= noticeAfterMs) {
      announced = true;
      notice(`Waiting for another openclaw (pid ${(await holderOf(lockDir)) ?? 'unknown'}) that holds ${lockDir}...`);
    }
    await sleep(10 + Math.floor(Math.random() * 40));
  }
  if (!acquired) {
    const holder = await holderOf(lockDir);
    throw new CliError(`Another openclaw (pid ${holder ?? 'unknown'}) still holds ${lockDir} after ${Math.round(timeoutMs / 1000)} s.`, 1, 'Try again when it has finished.');
  }
  await fs.writeFile(path.join(lockDir, 'pid'), `${process.pid}\n`).catch(() => undefined);
  installSignalRelease();
  held.add(lockDir);
  try {
    return await fn();
  } finally {
    held.delete(lockDir);
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}
