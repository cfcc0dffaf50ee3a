import { Json5Document } from './json5-editor.js';
import { readTextIfExists, writeFileAtomic } from './atomic.js';
import { withTransaction } from './transaction.js';

/** Reads and parses openclaw.json without locking; a missing file is an empty document. */
export async function readConfigFile(file: string): Promise<{ text?: string; doc: Json5Document }> {
  const text = await readTextIfExists(file);
  return { text, doc: text === undefined ? Json5Document.empty(file) : Json5Document.parse(text, file) };
}

/**
 * Read-modify-write of openclaw.json as one transaction under its lock: what
 * `edit` writes elsewhere (the store, .env, auth-state.json, keychain items)
 * lands with it or not at all. Nothing is written when the edit changes no
 * byte; otherwise the previous file is kept as `.bak`, 0600.
 */
export async function editConfigFile(
  file: string,
  edit: (doc: Json5Document) => void | Promise<void>,
  opts: { dryRun?: boolean; now?: () => Date } = {},
): Promise<{ before?: string; after: string; changed: boolean }> {
  const run = async () => {
    const { text, doc } = await readConfigFile(file);
    await edit(doc);
    let after = doc.toString();
    const changed = after !== text;
    // The Gateway stamps meta.lastTouchedAt on every write of a config that has a meta object.
    const meta = doc.get(['meta']);
    if (changed && typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
      doc.set(['meta', 'lastTouchedAt'], (opts.now ?? (() => new Date()))().toISOString());
      after = doc.toString();
    }
    if (changed && !opts.dryRun) await writeFileAtomic(file, after, { mode: 0o600, backup: true });
    return { before: text, after, changed };
  };
  return withTransaction(file, run, { dryRun: opts.dryRun });
}
