/** Confirmations that only a terminal gets: `models auth logout` and `completion --install`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

let home: TempHome;
let term: Terminal | undefined;
beforeEach(async () => {
  home = await tempHome('openclaw-confirm-');
});
afterEach(async () => {
  await term?.stop();
  term = undefined;
  await home.cleanup();
});

const inTerminal = async (args: string[], env: Record<string, string> = {}) =>
  (term = await startTerminal({ command: [process.execPath, BIN, ...args], env: { ...home.env, ...env }, cwd: home.dir }));

describe.skipIf(skipWithout('tmux'))('confirmations on a terminal', () => {
  it('logout asks first (default no): declining is exit 0 with a plain line; yes removes the profile', async () => {
    const onboard = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], {
      env: { QWEN_API_KEY: 'sk-confirm0123456789abcdWXYZ' },
    });
    expect(onboard.exitCode, onboard.stderr).toBe(0);

    let t = await inTerminal(['models', 'auth', 'logout', 'qwen:default']);
    await t.waitFor('Remove qwen:default from the store and the config? (y/N)');
    await t.send('Enter');
    const declined = await t.waitFor('Nothing was removed: qwen:default stays.');
    expect(declined).not.toMatch(/Error|Cancelled/);
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default']).toBeDefined();
    await t.stop();

    t = await inTerminal(['models', 'auth', 'logout', 'qwen:default']);
    await t.waitFor('(y/N)');
    await t.type('y');
    await t.send('Enter');
    await t.waitFor('Removed qwen:default.');
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default']).toBeUndefined();
  });

  it('completion --install asks before touching the shell profile', async () => {
    const t = await inTerminal(['completion', '--write-state', '--install', '--shell', 'fish']);
    const profile = path.join(home.dir, '.config/fish/config.fish');
    await t.waitFor(`Add the openclaw completion block to ${profile}? (Y/n)`);
    await t.send('Enter');
    await t.waitFor('Added the openclaw completion block');
    expect(await t.exitCode()).toBe(0);
    expect(await fs.readFile(profile, 'utf8')).toContain('# >>> openclaw completion >>>');
  });

  it('declining the completion block is an answer: a plain line, exit 0, the profile untouched', async () => {
    const t = await inTerminal(['completion', '--write-state', '--install', '--shell', 'fish']);
    const profile = path.join(home.dir, '.config/fish/config.fish');
    await t.waitFor(`Add the openclaw completion block to ${profile}? (Y/n)`);
    await t.send('n', 'Enter');
    const s = await t.waitFor('Nothing was written.');
    expect(s).not.toMatch(/Error|Cancelled/);
    expect(await t.exitCode()).toBe(0);
    await expect(fs.access(profile)).rejects.toThrow();
  });
});
