/**
 * Where home is (SPEC §3): an empty or relative HOME, or a relative state dir,
 * is refused with the fix, and nothing is written into the current directory.
 */
import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { runIn, testWorld } from '../helpers/world.js';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(() => home.cleanup());

const KEY = 'sk-home0123456789abcdefWXYZ';

describe('an unusable home', () => {
  it.each([
    ['HOME', '', 'HOME is empty'],
    ['HOME', 'relative', 'HOME is a relative path (relative)'],
    ['HOME', './here', 'HOME is a relative path (./here)'],
    ['OPENCLAW_STATE_DIR', 'state', 'OPENCLAW_STATE_DIR is a relative path (state)'],
    ['OPENCLAW_HOME', 'oc', 'OPENCLAW_HOME is a relative path (oc)'],
  ])('%s=%j: onboarding is refused with the fix, nothing lands in the current directory', async (name, value, said) => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { env: { [name]: value, QWEN_API_KEY: KEY } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(`Set ${name} to an absolute path`);
    expect(await fs.readdir(home.dir)).toEqual([]);
  });

  it('reads are refused the same way; completion falls back to the catalog', async () => {
    const list = await openclaw(home, ['models', 'list'], { env: { HOME: 'relative' } });
    expect(list.exitCode).toBe(2);
    const complete = await openclaw(home, ['__complete', 'chat-model'], { env: { HOME: '' } });
    expect(complete.exitCode).toBe(0);
    expect(complete.stdout).toContain('qwen/qwen3.5-plus\n');
    expect(await fs.readdir(home.dir)).toEqual([]);
  });

  it('an absolute state dir needs no HOME', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { env: { HOME: '', OPENCLAW_STATE_DIR: `${home.dir}/state`, QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(await fs.readdir(home.dir)).toEqual(['state']);
  });

  it('in-process: completion --install with a relative HOME is refused', async () => {
    const w = await testWorld({ env: { HOME: 'rel', SHELL: '/bin/bash' } });
    try {
      expect(await runIn({ ...w, homedir: 'rel' }, ['completion', '--install', '--shell', 'bash'])).toBe(2);
      expect(w.stderr.text()).toContain('HOME is a relative path (rel)');
    } finally {
      await w.cleanup();
    }
  });
});
