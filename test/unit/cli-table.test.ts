/**
 * Flags and validation as a table, in-process through run(argv, world, deps):
 * each row asserts the exit code, the message (naming the fix) and that a
 * refused command created nothing. Binary tests cover each behaviour once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { runIn, testWorld, type TestWorld } from '../helpers/world.js';
import { BAD_ARGS as rows, TABLE_KEY as KEY } from '../helpers/bad-args.js';

let world: TestWorld;
beforeEach(async () => {
  world = await testWorld({ env: { QWEN_API_KEY: KEY } });
});
afterEach(() => world.cleanup());

describe('flags and validation, in-process', () => {
  it.each(rows)('%s', async (_name, argv, code, message) => {
    const exit = await runIn(world, argv);
    const text = world.stdout.text() + world.stderr.text();
    expect(exit, text).toBe(code);
    expect(world.stderr.text()).toMatch(message);
    expect(text).not.toContain(KEY.slice(3, 11));
    await expect(fs.access(path.join(world.home, '.openclaw'))).rejects.toThrow();
  });
});
