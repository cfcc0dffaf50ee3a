import path from 'node:path';
import type { ConfigJson } from './agent-config.js';
import { Json5Document } from './json5-editor.js';
import { readTextIfExists, writeFileAtomic } from './atomic.js';
import { withTransaction } from './transaction.js';
import { moveOlderShapes, stampTouched } from './generation-shapes.js';
import type { Generation } from './gateway-generation.js';
import { notice } from '../notices.js';
import { t } from '../ui/i18n/index.js';

/** Reads and parses openclaw.json without locking; a missing file is an empty document. */
export async function readConfigFile(file: string): Promise<{ text?: string; doc: Json5Document }> {
  const text = await readTextIfExists(file);
  const early = primed;
  primed = undefined;
  // The read under the lock: when the text is still what the command read before taking it, that parse serves.
  if (text !== undefined && early?.file === path.resolve(file) && early.text === text) return { text, doc: early.doc.fork() };
  return { text, doc: text === undefined ? Json5Document.empty(file) : Json5Document.parse(text, file) };
}

let primed: { file: string; text: string; doc: Json5Document } | undefined;

/**
 * The config as a value, read before a command takes the lock to edit it (to
 * check its input, or to work out its answers). The parse is kept: if the
 * text under the lock is the same, the edit starts from it instead of parsing
 * a large file twice. The value returned is the caller's; the edit gets a copy.
 */
export async function readConfigForEdit(file: string): Promise<ConfigJson> {
  const text = await readTextIfExists(file);
  if (text === undefined) return {};
  const doc = Json5Document.parse(text, file);
  primed = { file: path.resolve(file), text, doc };
  return doc.toJSON() as ConfigJson;
}

/**
 * Read-modify-write of openclaw.json as one transaction under its lock: what
 * `edit` writes elsewhere (the store, .env, auth-state.json, keychain items)
 * lands with it or not at all. Nothing is written when the edit changes no
 * byte; otherwise the previous file is kept as `.bak`, 0600. The config is
 * written in the shapes of the Gateway generation given (seed era when none):
 * for today's, older shapes move first and one line says so.
 */
export async function editConfigFile(
  file: string,
  edit: (doc: Json5Document) => void | Promise<void>,
  opts: { dryRun?: boolean; now?: () => Date; generation?: Generation } = {},
): Promise<{ before?: string; after: string; changed: boolean; moved: string[] }> {
  const generation = opts.generation ?? 'seed';
  const run = async () => {
    const { text, doc } = await readConfigFile(file);
    const moved = generation === 'today' ? moveOlderShapes(doc) : [];
    await edit(doc);
    let after = doc.toString();
    const changed = after !== text;
    if (changed) {
      stampTouched(doc, generation, (opts.now ?? (() => new Date()))());
      after = doc.toString();
    }
    if (changed && !opts.dryRun) await writeFileAtomic(file, after, { mode: 0o600, backup: true });
    if (moved.length && changed && !opts.dryRun) notice(t().movedOlderShapes(moved.join(', ')));
    return { before: text, after, changed, moved };
  };
  return withTransaction(file, run, { dryRun: opts.dryRun });
}
