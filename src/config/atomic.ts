import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';
import { currentTransaction } from './transaction-context.js';
import { t } from '../ui/i18n/index.js';
import { decodeLossless, encodeLossless } from './bytes.js';

const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * A write refused by the file system (read-only, permissions) as one clear line
 * naming the directory, never the temp or lock file it happened on; other errors
 * are undefined (the caller words them).
 */
export function notWritable(error: unknown, file: string): CliError | undefined {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code || !NOT_WRITABLE.has(code)) return undefined;
  return new CliError(t().notWritableHere(path.dirname(file), reason(error)), 1, t().notWritableHint);
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const m = t();
  if (code === 'EACCES' || code === 'EPERM') return m.reasonPermission;
  if (code === 'EISDIR') return m.reasonIsDirectory;
  if (code === 'ENOSPC') return m.reasonNoSpace;
  if (code === 'EDQUOT') return m.reasonQuota;
  if (code === 'EROFS') return m.reasonReadOnly;
  return error instanceof Error ? error.message : String(error);
}

/**
 * mkdir -p where every directory this call creates is 0700. Directories that
 * already exist (a user's $HOME, say) keep their mode.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (let depth = 0; depth < 64; depth++) {
    try {
      await fs.stat(current);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(t().cannotUse(current, reason(error)));
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const created of missing.reverse()) {
    try {
      await fs.mkdir(created, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(error, created) ?? new CliError(t().cannotCreate(created, reason(error)));
    }
    await fs.chmod(created, 0o700).catch(() => undefined);
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  const m = t();
  if (stat.isDirectory()) return m.kindDirectory;
  if (stat.isFIFO()) return m.kindFifo;
  if (stat.isSocket()) return m.kindSocket;
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return m.kindDevice;
  return m.kindOther;
}

/** A path we read or write must be a regular file (through symlinks): a FIFO would hang the read, a directory cannot be replaced. */
export async function checkRegularFile(file: string): Promise<boolean> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    throw new CliError(t().cannotRead(file, reason(error)));
  }
  if (!stat.isFile()) throw new CliError(t().notAFile(file, kindOf(stat)), 1, t().notAFileHint);
  return true;
}

/** A file's text, its bytes that are not UTF-8 kept (see bytes.ts); undefined when it cannot be read. */
export async function readTextLossless(file: string): Promise<string | undefined> {
  return fs.readFile(file).then(decodeLossless, () => undefined);
}

/** The file's text; undefined when missing. Inside a transaction, what the command staged for it. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  const staged = currentTransaction()?.staged.get(path.resolve(file));
  if (staged) return staged.content;
  if (!(await checkRegularFile(file))) return undefined;
  try {
    return decodeLossless(await fs.readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(t().cannotRead(file, reason(error)));
  }
}

/** `.<name>.<pid>.<random>.tmp` beside the target: same directory, so the rename is atomic. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
}

/** Writes and fsyncs a new file; the caller has recorded its name for cleanup before calling. */
export async function writeTemp(temp: string, data: string | Buffer, mode: number): Promise<void> {
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(typeof data === 'string' ? encodeLossless(data) : data);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A symlinked file is written at its target, so the link (a dotfiles checkout, say) stays a link. */
export async function realTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    return path.resolve(target);
  }
}

/**
 * Temp file in the same directory, fsync, rename over the target: readers see
 * the old file or the new one, never half of one. With `backup`, the current
 * target is first copied (atomically too) to `<target>.bak`. Inside a
 * transaction the write is staged and lands with the others at commit.
 */
export async function writeFileAtomic(
  target: string,
  data: string,
  opts: { mode?: number; backup?: boolean; rebase?: { base: string | undefined; redo: (current: string | undefined) => string } } = {},
): Promise<void> {
  const mode = opts.mode ?? 0o600;
  const tx = currentTransaction();
  if (tx) {
    const key = path.resolve(target);
    const earlier = tx.staged.get(key);
    // A second change of the same file in one command builds on the first: made again, both are made again, in order.
    const rebase = opts.rebase && (earlier ? earlier.rebase && { base: earlier.rebase.base, redo: (current: string | undefined) => opts.rebase!.redo(earlier.rebase!.redo(current)) } : opts.rebase);
    tx.staged.set(key, { content: data, mode, backup: Boolean(opts.backup), ...(rebase ? { rebase } : {}) });
    return;
  }
  await ensurePrivateDir(path.dirname(target));
  await checkRegularFile(target);
  const real = await realTarget(target);
  const temps: string[] = [];
  try {
    if (opts.backup) {
      const previous = await fs.readFile(real).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (previous !== undefined) {
        const bakTemp = tempNameFor(`${real}.bak`);
        temps.push(bakTemp);
        await writeTemp(bakTemp, previous, 0o600);
      }
    }
    const temp = tempNameFor(real);
    temps.push(temp);
    await writeTemp(temp, data, mode);
    if (temps.length === 2) await fs.rename(temps[0]!, `${real}.bak`);
    await fs.rename(temp, real);
  } catch (error) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    if (error instanceof CliError) throw error;
    throw new CliError(t().cannotWrite(target, reason(error)));
  }
}
