/**
 * One command, one transaction (SPEC §3): every file a command writes is
 * staged, and the keychain changes it makes are recorded, until the command
 * has finished; then a journal lists the temp files, the temps are written and
 * fsynced, the journal is renamed to "committing" (the commit point), and the
 * temps are renamed over their targets. A crash before the commit point is
 * rolled back by the next command, one after it is finished; either way the
 * next command says so in one line, and no temp file is left.
 */
import { currentRun } from '../run-context.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.js';
import { notice } from '../notices.js';
import { checkRegularFile, notWritable, readTextLossless, reason, realTarget, tempNameFor, writeTemp } from './atomic.js';
import { clearDeadLock, withFileLock } from './lock.js';
import { currentTransaction, runInTransaction, type TransactionState } from './transaction-context.js';
import { t } from '../ui/i18n/index.js';

interface JournalFile {
  target: string;
  temp: string;
  backup?: string;
  backupTemp?: string;
}

interface Journal {
  version: 1;
  pid: number;
  startedAt: string;
  files: JournalFile[];
  keychain: { account: string; existedBefore: boolean }[];
}

const prepared = (base: string) => `${base}.prepared`;
const committing = (base: string) => `${base}.committing`;

async function writeJournal(base: string, journal: Journal): Promise<void> {
  const temp = `${prepared(base)}.tmp`;
  try {
    await fs.rm(temp, { force: true });
    await writeTemp(temp, `${JSON.stringify(journal, null, 2)}\n`, 0o600);
    await fs.rename(temp, prepared(base));
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

const isJournalFile = (f: unknown): f is JournalFile => {
  const o = f as Partial<JournalFile> | null;
  return typeof o === 'object' && o !== null && typeof o.target === 'string' && typeof o.temp === 'string' && (o.backup === undefined || typeof o.backup === 'string') && (o.backupTemp === undefined || typeof o.backupTemp === 'string');
};

/** A journal of ours, or `damaged` when the file is there but is not one (hand-edited, truncated, another program's). */
async function readJournal(file: string): Promise<Journal | 'damaged' | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'damaged';
  }
  try {
    const j = JSON.parse(text) as Partial<Journal>;
    const keychainOk = Array.isArray(j.keychain) && j.keychain.every((k) => typeof k?.account === 'string' && typeof k?.existedBefore === 'boolean');
    if (j.version === 1 && Array.isArray(j.files) && j.files.every(isJournalFile) && keychainOk) return j as Journal;
  } catch {
    // not JSON
  }
  return 'damaged';
}

/** A damaged journal is kept for a person to look at, out of the way of every later command, and said so. */
async function setAside(file: string): Promise<void> {
  const aside = `${file}.damaged-${Date.now()}`;
  await fs.rename(file, aside).catch(() => fs.rm(file, { recursive: true, force: true }));
  notice(t().journalSetAside(file, aside));
}

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );

/** Finishes or rolls back what an interrupted command left; says so in one line. Runs under the lock. */
export async function recoverInterrupted(base: string, keychainDelete?: (account: string) => Promise<void>): Promise<void> {
  await fs.rm(`${prepared(base)}.tmp`, { force: true });
  let done = await readJournal(committing(base));
  if (done === 'damaged') {
    await setAside(committing(base));
    done = undefined;
  }
  if (done) {
    const finished: string[] = [];
    for (const f of done.files) {
      // A backup that cannot land (its path became a directory) is dropped; the file itself must land.
      if (f.backupTemp && (await exists(f.backupTemp))) await fs.rename(f.backupTemp, f.backup!).catch(() => fs.rm(f.backupTemp!, { force: true }));
      if (await exists(f.temp)) {
        try {
          await fs.rename(f.temp, f.target);
        } catch (error) {
          throw new CliError(t().cannotFinishInterrupted(f.target, reason(error)), 1, t().notAFileHint);
        }
        finished.push(f.target);
      }
    }
    await fs.rm(committing(base), { force: true });
    await fs.rm(prepared(base), { force: true });
    notice(t().recoveredCommitted(String(done.pid), finished.join(', ')));
    return;
  }
  const undone = await readJournal(prepared(base));
  if (undone === 'damaged') {
    await setAside(prepared(base));
    return;
  }
  if (!undone) {
    await fs.rm(prepared(base), { force: true });
    return;
  }
  for (const f of undone.files) {
    await fs.rm(f.temp, { force: true });
    if (f.backupTemp) await fs.rm(f.backupTemp, { force: true });
  }
  const left: string[] = [];
  for (const k of undone.keychain) {
    if (k.existedBefore) left.push(k.account);
    else if (keychainDelete) await keychainDelete(k.account).catch(() => left.push(k.account));
  }
  await fs.rm(prepared(base), { force: true });
  notice(
    `${t().recoveredRolledBack(String(undone.pid))}${left.length ? t().recoveredKeychainLeft(left.join(', ')) : ''}`,
  );
}

/** The run's own keychain (its deps: a test's memory keychain, the OS one in use), else the OS keychain. */
async function runKeychainDelete(account: string): Promise<void> {
  const ofRun = currentRun()?.keychain;
  const keychain = ofRun ? await ofRun() : (await import('../credentials/keychain.js')).systemKeychain();
  await keychain.delete(account);
}

/** For readers: when an interrupted command left a journal, take the lock and finish or roll it back before reading. */
export async function recoverBeforeReading(lockTarget: string): Promise<void> {
  const base = `${path.resolve(lockTarget)}.journal`;
  await clearDeadLock(lockTarget);
  if (!(await needsRecovery(base))) return;
  await withFileLock(lockTarget, () => recoverInterrupted(base, runKeychainDelete));
}

/** True when an interrupted transaction left a journal: a reader takes the lock and recovers before reading. */
export async function needsRecovery(base: string): Promise<boolean> {
  return (await exists(prepared(base))) || (await exists(committing(base))) || (await exists(`${prepared(base)}.tmp`));
}

/**
 * Fault injection for the crash tests: with OPENCLAW_FAULT=<point> the process
 * kills itself (SIGKILL, like a power cut) at that point of the commit.
 */
function faultPoint(point: 'journal' | 'temps' | 'committed' | 'renamed-one'): void {
  if (process.env.OPENCLAW_FAULT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * With OPENCLAW_FAULT=hold the command sits on its lock for up to 10 s (the signal tests interrupt it there);
 * with hold-commit it waits 2 s between its reads and its commit (the tests of another writer write there).
 */
async function holdPoint(point: 'hold' | 'hold-commit' = 'hold'): Promise<void> {
  if (process.env.OPENCLAW_FAULT === point) await new Promise((resolve) => setTimeout(resolve, point === 'hold' ? 10_000 : 2_000));
}

async function commit(state: TransactionState): Promise<void> {
  await holdPoint('hold-commit');
  if (state.staged.size === 0) {
    if (state.keychain.length) await fs.rm(prepared(state.journalBase), { force: true });
    return;
  }
  const files: JournalFile[] = [];
  const contents: StagedContent[] = [];
  for (const [target, staged] of state.staged) {
    const real = await realTarget(target);
    const file: JournalFile = { target: real, temp: tempNameFor(real) };
    // Another writer (a Gateway that does not take the lock) changed the file since we read it: our change is made again on its text.
    let seen: string | undefined;
    if (staged.rebase) {
      seen = await readTextLossless(real);
      if (seen !== staged.rebase.base) staged.content = staged.rebase.redo(seen);
    }
    let previous: string | undefined;
    // Checked before anything is written: a directory where a file or its .bak goes would tear the commit halfway.
    try {
      await checkRegularFile(real);
      if (staged.backup) await checkRegularFile(`${real}.bak`);
    } catch (error) {
      await abandon(state, files, { target: real, error });
    }
    if (staged.backup) previous = await readTextLossless(real);
    if (previous !== undefined) {
      file.backup = `${real}.bak`;
      file.backupTemp = tempNameFor(`${real}.bak`);
    }
    files.push(file);
    contents.push({ file, content: staged.content, mode: staged.mode, ...(staged.rebase ? { rebase: staged.rebase.redo, seen } : {}) });
    if (previous !== undefined) contents.push({ file: { target: file.backup!, temp: file.backupTemp! }, content: previous, mode: 0o600 });
  }
  const journal: Journal = { version: 1, pid: process.pid, startedAt: new Date().toISOString(), files, keychain: state.keychain.map(({ account, existedBefore }) => ({ account, existedBefore })) };
  let failed: { target: string; error: unknown } | undefined;
  try {
    const { ensurePrivateDir } = await import('./atomic.js');
    for (const f of files) await ensurePrivateDir(path.dirname(f.target));
    await writeJournal(state.journalBase, journal);
  } catch (error) {
    failed = { target: prepared(state.journalBase), error };
  }
  if (!failed) faultPoint('journal');
  for (const c of failed ? [] : contents) {
    try {
      await writeTemp(c.file.temp, c.content, c.mode);
    } catch (error) {
      failed = { target: c.file.target, error };
      break;
    }
  }
  if (failed) await abandon(state, files, failed);
  // Checked again with the temps written (the slow part): a change that landed meanwhile is made again, so the
  // window in which another writer's change could be overwritten is the instant between this read and the rename.
  for (let round = 0; round < 5 && !failed; round++) {
    let again = false;
    for (const c of contents) {
      try {
        again = (await catchUp(c)) || again;
      } catch (error) {
        failed = { target: c.file.target, error };
        break;
      }
    }
    if (!again) break;
  }
  if (failed) await abandon(state, files, failed);
  faultPoint('temps');
  // The commit point: from here the next command finishes this write rather than rolling it back.
  await fs.rename(prepared(state.journalBase), committing(state.journalBase));
  faultPoint('committed');
  const rebased = new Map(contents.filter((c) => c.rebase).map((c) => [c.file, c]));
  for (const f of files) {
    if (f.backupTemp) await fs.rename(f.backupTemp, f.backup!);
    const c = rebased.get(f);
    // Last look right before the rename: what another writer put there since is kept (bounded; the temp is ours to rewrite).
    for (let round = 0; c && round < 5 && (await catchUp(c)); round++);
    await fs.rename(f.temp, f.target);
    faultPoint('renamed-one');
  }
  await fs.rm(committing(state.journalBase), { force: true });
}

interface StagedContent {
  file: JournalFile;
  content: string;
  mode: number;
  /** For a file another writer may change: how to make our change again, and the text it was last made on. */
  rebase?: (current: string | undefined) => string;
  seen?: string;
}

/** When a rebased file changed since `seen`, our change is made again on its text and the temp rewritten; says whether it was. */
async function catchUp(c: StagedContent): Promise<boolean> {
  if (!c.rebase) return false;
  const now = await readTextLossless(c.file.target);
  if (now === c.seen) return false;
  c.seen = now;
  c.content = c.rebase(now);
  await fs.rm(c.file.temp, { force: true });
  await writeTemp(c.file.temp, c.content, c.mode);
  return true;
}

/** Before the commit point: every temp goes, the keychain and database changes are undone, and the failure is said. */
async function abandon(state: TransactionState, files: readonly JournalFile[], failed: { target: string; error: unknown }): Promise<never> {
  for (const f of files) {
    await fs.rm(f.temp, { force: true });
    if (f.backupTemp) await fs.rm(f.backupTemp, { force: true });
  }
  await undoKeychain(state);
  await fs.rm(prepared(state.journalBase), { force: true });
  if (failed.error instanceof CliError) throw failed.error;
  throw notWritable(failed.error, failed.target) ?? new CliError(t().cannotWriteNothingChanged(failed.target, reason(failed.error)), 1, t().freeSpaceHint);
}

async function undoKeychain(state: TransactionState): Promise<void> {
  for (const k of [...state.keychain].reverse()) await k.undo().catch(() => undefined);
  state.keychain.length = 0;
  for (const e of [...state.external].reverse()) await e.undo().catch(() => undefined);
  state.external.length = 0;
}

/**
 * Runs `fn` as one transaction under the lock of `lockTarget` (the config
 * file): every writeFileAtomic inside is staged, reads see the staged text,
 * and all of it lands together when `fn` returns. A dry run stages and
 * discards. Nested calls join the outer transaction.
 */
export async function withTransaction<T>(lockTarget: string, fn: () => Promise<T>, opts: { dryRun?: boolean; keychainDelete?: (account: string) => Promise<void> } = {}): Promise<T> {
  if (currentTransaction()) return fn();
  const journalBase = `${path.resolve(lockTarget)}.journal`;
  const run = async () => {
    if (!opts.dryRun) await recoverInterrupted(journalBase, opts.keychainDelete ?? runKeychainDelete);
    if (!opts.dryRun) await holdPoint();
    const state: TransactionState = {
      journalBase,
      staged: new Map(),
      keychain: [],
      external: [],
      afterCommit: [],
      held: new Set(),
      release: [],
      prepare: async () => {
        await writeJournal(journalBase, { version: 1, pid: process.pid, startedAt: new Date().toISOString(), files: [], keychain: state.keychain.map(({ account, existedBefore }) => ({ account, existedBefore })) });
      },
    };
    let result: T;
    try {
      try {
        result = await runInTransaction(state, fn);
      } catch (error) {
        await undoKeychain(state);
        await fs.rm(prepared(journalBase), { force: true });
        throw error;
      }
      if (!opts.dryRun) await commit(state);
    } finally {
      for (const release of state.release.reverse()) await release().catch(() => undefined);
    }
    if (!opts.dryRun) for (const after of state.afterCommit) await after();
    return result;
  };
  return opts.dryRun ? run() : withFileLock(lockTarget, run);
}
