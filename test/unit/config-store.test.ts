import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigParseError, Json5Document } from '../../src/config/json5-editor.js';
import { editConfigFile, readConfigForEdit } from '../../src/config/config-file.js';
import { readConfigJson } from '../../src/config/config-value.js';
import { readProfileStore, updateProfileStore } from '../../src/credentials/profile-store.js';

const USER_FILE = `// my agent
{
  // gateway settings, hand-tuned
  gateway: { port: 18789, bind: 'loopback' },
  agents: {
    defaults: {
      model: { primary: 'openai/gpt-5', fallbacks: ['anthropic/claude'] }, // keep these
    },
  },
}
`;

describe('Json5Document', () => {
  it('sets a value inside existing objects and keeps every untouched byte', () => {
    const doc = Json5Document.parse(USER_FILE, 'openclaw.json');
    doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus');
    const out = doc.toString();
    expect(out).toBe(USER_FILE.replace("primary: 'openai/gpt-5'", "primary: 'qwen/qwen3.5-plus'"));
  });

  it('creates missing parent objects in the file style, and the result parses back', () => {
    const doc = Json5Document.parse(USER_FILE, 'openclaw.json');
    doc.set(['models', 'providers', 'qwen', 'baseUrl'], 'https://coding-intl.dashscope.aliyuncs.com/v1');
    doc.set(['plugins', 'entries', 'qwen', 'enabled'], true);
    const out = doc.toString();
    expect(out.startsWith("// my agent\n{\n  // gateway settings, hand-tuned\n  gateway: { port: 18789, bind: 'loopback' },")).toBe(true);
    expect(out).toContain('// keep these');
    const back = Json5Document.parse(out, 'openclaw.json');
    expect(back.get(['models', 'providers', 'qwen', 'baseUrl'])).toBe('https://coding-intl.dashscope.aliyuncs.com/v1');
    expect(back.get(['plugins', 'entries', 'qwen', 'enabled'])).toBe(true);
    expect(back.get(['gateway', 'port'])).toBe(18789);
    expect(out).toContain("baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1'");
  });

  it('setIfAbsent leaves an existing value alone', () => {
    const doc = Json5Document.parse(USER_FILE, 'openclaw.json');
    expect(doc.setIfAbsent(['gateway', 'port'], 1)).toBe(false);
    expect(doc.toString()).toBe(USER_FILE);
    expect(doc.setIfAbsent(['gateway', 'mode'], 'local')).toBe(true);
    expect(doc.get(['gateway', 'mode'])).toBe('local');
  });

  it('deletes a property with its line and comma, neighbours untouched', () => {
    const text = '{\n  "a": 1,\n  "b": 2, // two\n  "c": 3\n}\n';
    const doc = Json5Document.parse(text, 'x.json');
    expect(doc.delete(['b'])).toBe(true);
    expect(doc.toString()).toBe('{\n  "a": 1,\n  "c": 3\n}\n');
    expect(doc.delete(['c'])).toBe(true);
    expect(doc.toString()).toBe('{\n  "a": 1\n}\n');
    expect(doc.delete(['zzz'])).toBe(false);
  });

  it('locates a syntax error by line and column', () => {
    const broken = '{\n  "a": 1,\n  "b": ,\n}\n';
    let error: unknown;
    try {
      Json5Document.parse(broken, '/x/openclaw.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigParseError);
    expect(error).toMatchObject({ path: '/x/openclaw.json', line: 3, column: 8 });
    expect((error as Error).message).toContain('Cannot parse /x/openclaw.json at line 3, column 8');
  });

  it('renders a fresh document as plain two-space JSON', () => {
    const doc = Json5Document.empty();
    doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus');
    expect(doc.toString()).toBe('{\n  "agents": {\n    "defaults": {\n      "model": {\n        "primary": "qwen/qwen3.5-plus"\n      }\n    }\n  }\n}\n');
  });
});

describe('config and store files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-files-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));
  const mode = async (p: string) => ((await fs.stat(p)).mode & 0o777).toString(8);

  it('editConfigFile writes atomically 0600 in a 0700 dir, keeps .bak, and skips a no-op', async () => {
    const file = path.join(dir, 'state', 'openclaw.json');
    await editConfigFile(file, (doc) => doc.set(['a'], 1));
    expect(await mode(file)).toBe('600');
    expect(await mode(path.dirname(file))).toBe('700');
    await fs.writeFile(file, USER_FILE);
    await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 1234));
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe(USER_FILE);
    const stat = await fs.stat(file);
    const result = await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 1234));
    expect(result.changed).toBe(false);
    expect((await fs.stat(file)).mtimeMs).toBe(stat.mtimeMs);
    expect((await fs.readdir(path.dirname(file))).sort()).toEqual(['openclaw.json', 'openclaw.json.bak']);
  });

  it('readConfigJson reads plain JSON and hand-edited JSON5 alike, and locates errors', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, USER_FILE);
    expect(await readConfigJson(file)).toMatchObject({ gateway: { port: 18789 } });
    await fs.writeFile(file, '{"a": {"b": 1}}');
    expect(await readConfigJson(file)).toEqual({ a: { b: 1 } });
    await fs.writeFile(file, '{\n  a: [1,\n');
    await expect(readConfigJson(file)).rejects.toThrow(/at line \d+, column \d+/);
    expect(await readConfigJson(path.join(dir, 'missing.json'))).toEqual({});
  });

  it('the profile store upserts one profile and keeps the others and unknown fields', async () => {
    const store = path.join(dir, 'agent', 'auth-profiles.json');
    await fs.mkdir(path.dirname(store), { recursive: true });
    await fs.writeFile(
      store,
      JSON.stringify({ version: 1, lastGood: { openai: 'openai:work' }, profiles: { 'openai:work': { type: 'api_key', provider: 'openai', key: 'sk-other', label: 'work' } } }),
    );
    await updateProfileStore(store, (data) => {
      data.profiles['qwen:default'] = { type: 'api_key', provider: 'qwen', key: 'sk-qwen' };
    });
    const data = JSON.parse(await fs.readFile(store, 'utf8'));
    expect(data).toEqual({
      version: 1,
      lastGood: { openai: 'openai:work' },
      profiles: {
        'openai:work': { type: 'api_key', provider: 'openai', key: 'sk-other', label: 'work' },
        'qwen:default': { type: 'api_key', provider: 'qwen', key: 'sk-qwen' },
      },
    });
    expect(await mode(store)).toBe('600');
  });

  it('creates the store 0600 in a 0700 directory', async () => {
    const store = path.join(dir, 'new', 'agent', 'auth-profiles.json');
    await updateProfileStore(store, (data) => {
      data.profiles['qwen:default'] = { type: 'api_key', provider: 'qwen', key: 'sk-qwen' };
    });
    expect(await mode(store)).toBe('600');
    expect(await mode(path.dirname(store))).toBe('700');
    expect(await mode(path.join(dir, 'new'))).toBe('700');
  });

  it('a malformed store is an error with its location, and is left untouched', async () => {
    const store = path.join(dir, 'auth-profiles.json');
    const broken = '{\n  "profiles": {\n    "qwen:default": { "type": "api_key" "provider": "qwen" }\n  }\n}\n';
    await fs.writeFile(store, broken);
    await expect(readProfileStore(store)).rejects.toThrow(/line 3, column \d+/);
    await expect(updateProfileStore(store, () => undefined)).rejects.toThrow(store);
    expect(await fs.readFile(store, 'utf8')).toBe(broken);
    await fs.writeFile(store, JSON.stringify({ profiles: { x: { type: 'api_key' } } }));
    await expect(readProfileStore(store)).rejects.toThrow('profile "x" has no provider');
  });
});

describe('the read before the lock and the read under it', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-prime-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('an unchanged file: the edit starts from the early parse, and the early value stays as it was read', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, '// mine\n{ agents: { defaults: { model: { primary: "qwen/glm-5" } } } }\n');
    const early = await readConfigForEdit(file);
    await editConfigFile(file, (doc) => doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus'));
    expect((early.agents as { defaults: { model: { primary: string } } }).defaults.model.primary).toBe('qwen/glm-5');
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('// mine');
    expect(text).toContain('"qwen/qwen3.5-plus"');
  });

  it('a file changed in between: the edit works on what is on disk under the lock', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, '{ agents: { defaults: { model: { primary: "qwen/glm-5" } } } }\n');
    await readConfigForEdit(file);
    await fs.writeFile(file, '{ agents: { defaults: { model: { primary: "qwen/glm-5" } } }, plugins: { entries: { other: { enabled: true } } } }\n');
    await editConfigFile(file, (doc) => doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus'));
    const value = await readConfigJson(file);
    expect(value.plugins).toEqual({ entries: { other: { enabled: true } } });
    expect((value.agents as { defaults: { model: { primary: string } } }).defaults.model.primary).toBe('qwen/qwen3.5-plus');
  });
});
