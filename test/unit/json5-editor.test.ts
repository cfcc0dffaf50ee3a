import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigParseError, Json5Document } from '../../src/config/json5-editor.js';
import { editConfigFile, readConfigFile } from '../../src/config/config-file.js';
import { CliError } from '../../src/errors.js';
import { parseJson5 } from '../helpers/json5.js';

/** A hand-edited file: comments everywhere, mixed quoting, odd spacing, a multi-line array, trailing commas. */
const HAND_EDITED = `// openclaw agent config — edited by hand
/* do not reformat */
{
  // gateway settings
  gateway: {port: 18789,   bind: 'loopback'}, // odd spacing kept
  list: [1, 2,
     3],
  'quoted-key': 'x',
  agents: {
    defaults: {
      model: { primary: 'openai/gpt-5', fallbacks: ['anthropic/claude'] }, // keep these
      workspace: '~/work',
    },
  },
}
// footer comment
`;

/**
 * `after` must be `before` with one piece inserted at offset `at`: every byte
 * before and after that point is unchanged. Returns the inserted text.
 */
function insertedAt(before: string, after: string, at: number): string {
  expect(at).toBeGreaterThan(0);
  expect(after.slice(0, at), 'untouched prefix').toBe(before.slice(0, at));
  expect(after.slice(after.length - (before.length - at)), 'untouched suffix').toBe(before.slice(at));
  return after.slice(at, after.length - (before.length - at));
}

function parseError(text: string, file = '/home/u/.openclaw/openclaw.json'): ConfigParseError {
  try {
    Json5Document.parse(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigParseError);
    return error as ConfigParseError;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe('Json5Document.parse / get / has', () => {
  it('reads values through comments, single quotes and unquoted keys', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'openclaw.json');
    expect(doc.get(['gateway', 'port'])).toBe(18789);
    expect(doc.get(['quoted-key'])).toBe('x');
    expect(doc.get(['list'])).toEqual([1, 2, 3]);
    expect(doc.get(['agents', 'defaults', 'model', 'fallbacks'])).toEqual(['anthropic/claude']);
    expect(doc.get(['agents', 'nope', 'deeper'])).toBeUndefined();
    expect(doc.get(['gateway', 'port', 'below-a-number'])).toBeUndefined();
    expect(doc.has(['agents', 'defaults', 'workspace'])).toBe(true);
    expect(doc.has(['agents', 'defaults', 'models'])).toBe(false);
    expect(doc.toJSON()).toEqual(parseJson5(HAND_EDITED));
  });

  it('renders an unedited document byte for byte', () => {
    expect(Json5Document.parse(HAND_EDITED, 'x').toString()).toBe(HAND_EDITED);
    const crlf = '{\r\n  "a": 1, // one\r\n  "b": [true, null]\r\n}\r\n';
    expect(Json5Document.parse(crlf, 'x').toString()).toBe(crlf);
  });
});

describe('Json5Document.set', () => {
  it.each([
    ['{"meta":{"a":"1","b":"2"},"x":1}', '{"meta":{"a":"1","m": 3 },"x":1}'],
    ['{\n  a: 1,\n  b: 2\n}\n', '{\n  a: 1,\n  m: 3\n}\n'],
    ['{\n  a: 1,\n  b: 2,\n}\n', '{\n  a: 1,\n  m: 3,\n}\n'],
    ['{ a: 1, b: 2, }', '{ a: 1,  m: 3, }'],
  ])('deleting the last member and adding one keeps the container style: %j', (before, after) => {
    const doc = Json5Document.parse(before, 'x.json');
    doc.delete(before.startsWith('{"meta"') ? ['meta', 'b'] : ['b']);
    doc.set(before.startsWith('{"meta"') ? ['meta', 'm'] : ['m'], 3);
    expect(doc.toString()).toBe(after);
    // Strict JSON stays strict JSON: no trailing comma appears.
    if (before.startsWith('{"')) expect(() => JSON.parse(doc.toString())).not.toThrow();
    expect(parseJson5(doc.toString())).toEqual(doc.toJSON());
  });

  it('replaces one value and leaves every other byte alone', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'openclaw.json');
    doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus');
    const out = doc.toString();
    const at = HAND_EDITED.indexOf("'openai/gpt-5'");
    expect(out.slice(0, at)).toBe(HAND_EDITED.slice(0, at));
    expect(out.slice(at + "'qwen/qwen3.5-plus'".length)).toBe(HAND_EDITED.slice(at + "'openai/gpt-5'".length));
    expect(out.slice(at, at + "'qwen/qwen3.5-plus'".length)).toBe("'qwen/qwen3.5-plus'");
  });

  it('replaces a value of another type (object → scalar, array → array) in place', () => {
    const doc = Json5Document.parse('{\n  a: {b: 1}, // c\n  d: [1, 2],\n}\n', 'x');
    doc.set(['a'], 5);
    doc.set(['d'], ['x']);
    expect(doc.toString()).toBe('{\n  a: 5, // c\n  d: ["x"],\n}\n');
  });

  it('creates missing intermediate objects as one insertion, in the file style, and the result reparses', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'openclaw.json');
    doc.set(['agents', 'defaults', 'models', 'qwen/qwen3.5-plus', 'alias'], 'Qwen');
    const out = doc.toString();
    const at = HAND_EDITED.indexOf("workspace: '~/work',\n") + "workspace: '~/work',\n".length;
    const inserted = insertedAt(HAND_EDITED, out, at);
    // unquoted identifier keys, single quotes and 2-space indent, as the file does it
    expect(inserted).toBe("      models: {\n        'qwen/qwen3.5-plus': {\n          alias: 'Qwen'\n        }\n      },\n");
    const back = Json5Document.parse(out, 'openclaw.json');
    expect(back.get(['agents', 'defaults', 'models', 'qwen/qwen3.5-plus'])).toEqual({ alias: 'Qwen' });
    expect(back.get(['agents', 'defaults', 'workspace'])).toBe('~/work');
    expect(parseJson5(out)).toEqual({ ...parseJson5(HAND_EDITED), agents: { defaults: { ...parseJson5(HAND_EDITED).agents.defaults, models: { 'qwen/qwen3.5-plus': { alias: 'Qwen' } } } } });
  });

  it('creates a whole new top-level branch with nested arrays and objects', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'openclaw.json');
    const block = { baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1', api: 'openai-completions', models: [{ id: 'qwen3.5-plus', input: ['text', 'image'], reasoning: false }], extra: null };
    doc.set(['models', 'providers', 'qwen'], block);
    const out = doc.toString();
    const inserted = insertedAt(HAND_EDITED, out, HAND_EDITED.lastIndexOf('}\n// footer comment\n'));
    expect(inserted.startsWith('  models: {\n    providers: {\n      qwen: {\n        baseUrl: \'https://coding-intl.dashscope.aliyuncs.com/v1\',\n')).toBe(true);
    expect(out).toContain('// gateway settings\n  gateway: {port: 18789,   bind: \'loopback\'}, // odd spacing kept\n');
    expect(parseJson5(out).models).toEqual({ providers: { qwen: block } });
  });

  it('follows a double-quoted, tab-indented file', () => {
    const text = '{\n\t"a": 1\n}\n';
    const doc = Json5Document.parse(text, 'x');
    doc.set(['b', 'c'], 'x');
    expect(doc.toString()).toBe('{\n\t"a": 1,\n\t"b": {\n\t\t"c": "x"\n\t}\n}\n');
    expect(JSON.parse(doc.toString())).toEqual({ a: 1, b: { c: 'x' } });
  });

  it('quotes keys that are not identifiers even in an unquoted-key file', () => {
    const doc = Json5Document.parse('{\n  a: 1,\n}\n', 'x');
    doc.set(['with space'], 1);
    doc.set(['plain_key'], 2);
    const out = doc.toString();
    expect(out).toContain('"with space": 1');
    expect(out).toMatch(/\n {2}plain_key: 2/);
    expect(parseJson5(out)).toEqual({ a: 1, 'with space': 1, plain_key: 2 });
  });

  it('round-trips strings with both quote characters in a single-quoted file', () => {
    const doc = Json5Document.parse("{\n  a: 'x',\n}\n", 'x');
    const tricky = `it's "quoted" \\ and\ttabbed`;
    doc.set(['b'], tricky);
    doc.set(['c', "key's \"name\""], tricky);
    const back = Json5Document.parse(doc.toString(), 'x');
    expect(back.get(['b'])).toBe(tricky);
    expect(back.get(['c', "key's \"name\""])).toBe(tricky);
    expect(back.get(['a'])).toBe('x');
  });

  it('refuses to descend through a value that is not an object, and changes nothing', () => {
    const doc = Json5Document.parse(HAND_EDITED, '/cfg/openclaw.json');
    expect(() => doc.set(['gateway', 'port', 'x'], 1)).toThrow(CliError);
    expect(() => doc.set(['list', 'x'], 1)).toThrow('/cfg/openclaw.json: list is not an object');
    expect(doc.toString()).toBe(HAND_EDITED);
  });

  it('setIfAbsent writes only where nothing is', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'x');
    expect(doc.setIfAbsent(['gateway', 'port'], 1)).toBe(false);
    expect(doc.setIfAbsent(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus')).toBe(false);
    expect(doc.toString()).toBe(HAND_EDITED);
    expect(doc.setIfAbsent(['models', 'mode'], 'merge')).toBe(true);
    expect(doc.get(['models', 'mode'])).toBe('merge');
    expect(doc.setIfAbsent(['models', 'mode'], 'replace')).toBe(false);
    expect(doc.get(['models', 'mode'])).toBe('merge');
  });
});

describe('Json5Document.delete', () => {
  const LINES = '{\n  "a": 1,\n  "b": 2, // two\n  "c": 3\n}\n';

  it('removes a middle property with its line, comma and trailing comment', () => {
    const doc = Json5Document.parse(LINES, 'x');
    expect(doc.delete(['b'])).toBe(true);
    expect(doc.toString()).toBe('{\n  "a": 1,\n  "c": 3\n}\n');
    expect(JSON.parse(doc.toString())).toEqual({ a: 1, c: 3 });
  });

  it('removing the last property takes the comma of the one before (strict JSON stays valid)', () => {
    const doc = Json5Document.parse(LINES, 'x');
    expect(doc.delete(['c'])).toBe(true);
    expect(doc.toString()).toBe('{\n  "a": 1,\n  "b": 2 // two\n}\n');
    expect(JSON.parse(doc.toString().replace(' // two', ''))).toEqual({ a: 1, b: 2 });
  });

  it('a comma inside a comment is not taken for the separator', () => {
    const text = '{\n  a: 1 /* one, uno */,\n  b: 2\n}\n';
    const doc = Json5Document.parse(text, 'x');
    doc.delete(['b']);
    expect(doc.toString()).toBe('{\n  a: 1 /* one, uno */\n}\n');
    expect(parseJson5(doc.toString())).toEqual({ a: 1 });
  });

  it('deletes the first, then the only property, and inline properties', () => {
    const doc = Json5Document.parse(LINES, 'x');
    doc.delete(['a']);
    expect(doc.toString()).toBe('{\n  "b": 2, // two\n  "c": 3\n}\n');
    doc.delete(['b']);
    doc.delete(['c']);
    expect(doc.toString()).toBe('{\n}\n');
    const inline = Json5Document.parse('{"a":1,"b":2,"c":3}', 'x');
    inline.delete(['b']);
    expect(JSON.parse(inline.toString())).toEqual({ a: 1, c: 3 });
    inline.delete(['c']);
    expect(inline.toString()).toBe('{"a":1}');
  });

  it('deletes nested keys; the rest of the hand-edited file is untouched and reparses', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'x');
    expect(doc.delete(['agents', 'defaults', 'workspace'])).toBe(true);
    const out = doc.toString();
    expect(out).toBe(HAND_EDITED.replace("      workspace: '~/work',\n", ''));
    const back = Json5Document.parse(out, 'x');
    expect(back.has(['agents', 'defaults', 'workspace'])).toBe(false);
    expect(back.get(['agents', 'defaults', 'model', 'primary'])).toBe('openai/gpt-5');
  });

  it('a missing key or path deletes nothing', () => {
    const doc = Json5Document.parse(HAND_EDITED, 'x');
    expect(doc.delete(['nope'])).toBe(false);
    expect(doc.delete(['agents', 'nope', 'deeper'])).toBe(false);
    expect(doc.toString()).toBe(HAND_EDITED);
  });

  it('keeps CRLF line endings of the neighbours', () => {
    const doc = Json5Document.parse('{\r\n  "a": 1,\r\n  "b": 2\r\n}\r\n', 'x');
    doc.delete(['a']);
    expect(doc.toString()).toBe('{\r\n  "b": 2\r\n}\r\n');
  });

  it('a document edited after a delete keeps both edits', () => {
    const doc = Json5Document.parse(LINES, 'x');
    doc.delete(['b']);
    doc.set(['d'], 4);
    expect(JSON.parse(doc.toString())).toEqual({ a: 1, c: 3, d: 4 });
  });
});

describe('ConfigParseError', () => {
  it.each([
    ['a missing comma', 3, 3, '{\n  a: 1\n  b: 2\n}\n'],
    ['a missing value', 3, 8, '{\n  "a": 1,\n  "b": ,\n}\n'],
    ['an unterminated string', 2, 8, '{\n  "a": "open\n}\n'],
    ['junk after the object', 1, 10, '{ a: 1 } x'],
    ['CRLF lines', 2, 8, '{\r\n  "a": ,\r\n}\r\n'],
    ['a deep error', 5, 29, "// c\n{\n  agents: {\n    defaults: {\n      model: { primary: 'a' 'b' },\n    },\n  },\n}\n"],
  ])('%s is located at line %i, column %i', (_what, line, column, text) => {
    const error = parseError(text);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ path: '/home/u/.openclaw/openclaw.json', line, column, exitCode: 1 });
    expect(error.message).toContain(`Cannot parse /home/u/.openclaw/openclaw.json at line ${line}, column ${column}: `);
    expect(error.message).toContain('It was not changed.');
    expect(error.hint).toBeTruthy();
  });

  it('a top level that is not an object is an error too', () => {
    expect(parseError('[1, 2]')).toMatchObject({ line: 1, column: 1 });
    expect(parseError('"just a string"').message).toContain('the top level must be an object');
  });
});

describe('Json5Document.empty', () => {
  it('renders a fresh document as plain two-space JSON with a final newline', () => {
    const doc = Json5Document.empty();
    expect(doc.toString()).toBe('{}\n');
    doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus');
    doc.set(['models', 'providers', 'qwen', 'models'], [{ id: 'a', input: ['text'] }]);
    doc.set(['plugins', 'entries', 'qwen', 'enabled'], true);
    const out = doc.toString();
    const expected = {
      agents: { defaults: { model: { primary: 'qwen/qwen3.5-plus' } } },
      models: { providers: { qwen: { models: [{ id: 'a', input: ['text'] }] } } },
      plugins: { entries: { qwen: { enabled: true } } },
    };
    expect(out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(doc.delete(['plugins'])).toBe(true);
    const { plugins: _gone, ...rest } = expected;
    expect(doc.toString()).toBe(`${JSON.stringify(rest, null, 2)}\n`);
  });
});

describe('editConfigFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-cfg-')));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));
  const mode = async (p: string) => ((await fs.stat(p)).mode & 0o777).toString(8);

  it('creates a missing file 0600 as two-space JSON, in directories it makes 0700', async () => {
    const file = path.join(dir, 'a', 'b', 'openclaw.json');
    const result = await editConfigFile(file, (doc) => doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/qwen3.5-plus'));
    expect(result).toMatchObject({ before: undefined, changed: true });
    const text = await fs.readFile(file, 'utf8');
    expect(text).toBe(result.after);
    expect(text).toBe('{\n  "agents": {\n    "defaults": {\n      "model": {\n        "primary": "qwen/qwen3.5-plus"\n      }\n    }\n  }\n}\n');
    expect(await mode(file)).toBe('600');
    expect(await mode(path.join(dir, 'a'))).toBe('700');
    expect(await mode(path.join(dir, 'a', 'b'))).toBe('700');
    // nothing there before: no backup, no temp files, lock released
    expect(await fs.readdir(path.dirname(file))).toEqual(['openclaw.json']);
  });

  it('keeps the previous file as .bak (0600) and writes the edit losslessly, by rename', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, HAND_EDITED, { mode: 0o644 });
    const inodeBefore = (await fs.stat(file)).ino;
    const result = await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 19000));
    expect(result.before).toBe(HAND_EDITED);
    expect(result.changed).toBe(true);
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe(HAND_EDITED);
    expect(await mode(`${file}.bak`)).toBe('600');
    expect(await fs.readFile(file, 'utf8')).toBe(HAND_EDITED.replace('port: 18789', 'port: 19000'));
    expect(await mode(file)).toBe('600');
    expect((await fs.stat(file)).ino).not.toBe(inodeBefore);
    expect((await fs.readdir(dir)).sort()).toEqual(['openclaw.json', 'openclaw.json.bak']);

    // a second edit backs up the first edit's result
    await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 19001));
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe(HAND_EDITED.replace('port: 18789', 'port: 19000'));
  });

  it('writes nothing when the edit changes no byte', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, HAND_EDITED, { mode: 0o644 });
    const before = await fs.stat(file);
    const result = await editConfigFile(file, (doc) => {
      doc.set(['gateway', 'port'], 18789);
      doc.setIfAbsent(['agents', 'defaults', 'workspace'], '/elsewhere');
    });
    expect(result).toEqual({ before: HAND_EDITED, after: HAND_EDITED, changed: false, moved: [] });
    const after = await fs.stat(file);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await mode(file)).toBe('644');
    expect(await fs.readdir(dir)).toEqual(['openclaw.json']);
  });

  it('a dry run reports the change and writes nothing', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, HAND_EDITED);
    const result = await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 1), { dryRun: true });
    expect(result.changed).toBe(true);
    expect(result.after).toContain('port: 1,');
    expect(await fs.readFile(file, 'utf8')).toBe(HAND_EDITED);
    expect(await fs.readdir(dir)).toEqual(['openclaw.json']);
  });

  it('a file that does not parse is never overwritten and gets no .bak', async () => {
    const file = path.join(dir, 'openclaw.json');
    const broken = '{\n  gateway: { port: 18789 }\n  agents: {}\n}\n';
    await fs.writeFile(file, broken);
    let ran = false;
    const error = await editConfigFile(file, () => {
      ran = true;
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigParseError);
    expect(error).toMatchObject({ path: file, line: 3, column: 3 });
    expect(ran).toBe(false);
    expect(await fs.readFile(file, 'utf8')).toBe(broken);
    expect(await fs.readdir(dir)).toEqual(['openclaw.json']);
  });

  it('an edit that throws leaves the file and no lock behind', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, HAND_EDITED);
    await expect(editConfigFile(file, (doc) => doc.set(['list', 'x'], 1))).rejects.toThrow('list is not an object');
    expect(await fs.readFile(file, 'utf8')).toBe(HAND_EDITED);
    expect(await fs.readdir(dir)).toEqual(['openclaw.json']);
    // and the next edit is not blocked by a stale lock
    expect((await editConfigFile(file, (doc) => doc.set(['gateway', 'port'], 2))).changed).toBe(true);
  });

  it('concurrent edits are serialized: none is lost', async () => {
    const file = path.join(dir, 'openclaw.json');
    await fs.writeFile(file, HAND_EDITED);
    await Promise.all(Array.from({ length: 8 }, (_, i) => editConfigFile(file, (doc) => doc.set(['counters', `k${i}`], i))));
    const { doc } = await readConfigFile(file);
    expect(doc.get(['counters'])).toEqual(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, i])));
    expect(doc.get(['gateway'])).toEqual({ port: 18789, bind: 'loopback' });
  });
});
