/** What `openclaw completion` does: print, cache or install the script. Loaded only when that command runs. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError, ExitCode, UsageError } from '../errors.js';
import { resolvePaths } from '../config/paths.js';
import { ensurePrivateDir, readTextIfExists, writeFileAtomic } from '../config/atomic.js';
import { completionScript, SCRIPT_FILE } from './scripts.js';
import { profileFile, sourceLine, withBlock } from './install.js';
import { SHELLS, type Shell } from './shells.js';
import type { CompletionNode } from './spec.js';
import { createOutput } from '../ui/output.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { t } from '../ui/i18n/index.js';

export interface CompletionOptions {
  shell?: Shell;
  writeState?: boolean;
  install?: boolean;
  yes?: boolean;
}

/** `--shell`, else the basename of $SHELL (`pwsh` counts as powershell). */
export function shellFor(opts: CompletionOptions, world: Pick<World, 'env'>): Shell {
  if (opts.shell) return opts.shell;
  const name = path.basename(world.env.SHELL ?? '').replace(/\.exe$/, '');
  const shell = name === 'pwsh' ? 'powershell' : name;
  if ((SHELLS as readonly string[]).includes(shell)) return shell as Shell;
  throw new UsageError(
    world.env.SHELL ? t().noCompletionForShell(name) : t().noShell,
    t().passShell(SHELLS.join('|')),
  );
}

/** The script text for a shell, from the same command specs the CLI parses with. */
export function scriptFor(shell: Shell, tree: CompletionNode): string {
  return completionScript(shell, tree);
}

async function writeState(world: World, tree: CompletionNode): Promise<string[]> {
  const dir = resolvePaths(world).completionsDir;
  await ensurePrivateDir(dir);
  const written: string[] = [];
  for (const shell of SHELLS) {
    const file = path.join(dir, SCRIPT_FILE[shell]);
    await writeFileAtomic(file, scriptFor(shell, tree), { mode: 0o644 });
    written.push(file);
  }
  return written;
}

async function install(shell: Shell, opts: CompletionOptions, world: World, deps: Deps): Promise<{ profile: string; changed: boolean; declined?: boolean }> {
  const cached = path.join(resolvePaths(world).completionsDir, SCRIPT_FILE[shell]);
  if ((await readTextIfExists(cached)) === undefined) {
    throw new CliError(t().noCachedScript(shell, cached), ExitCode.failure, t().noCachedScriptHint);
  }
  const profile = await profileFile(shell, world);
  const before = (await readTextIfExists(profile)) ?? '';
  const after = withBlock(before, sourceLine(shell, cached));
  if (after === before) return { profile, changed: false };
  if (!opts.yes) {
    const ok = await (await deps.dialogs(world)).confirm({ message: t().confirmCompletionBlock(profile), default: true, flag: '--yes' });
    // Declining is an answer, not an error: nothing written, exit 0.
    if (!ok) return { profile, changed: false, declined: true };
  }
  const mode = await fs.stat(profile).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  await writeFileAtomic(profile, after, { mode });
  return { profile, changed: true };
}

export async function runCompletion(opts: CompletionOptions, world: World, deps: Deps, tree: CompletionNode): Promise<number> {
  const output = createOutput(world);
  if (!opts.writeState && !opts.install) {
    world.stdout.write(scriptFor(shellFor(opts, world), tree));
    return ExitCode.ok;
  }
  // Resolve the shell before writing anything, so a bad $SHELL leaves no half-done work.
  const shell = opts.install ? shellFor(opts, world) : undefined;
  if (opts.writeState) for (const file of await writeState(world, tree)) output.out(t().wroteFile(file));
  if (shell) {
    const { profile, changed, declined } = await install(shell, opts, world, deps);
    if (declined) output.out(t().nothingWritten);
    else if (changed) output.out(t().completionAdded(profile, shell === 'powershell' ? `. ${profile}` : `source ${profile}`));
    else output.out(t().completionPresent(profile));
  }
  return ExitCode.ok;
}

