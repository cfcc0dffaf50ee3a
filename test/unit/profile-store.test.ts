import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lineColumnAt, readProfileStore, updateProfileStore, type ProfileStoreData } from '../../src/credentials/profile-store.js';
import { CliError } from '../../src/errors.js';

const SECRET = 'sk-supersecret-0123456789abcdef';

/** A store another OpenClaw tool wrote: other providers, fields this CLI does not know, at every level. */
const FOREIGN = {
  version: 1,
  lastGood: { openai: 'openai:work' },
  usageStats: { 'openai:work': { lastUsed: 1_790_000_000_000, errorCount: 0 } },
  order: ['openai:work', 'anthropic:me'],
  profiles: {
    'openai:work': { type: 'api_key', provider: 'openai', key: 'sk-openai-other', label: 'work', tags: ['a', 'b'] },
    'anthropic:me': { type: 'oauth', provider: 'anthropic', access: 'acc', refresh: 'ref', expires: 1_800_000_000_000, extra: { nested: { deep: true } } },
    'qwen:default': { type: 'api_key', provider: 'qwen', key: 'sk-old-qwen-key', note: 'from the wizard' },
  },
};

let dir: string;
beforeEach(async () => {
  dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-store-')));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const mode = async (p: string) => ((await fs.stat(p)).mode & 0o777).toString(8);
const readJson = async (p: string) => JSON.parse(await fs.readFile(p, 'utf8'));
async function writeStore(data: unknown, fileMode = 0o600): Promise<string> {
  const store = path.join(dir, 'agent', 'auth-profiles.json');
  await fs.mkdir(path.dirname(store), { recursive: true, mode: 0o700 });
  await fs.writeFile(store, typeof data === 'string' ? data : JSON.stringify(data, null, 2), { mode: fileMode });
  return store;
}
const upsertQwen = (store: string, key = SECRET) =>
  updateProfileStore(store, (data) => {
    data.profiles['qwen:default'] = { type: 'api_key', provider: 'qwen', key };
  });

describe('readProfileStore', () => {
  it('a missing or blank file is an empty version 1 store', async () => {
    expect(await readProfileStore(path.join(dir, 'nope', 'auth-profiles.json'))).toEqual({ version: 1, profiles: {} });
    const blank = await writeStore('  \n');
    expect(await readProfileStore(blank)).toEqual({ version: 1, profiles: {} });
  });

  it('returns every field, known or not; a missing version reads as 1 and missing profiles as {}', async () => {
    const store = await writeStore(FOREIGN);
    expect(await readProfileStore(store)).toEqual(FOREIGN);
    await fs.writeFile(store, JSON.stringify({ custom: 'x' }));
    expect(await readProfileStore(store)).toEqual({ custom: 'x', version: 1, profiles: {} });
    await fs.writeFile(store, JSON.stringify({ version: 3, profiles: {} }));
    expect((await readProfileStore(store)).version).toBe(3);
  });

  it('does not write, lock or chmod anything', async () => {
    const store = await writeStore(FOREIGN, 0o644);
    const before = await fs.stat(store);
    await readProfileStore(store);
    const after = await fs.stat(store);
    expect([after.ino, after.mtimeMs, await mode(store)]).toEqual([before.ino, before.mtimeMs, '644']);
    expect(await fs.readdir(path.dirname(store))).toEqual(['auth-profiles.json']);
  });
});

describe('updateProfileStore', () => {
  it('upserting one profile keeps every other profile and every unknown field, byte-equal as JSON', async () => {
    const store = await writeStore(FOREIGN);
    const returned = await upsertQwen(store);
    const expected = { ...FOREIGN, profiles: { ...FOREIGN.profiles, 'qwen:default': { type: 'api_key', provider: 'qwen', key: SECRET } } };
    const written = await readJson(store);
    expect(written).toEqual(expected);
    expect(returned).toEqual(expected);
    // key order of the file is kept: top level, profiles, and fields inside the untouched profiles
    expect(Object.keys(written)).toEqual(Object.keys(FOREIGN));
    expect(Object.keys(written.profiles)).toEqual(['openai:work', 'anthropic:me', 'qwen:default']);
    expect(Object.keys(written.profiles['anthropic:me'])).toEqual(Object.keys(FOREIGN.profiles['anthropic:me']));
    // pretty-printed, newline-terminated
    expect(await fs.readFile(store, 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('adds a profile next to the others, and a later update of another profile keeps it', async () => {
    const store = await writeStore({ version: 1, profiles: { 'openai:work': FOREIGN.profiles['openai:work'] } });
    await updateProfileStore(store, (data) => {
      data.profiles['alibaba:default'] = { type: 'api_key', provider: 'alibaba', keyRef: { source: 'env', provider: 'default', id: 'MODELSTUDIO_API_KEY' } };
    });
    await upsertQwen(store);
    const written = await readJson(store);
    expect(Object.keys(written.profiles)).toEqual(['openai:work', 'alibaba:default', 'qwen:default']);
    expect(written.profiles['alibaba:default'].keyRef).toEqual({ source: 'env', provider: 'default', id: 'MODELSTUDIO_API_KEY' });
    expect(written.profiles['openai:work']).toEqual(FOREIGN.profiles['openai:work']);
  });

  it('removing a profile touches nothing else', async () => {
    const store = await writeStore(FOREIGN);
    await updateProfileStore(store, (data) => {
      delete data.profiles['qwen:default'];
    });
    const { 'qwen:default': _gone, ...others } = FOREIGN.profiles;
    expect(await readJson(store)).toEqual({ ...FOREIGN, profiles: others });
  });

  it('creates the file 0600 and every directory it makes 0700', async () => {
    const store = path.join(dir, 'state', 'agents', 'main', 'agent', 'auth-profiles.json');
    await upsertQwen(store);
    expect(await mode(store)).toBe('600');
    for (const d of ['state', 'state/agents', 'state/agents/main', 'state/agents/main/agent']) expect(await mode(path.join(dir, d)), d).toBe('700');
    expect(await readJson(store)).toEqual({ version: 1, profiles: { 'qwen:default': { type: 'api_key', provider: 'qwen', key: SECRET } } });
  });

  it('an existing 0644 store becomes 0600, is replaced by rename, and leaves no temp file or lock behind', async () => {
    const store = await writeStore(FOREIGN, 0o644);
    const inode = (await fs.stat(store)).ino;
    await upsertQwen(store);
    expect(await mode(store)).toBe('600');
    expect((await fs.stat(store)).ino).not.toBe(inode);
    expect(await fs.readdir(path.dirname(store))).toEqual(['auth-profiles.json']);
  });

  it('concurrent upserts are serialized: none is lost', async () => {
    const store = await writeStore(FOREIGN);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        updateProfileStore(store, (data) => {
          data.profiles[`qwen:p${i}`] = { type: 'api_key', provider: 'qwen', key: `sk-key-${i}` };
        }),
      ),
    );
    const written = (await readJson(store)) as ProfileStoreData;
    for (let i = 0; i < 6; i++) expect(written.profiles[`qwen:p${i}`]?.key).toBe(`sk-key-${i}`);
    expect(written.profiles['anthropic:me']).toEqual(FOREIGN.profiles['anthropic:me']);
    expect(written.lastGood).toEqual(FOREIGN.lastGood);
  });

  it('a result that is not a valid store is refused and the file stays as it was', async () => {
    const store = await writeStore(FOREIGN);
    const before = await fs.readFile(store, 'utf8');
    await expect(
      updateProfileStore(store, (data) => {
        data.profiles['qwen:default'] = { type: 'api_key', provider: '', key: SECRET };
      }),
    ).rejects.toThrow(/profiles\/qwen:default\/provider/);
    expect(await fs.readFile(store, 'utf8')).toBe(before);
    expect(await fs.readdir(path.dirname(store))).toEqual(['auth-profiles.json']);
  });

  it('a profile of a type this CLI does not know is kept as it is and blocks nothing', async () => {
    const store = await writeStore({ version: 1, profiles: { 'other:x': { type: 'oauth2-device', provider: 'other', refresh: 'r', keyRef: { source: 'vault', provider: 'v', id: 'x' } } } });
    await updateProfileStore(store, (data) => {
      data.profiles['qwen:default'] = { type: 'api_key', provider: 'qwen', key: SECRET };
    });
    const after = JSON.parse(await fs.readFile(store, 'utf8'));
    expect(after.profiles['other:x']).toEqual({ type: 'oauth2-device', provider: 'other', refresh: 'r', keyRef: { source: 'vault', provider: 'v', id: 'x' } });
    expect(after.profiles['qwen:default'].key).toBe(SECRET);
  });

  it('a failing mutation writes nothing and releases the lock', async () => {
    const store = await writeStore(FOREIGN);
    const before = await fs.readFile(store, 'utf8');
    await expect(
      updateProfileStore(store, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await fs.readFile(store, 'utf8')).toBe(before);
    await upsertQwen(store);
    expect((await readJson(store)).profiles['qwen:default'].key).toBe(SECRET);
  });
});

describe('a malformed store', () => {
  const HEAD = '{\n  "version": 1,\n  "profiles": {\n    "qwen:default": {\n      "type": "api_key",\n      "provider": "qwen",\n';

  it.each([
    ['a missing comma', 4, 32, '{\n  "version": 1,\n  "profiles": {\n    "q:d": { "type": "api_key" "provider": "qwen" }\n  }\n}\n'],
    ['a trailing comma', 5, 3, '{\n  "version": 1,\n  "profiles": {\n    "q:d": { "type": "api_key", "provider": "qwen" },\n  }\n}\n'],
    ['an unquoted key value', 7, 14, `${HEAD}      "key": ${SECRET}\n    }\n  }\n}\n`],
    ['a bad literal after the key', 8, 12, `${HEAD}      "key": "${SECRET}",\n      "v": undefined\n    }\n  }\n}\n`],
    ['a truncated file', 7, 35, `${HEAD}      "key": "${SECRET.slice(0, 20)}`],
    ['a file cut off after a comma', 2, 16, '{\n  "version": 1,'],
    ['a file cut off after a colon', 3, 14, '{\n  "version": 1,\n  "profiles":'],
    ['a comment (JSON5 is not accepted here)', 2, 3, '{\n  // comment\n  "profiles": {}\n}\n'],
  ])('%s is reported at line %i, column %i, without the key, and left untouched', async (_what, line, column, text) => {
    const store = await writeStore(text);
    const error = await readProfileStore(store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    const message = (error as CliError).message;
    expect(message).toContain(`Cannot parse ${store} at line ${line}, column ${column}: `);
    expect(message).toContain('It was not changed.');
    expect(message).not.toContain('supers');
    expect(message).not.toContain(SECRET.slice(-6));

    let mutated = false;
    const again = await updateProfileStore(store, (data) => {
      mutated = true;
      data.profiles['qwen:default'] = { type: 'api_key', provider: 'qwen', key: 'sk-new-0123456789' };
    }).catch((e: unknown) => e);
    expect((again as Error).message).toBe(message);
    expect(mutated).toBe(false);
    expect(await fs.readFile(store, 'utf8')).toBe(text);
    expect(await fs.readdir(path.dirname(store))).toEqual(['auth-profiles.json']);
  });

  it('the text the JSON parser quotes around an error never carries the key into the message', async () => {
    const text = `{"key": ${SECRET}}`;
    const store = await writeStore(text);
    const error = (await readProfileStore(store).catch((e: unknown) => e)) as CliError;
    expect(error).toBeInstanceOf(CliError);
    expect(error.message).toContain(`Cannot parse ${store}`);
    expect(error.message).not.toContain('supers');
    expect(error.message).not.toContain(SECRET.slice(-6));
  });

  it.each([
    ['[1, 2]', 'the top level is not an object'],
    ['{"profiles": []}', '"profiles" is not an object'],
    ['{"profiles": {"x": {"type": "api_key"}}}', 'profile "x" has no provider'],
    ['{"profiles": {"x": "sk-bare-string"}}', 'profile "x" has no provider'],
  ])('%s is not a store (%s); nothing is written', async (text, reason) => {
    const store = await writeStore(text);
    await expect(readProfileStore(store)).rejects.toThrow(`${store} is not an auth profile store: ${reason}. It was not changed.`);
    await expect(upsertQwen(store)).rejects.toThrow(reason);
    expect(await fs.readFile(store, 'utf8')).toBe(text);
  });
});

describe('lineColumnAt', () => {
  it('counts 1-based lines and columns', () => {
    expect(lineColumnAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
