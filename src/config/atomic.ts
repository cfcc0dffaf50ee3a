import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'the file system is read-only';
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
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`Cannot use ${current}: ${reason(error)}.`);
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
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`Cannot create ${created}: ${reason(error)}.`);
    }
    await fs.chmod(created, 0o700).catch(() => undefined);
  }
}

export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`Cannot read ${file}: ${reason(error)}.`);
  }
}

async function writeTemp(target: string, data: string | Buffer, mode: number): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Temp file in the same directory, fsync, rename over the target: readers see
 * the old file or the new one, never half of one. With `backup`, the current
 * target is first copied (atomically too) to `<target>.bak`.
 */
export async function writeFileAtomic(target: string, data: string, opts: { mode?: number; backup?: boolean } = {}): Promise<void> {
  const mode = opts.mode ?? 0o600;
  await ensurePrivateDir(path.dirname(target));
  const temps: string[] = [];
  try {
    if (opts.backup) {
      const previous = await fs.readFile(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (previous !== undefined) {
        const bakTemp = await writeTemp(`${target}.bak`, previous, 0o600);
        temps.push(bakTemp);
        await fs.rename(bakTemp, `${target}.bak`);
      }
    }
    const temp = await writeTemp(target, data, mode);
    temps.push(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot write ${target}: ${reason(error)}. It was not changed.`);
  }
}
