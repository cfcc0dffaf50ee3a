/**
 * Today's Gateway (2026.9) keeps auth profiles in SQLite, not in
 * auth-profiles.json (SPEC §9). The main agent's store is one JSON cell:
 * `config_machine_state['authProfiles.store']` of the state database once the
 * state database owns the shared store (`auth.sharedStore` = state-db), else
 * `auth_profile_store['primary']` of the agent's own database. Its runtime
 * state (the order override, cooldowns) is `auth_profile_state['primary']` of
 * the agent database when there is one, else `authProfiles.state` of the state
 * database. Every write is one SQLite IMMEDIATE transaction with a bounded busy
 * wait, so a running Gateway's writes are never lost (SQLite's own locking is
 * the Gateway's lock here).
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CliError } from '../errors.js';
import { createRequire } from 'node:module';
import { ensurePrivateDir, reason } from '../config/atomic.js';
import { currentTransaction } from '../config/transaction-context.js';
import { t } from '../ui/i18n/index.js';

type Database = BetterSqlite3.Database;

const SHARED_OWNER_KEY = 'auth.sharedStore';
const SHARED_STORE_KEY = 'authProfiles.store';
const SHARED_STATE_KEY = 'authProfiles.state';
const PRIMARY = 'primary';
/** How long a write waits for a Gateway that holds the database (SQLite's busy timeout). */
const BUSY_TIMEOUT_MS = 10_000;

export type Cell = 'store' | 'state';

/** Where one cell lives: the shared state database (a config_machine_state row) or the agent's database. */
export interface CellLocation {
  file: string;
  kind: 'shared' | 'agent';
  cell: Cell;
  /** The shared store is taken over for the state database by this write (no store existed anywhere). */
  claimShared?: boolean;
}

export interface GatewayDatabases {
  stateDb: string;
  agentDb: string;
}

export function gatewayDatabases(stateDb: string, agentDir: string): GatewayDatabases {
  return { stateDb, agentDb: path.join(agentDir, 'openclaw-agent.sqlite') };
}

/**
 * better-sqlite3's JavaScript is part of the binary's bundle (compiled from its
 * code cache); its native addon is opened by path, which skips the `bindings`
 * package's search of a dozen directories.
 */
let nativeBinding: string | null | undefined;
function options(extra: BetterSqlite3.Options): BetterSqlite3.Options {
  if (nativeBinding === undefined) {
    const resolve = (typeof require === 'function' ? require : createRequire(import.meta.url)).resolve;
    const file = path.join(path.dirname(resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    nativeBinding = fs.existsSync(file) ? file : null;
  }
  return nativeBinding ? { ...extra, nativeBinding } : extra;
}

/** Read-only connections, one per database for the life of the command: a read never opens a file twice. */
const readers = new Map<string, Database>();

function failure(file: string, error: unknown): CliError {
  const code = (error as { code?: string })?.code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new CliError(t().gatewayDatabaseBusy(file, String(BUSY_TIMEOUT_MS / 1000)), 1, t().nothingChangedThere);
  return new CliError(t().gatewayDatabaseUnusable(file, code.startsWith('SQLITE') ? `${code}: ${(error as Error).message}` : reason(error)), 1, t().nothingChangedThere);
}

function hasTable(db: Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

async function openReadOnly(file: string): Promise<Database | undefined> {
  const open = readers.get(file);
  if (open?.open) return open;
  if (!fs.existsSync(file)) return undefined;
  try {
    const db = new BetterSqlite3(file, options({ readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }));
    readers.set(file, db);
    return db;
  } catch (error) {
    throw failure(file, error);
  }
}

function readCellRaw(db: Database, where: CellLocation): string | undefined {
  if (where.kind === 'shared') return machineStateRow(db, where.cell === 'store' ? SHARED_STORE_KEY : SHARED_STATE_KEY);
  const table = where.cell === 'store' ? 'auth_profile_store' : 'auth_profile_state';
  if (!hasTable(db, table)) return undefined;
  const sql = where.cell === 'store' ? 'SELECT store_json AS v FROM auth_profile_store WHERE store_key = ?' : 'SELECT state_json AS v FROM auth_profile_state WHERE state_key = ?';
  return (db.prepare(sql).get(PRIMARY) as { v: string } | undefined)?.v;
}

/** The JSON text of one `config_machine_state` row, or undefined when the table or the row is absent. */
function machineStateRow(db: Database, key: string): string | undefined {
  if (!hasTable(db, 'config_machine_state')) return undefined;
  return (db.prepare('SELECT value_json AS v FROM config_machine_state WHERE state_key = ?').get(key) as { v: string } | undefined)?.v;
}

function sharedOwner(db: Database): string | undefined {
  const raw = machineStateRow(db, SHARED_OWNER_KEY);
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw) as { location?: unknown };
    return typeof value?.location === 'string' ? value.location : undefined;
  } catch {
    return undefined;
  }
}

/** Where the Gateway reads (and so we write) one cell of the main agent. */
export async function locateCell(dbs: GatewayDatabases, cell: Cell): Promise<CellLocation> {
  const agent = await openReadOnly(dbs.agentDb);
  try {
    if (cell === 'state') {
      if (agent && hasTable(agent, 'auth_profile_state')) return { file: dbs.agentDb, kind: 'agent', cell };
      return { file: dbs.stateDb, kind: 'shared', cell };
    }
    const state = await openReadOnly(dbs.stateDb);
    const owner = state ? sharedOwner(state) : undefined;
    if (owner === 'state-db') return { file: dbs.stateDb, kind: 'shared', cell };
    if (agent && hasTable(agent, 'auth_profile_store')) return { file: dbs.agentDb, kind: 'agent', cell };
    return { file: dbs.stateDb, kind: 'shared', cell, claimShared: true };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw failure(dbs.stateDb, error);
  }
}

/** The cell's JSON, or undefined when no database, table or row holds it. */
export async function readCell(where: CellLocation): Promise<{ raw?: string }> {
  const db = await openReadOnly(where.file);
  if (!db) return {};
  try {
    return { raw: readCellRaw(db, where) };
  } catch (error) {
    throw failure(where.file, error);
  }
}

function writeCellRaw(db: Database, where: CellLocation, value: string | undefined): void {
  const now = Date.now();
  if (where.kind === 'shared') {
    const key = where.cell === 'store' ? SHARED_STORE_KEY : SHARED_STATE_KEY;
    if (value === undefined) db.prepare('DELETE FROM config_machine_state WHERE state_key = ?').run(key);
    else db.prepare('INSERT INTO config_machine_state (state_key, value_json, updated_at_ms) VALUES (?, ?, ?) ON CONFLICT(state_key) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms').run(key, value, now);
    return;
  }
  const [table, keyCol, valueCol] = where.cell === 'store' ? ['auth_profile_store', 'store_key', 'store_json'] : ['auth_profile_state', 'state_key', 'state_json'];
  if (value === undefined) db.prepare(`DELETE FROM ${table} WHERE ${keyCol} = ?`).run(PRIMARY);
  else db.prepare(`INSERT INTO ${table} (${keyCol}, ${valueCol}, updated_at) VALUES (?, ?, ?) ON CONFLICT(${keyCol}) DO UPDATE SET ${valueCol} = excluded.${valueCol}, updated_at = excluded.updated_at`).run(PRIMARY, value, now);
}

/**
 * Opens the database to write. A state database that does not exist yet is
 * created with the one table we use; the Gateway adds the rest of its schema
 * on its next start and keeps these rows. An agent database is only ever
 * written when the Gateway made it.
 */
async function openForWrite(where: CellLocation): Promise<Database> {
  const creating = !fs.existsSync(where.file);
  if (creating && where.kind === 'agent') throw new CliError(t().gatewayDatabaseUnusable(where.file, 'ENOENT'), 1);
  if (creating) {
    await ensurePrivateDir(path.dirname(where.file));
    // Created 0600 before SQLite opens it: the key is never in a file anyone else can read, not even for an instant.
    fs.writeFileSync(where.file, '', { mode: 0o600, flag: 'wx' });
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(where.file, options({ timeout: BUSY_TIMEOUT_MS }));
    if (creating) db.pragma('journal_mode = WAL');
    if (where.kind === 'shared' && !hasTable(db, 'config_machine_state')) {
      db.exec('CREATE TABLE IF NOT EXISTS config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL) STRICT');
    }
    return db;
  } catch (error) {
    db?.close();
    throw failure(where.file, error);
  }
}

/**
 * Read-modify-write of one cell in one IMMEDIATE transaction: whatever the
 * Gateway committed before is what `mutate` sees, and nothing it commits
 * after is overwritten. Inside a command's transaction the previous value is
 * restored if the command fails before its files land.
 */
export async function updateCell(
  where: CellLocation,
  mutate: (raw: string | undefined) => string | undefined,
  opts: { undoable?: boolean } = {},
): Promise<{ before?: string; after?: string }> {
  const db = await openForWrite(where);
  try {
    const result = db
      .transaction(() => {
        const before = readCellRaw(db, where);
        const after = mutate(before);
        if (after !== before) writeCellRaw(db, where, after);
        if (where.claimShared && where.cell === 'store' && after !== undefined && sharedOwner(db) === undefined) {
          db.prepare('INSERT INTO config_machine_state (state_key, value_json, updated_at_ms) VALUES (?, ?, ?)').run(SHARED_OWNER_KEY, JSON.stringify({ location: 'state-db' }), Date.now());
        }
        return { before, after };
      })
      .immediate();
    const tx = currentTransaction();
    if (tx && opts.undoable !== false && result.after !== result.before) {
      tx.external.push({
        undo: async () => {
          await updateCell({ ...where, claimShared: false }, (now) => (now === result.after ? result.before : now), { undoable: false });
        },
      });
    }
    return result;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw failure(where.file, error);
  } finally {
    db.close();
  }
}

/** One `config_machine_state` value of the state database, parsed; undefined when absent or unreadable. */
export async function readMachineState(stateDb: string, key: string): Promise<unknown> {
  const db = await openReadOnly(stateDb);
  if (!db) return undefined;
  try {
    const raw = machineStateRow(db, key);
    return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}
