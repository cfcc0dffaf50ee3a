/**
 * What differs from one run of the CLI to the next, held per run instead of
 * in module state: who reads the output (people, machines, or the Gateway
 * reading a secret answer), the active language, the secrets seen (the
 * scrubber), and the keychain of the run's deps (crash recovery uses it).
 * In-process runs side by side (the tests) each see their own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Keychain } from './credentials/keychain.js';

/** `people`: localized, coloured where a stream is a terminal; `machine`: --json/--plain, English, stable; `secret`: the answer carries secrets (stdout is not scrubbed). */
export type OutputKind = 'people' | 'machine' | 'secret';

export interface RunContext {
  output: OutputKind;
  /** The active language and its messages (ui/i18n keeps its shape). */
  i18n?: unknown;
  /** Every secret this run has seen (credentials/mask keeps its shape). */
  secrets?: unknown;
  keychain?: () => Promise<Keychain>;
  /** Where one-line notices from the file layer go: the run's stderr. */
  notice?: (line: string) => void;
}

const runs = new AsyncLocalStorage<RunContext>();

export function currentRun(): RunContext | undefined {
  return runs.getStore();
}

export function withRun<T>(context: RunContext, fn: () => Promise<T>): Promise<T> {
  return runs.run(context, fn);
}
