/**
 * Names every JavaScript object inherits (`constructor`, `toString`,
 * `__proto__`…) are plain names here: unknown when nobody defined them, and
 * themselves when a user did (an alias called `constructor`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { own } from '../../src/config/own.js';
import { openclaw, tempHome } from '../helpers/cli.js';
import { runIn, testWorld, type TestWorld } from '../helpers/world.js';

const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const KEY = 'sk-proto0123456789abcdeWXYZ';

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

async function onboarded(): Promise<TestWorld> {
  world = await testWorld({ env: { QWEN_API_KEY: KEY } });
  expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'])).toBe(0);
  return world;
}

const configText = (w: TestWorld) => fs.readFile(path.join(w.home, '.openclaw', 'openclaw.json'), 'utf8');

describe('prototype names', () => {
  it('own() sees only own entries', () => {
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ constructor: 1 }, 'constructor')).toBe(1);
    expect(own(JSON.parse('{"__proto__": 2}'), '__proto__')).toBe(2);
    expect(own(undefined, 'x')).toBeUndefined();
  });

  it.each(NAMES.flatMap((name) => [
    [['models', 'set', name]],
    [['models', 'set-video', name]],
    [['models', 'auth', 'logout', name, '--yes']],
    [['models', 'auth', 'logout', `qwen:${name}`, '--yes']],
    [['models', 'list', '--provider', name]],
    [['models', 'auth', 'order', 'set', '--provider', 'qwen', name]],
    [['models', 'status', '--probe-provider', name]],
  ]))('openclaw %j is a plain usage error, and nothing changes', async (argv) => {
    const w = await onboarded();
    const before = await configText(w);
    expect(await runIn(w, argv)).toBe(2);
    expect(w.stderr.text()).not.toMatch(/TypeError|is not a function|Removed/);
    expect(w.stdout.text()).not.toContain('Removed');
    expect(await configText(w)).toBe(before);
  });

  it('an alias a user named `constructor` is that alias', async () => {
    const w = await onboarded();
    const file = path.join(w.home, '.openclaw', 'openclaw.json');
    const config = JSON.parse(await fs.readFile(file, 'utf8'));
    config.agents.defaults.models['qwen/glm-5'] = { alias: 'constructor' };
    await fs.writeFile(file, JSON.stringify(config, null, 2));
    expect(await runIn(w, ['models', 'set', 'constructor'])).toBe(0);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).agents.defaults.model.primary).toBe('qwen/glm-5');
  });

  it('through the binary: models set toString', async () => {
    const home = await tempHome();
    try {
      expect((await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: KEY } })).exitCode).toBe(0);
      const r = await openclaw(home, ['models', 'set', 'toString']);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('"toString" is neither an alias nor a model of a configured provider');
    } finally {
      await home.cleanup();
    }
  });
});
