/**
 * Terminal safety (SPEC §4): a config, a store and argv full of escape
 * sequences (title changes, screen clears, cursor moves, C1 CSI, BEL, CR, bidi
 * overrides) go through every human and --plain view and error; no raw control
 * character reaches the output, and --json stays JSON with them escaped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasUnsafe, jsonSafe, visible } from '../../src/ui/terminal-safe.js';
import { openclaw, tempHome } from '../helpers/cli.js';
import { runIn, testWorld, type TestWorld } from '../helpers/world.js';

const OSC_TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
const C1_CSI = '\u009b31m';
const BIDI = '\u202e';
/** Anything but tab and newline below 0x20, DEL, C1, and the bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const CONFIG = {
  agents: {
    defaults: {
      model: { primary: `qwen/qwen3.5-plus${OSC_TITLE}`, fallbacks: [`qwen/x${C1_CSI}`, `ev${CLEAR}il/m\r`] },
      models: { 'qwen/qwen3.5-plus': { alias: `A${BIDI}B` }, [`qwen/y${OSC_TITLE}`]: {} },
      videoGenerationModel: { primary: `alibaba/wan${CLEAR}` },
    },
  },
  models: {
    mode: 'merge',
    providers: {
      qwen: { baseUrl: `https://dashscope-intl.aliyuncs.com/compatible-mode/v1${OSC_TITLE}`, api: 'openai-completions', models: [{ id: `m${CLEAR}` }] },
      [`ev${CLEAR}il`]: { baseUrl: `https://h\u0007ost/v1\r`, api: 'openai-completions', models: [{ id: `n${BIDI}` }] },
    },
  },
  auth: { profiles: { [`qwen:x${CLEAR}`]: { provider: 'qwen', mode: 'api_key' } }, order: { qwen: [`qwen:x${CLEAR}`] } },
};
const STORE = { version: 1, profiles: { [`qwen:x${CLEAR}`]: { type: 'api_key', provider: 'qwen', key: 'sk-hostile0123456789abcdWXYZ' } } };

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

async function hostileWorld(): Promise<TestWorld> {
  world = await testWorld();
  const state = path.join(world.home, '.openclaw');
  await fs.mkdir(path.join(state, 'agents', 'main', 'agent'), { recursive: true });
  await fs.writeFile(path.join(state, 'openclaw.json'), JSON.stringify(CONFIG, null, 2));
  await fs.writeFile(path.join(state, 'agents', 'main', 'agent', 'auth-profiles.json'), JSON.stringify(STORE), { mode: 0o600 });
  return world;
}

describe('visible()', () => {
  it('writes each unsafe character as an escape, keeps tab and newline, and is linear', () => {
    expect(visible(`a${OSC_TITLE}b\tc\nd\r${C1_CSI}${BIDI}`)).toBe('a\\x1b]0;pwned\\x07b\tc\nd\\x0d\\x9b31m\\u202e');
    expect(visible('\u001b[33mwarn\u001b[39m', true)).toBe('\u001b[33mwarn\u001b[39m');
    expect(visible('\u001b[33mwarn\u001b[39m')).toBe('\\x1b[33mwarn\\x1b[39m');
    expect(visible(`\u001b[2J${OSC_TITLE}`, true)).toBe('\\x1b[2J\\x1b]0;pwned\\x07');
    expect(hasUnsafe('qwen/qwen3.5-plus')).toBe(false);
    expect(hasUnsafe(`qwen/${BIDI}`)).toBe(true);
    expect(JSON.parse(jsonSafe(JSON.stringify({ v: `${C1_CSI}${BIDI}` })))).toEqual({ v: `${C1_CSI}${BIDI}` });
    expect(jsonSafe(JSON.stringify(`${C1_CSI}${BIDI}`))).not.toMatch(RAW);
  });
});

describe('every view of a hostile config', () => {
  it.each([
    [['models', 'list']],
    [['models', 'list', '--all']],
    [['models', 'list', '--plain']],
    [['models', 'list', '--provider', 'qwen']],
    [['models', 'status']],
    [['models', 'status', '--plain']],
    [['models', 'status', '--check']],
    [['models', 'auth', 'list']],
    [['models', 'auth', 'order', 'get', '--provider', 'qwen']],
    [['models', 'set', `qwen/z${OSC_TITLE}`]],
    [['models', 'set-video', `alibaba/${CLEAR}`]],
    [['models', 'auth', 'logout', `qwen:x${CLEAR}`, '--yes']],
    [['models', 'list', '--provider', `q${OSC_TITLE}`]],
    [['models', 'list', `--bogus${CLEAR}`]],
    [[`mod${CLEAR}els`]],
  ])('openclaw %j shows no raw control character', async (argv) => {
    const w = await hostileWorld();
    await runIn(w, argv);
    const all = w.stdout.text() + w.stderr.text();
    expect(all.length).toBeGreaterThan(0);
    expect(all, JSON.stringify(all)).not.toMatch(RAW);
  });

  it.each([[['models', 'list', '--all', '--json']], [['models', 'status', '--json']], [['models', 'auth', 'list', '--json']]])('openclaw %j stays JSON, every control character escaped', async (argv) => {
    const w = await hostileWorld();
    await runIn(w, argv);
    expect(w.stdout.text()).not.toMatch(RAW);
    expect(() => JSON.parse(w.stdout.text())).not.toThrow();
    expect(w.stderr.text()).not.toMatch(RAW);
  });

  it.each([`qwen/x${C1_CSI}`, `qwen/glm-5${BIDI}`, `qwen/a\u2066b`, `q${CLEAR}/m`])('models set %j is refused, and nothing is saved', async (ref) => {
    const w = await hostileWorld();
    const before = await fs.readFile(path.join(w.home, '.openclaw', 'openclaw.json'), 'utf8');
    expect(await runIn(w, ['models', 'set', ref])).toBe(2);
    expect(w.stderr.text()).toContain('cannot contain spaces, line breaks or control characters');
    expect(w.stderr.text()).not.toMatch(RAW);
    expect(await fs.readFile(path.join(w.home, '.openclaw', 'openclaw.json'), 'utf8')).toBe(before);
  });

  it('through the binary: status, list and completion candidates', async () => {
    const home = await tempHome();
    try {
      await fs.mkdir(path.dirname(home.storePath), { recursive: true });
      await fs.writeFile(home.configPath, JSON.stringify(CONFIG));
      await fs.writeFile(home.storePath, JSON.stringify(STORE), { mode: 0o600 });
      for (const args of [['models', 'status'], ['models', 'list', '--all'], ['__complete', 'chat-model'], ['__complete', 'profile'], ['__complete', 'provider']]) {
        const r = await openclaw(home, args);
        expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(RAW);
      }
      expect((await openclaw(home, ['models', 'status'])).stdout).toContain('qwen/qwen3.5-plus\\x1b]0;pwned\\x07');
    } finally {
      await home.cleanup();
    }
  });
});
