import { AsyncLocalStorage } from 'node:async_hooks';

/** The writes and keychain changes of one command, staged until it commits. */
export interface StagedFile {
  content: string;
  mode: number;
  backup: boolean;
  /**
   * For a file another program may write too (the Gateway's store): the text our
   * change was made on, and how to make it again on other text. At commit, a file
   * that changed since is re-read and the change re-applied, so nothing the other
   * writer wrote is lost.
   */
  rebase?: { base: string | undefined; redo: (current: string | undefined) => string };
}

export interface KeychainUndo {
  account: string;
  /** Whether the item existed before this command touched it (only such a new item can be removed on recovery). */
  existedBefore: boolean;
  undo: () => Promise<void>;
}

export interface TransactionState {
  journalBase: string;
  staged: Map<string, StagedFile>;
  keychain: KeychainUndo[];
  /** Changes made in place outside the staged files (a Gateway database cell), undone if the command fails before its files land. */
  external: { undo: () => Promise<void> }[];
  /** Writes the prepared journal (called before the first keychain change). */
  prepare: () => Promise<void>;
  /** Runs once the files have landed (keychain deletes: an item goes only when nothing refers to it any more). */
  afterCommit: (() => Promise<void>)[];
  /** Locks held until the transaction ends (the Gateway's store lock), by path, and their releases. */
  held: Set<string>;
  release: (() => Promise<void>)[];
}

const storage = new AsyncLocalStorage<TransactionState>();

export function currentTransaction(): TransactionState | undefined {
  return storage.getStore();
}

export function runInTransaction<T>(state: TransactionState, fn: () => Promise<T>): Promise<T> {
  return storage.run(state, fn);
}
