import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';
import { ensurePrivateDir } from './atomic.js';

export interface LockOptions {
  /** Give up after this long waiting for another holder. */
  timeoutMs?: number;
  /** A lock untouched this long belongs to a crashed process and is taken over. */
  staleMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function removeIfStale(lockDir: string, staleMs: number): Promise<void> {
  const stat = await fs.stat(lockDir).catch(() => undefined);
  if (stat && Date.now() - stat.mtimeMs > staleMs) await fs.rm(lockDir, { recursive: true, force: true });
}

/**
 * Cross-process exclusive lock: `mkdir <target>.lock` is atomic on every local
 * file system. The holder refreshes the lock's mtime so that only a crashed
 * holder's lock goes stale. Waiting is bounded in time and in attempts.
 */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const staleMs = opts.staleMs ?? 30_000;
  const lockDir = `${target}.lock`;
  await ensurePrivateDir(path.dirname(target));
  const deadline = Date.now() + timeoutMs;
  const maxAttempts = Math.ceil(timeoutMs / 10) + 1;
  let acquired = false;
  for (let attempt = 0; attempt < maxAttempts && !acquired; attempt++) {
    try {
      await fs.mkdir(lockDir, { mode: 0o700 });
      acquired = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CliError(`Cannot create the lock ${lockDir}: ${(error as Error).message}.`);
      }
      if (Date.now() >= deadline) break;
      await removeIfStale(lockDir, staleMs);
      await sleep(5 + Math.floor(Math.random() * 20));
    }
  }
  if (!acquired) {
    const holder = await fs.readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => 'unknown');
    throw new CliError(
      `Another openclaw process (pid ${holder.trim()}) is holding ${lockDir}.`,
      1,
      'Try again, or remove that directory if no openclaw is running.',
    );
  }
  await fs.writeFile(path.join(lockDir, 'pid'), `${process.pid}\n`).catch(() => undefined);
  const refresh = setInterval(() => {
    const now = new Date();
    fs.utimes(lockDir, now, now).catch(() => undefined);
  }, Math.max(1000, Math.floor(staleMs / 3)));
  refresh.unref();
  try {
    return await fn();
  } finally {
    clearInterval(refresh);
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}
