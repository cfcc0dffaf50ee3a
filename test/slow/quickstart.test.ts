/**
 * The README's quick start on a fresh machine: a clone of the repository, the
 * setup commands of the README (everything before `openclaw onboard`) with an
 * empty npm prefix, then `openclaw` from PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { VERSION } from '../../src/version.js';

/** The shell lines of the README's first code block under "Quick start", up to the first `openclaw` command. */
export function quickStartSetup(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const lines = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
  return lines.slice(0, lines.findIndex((l) => l.startsWith('openclaw ')));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-quickstart-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('README', () => {
  it('relies on no npx openclaw anywhere, and neither does the CLI', async () => {
    expect(await fs.readFile(path.join(ROOT, 'README.md'), 'utf8')).not.toContain('npx openclaw');
    const { stdout } = await execa('git', ['grep', '-n', 'npx openclaw', '--', 'src', 'completions', 'bin'], { cwd: ROOT, reject: false });
    expect(stdout).toBe('');
  });

  it.skipIf(skipWithout('git'))('quick start from a fresh clone with an empty npm prefix puts openclaw on PATH', { timeout: 300_000 }, async () => {
    const setup = quickStartSetup(await fs.readFile(path.join(ROOT, 'README.md'), 'utf8'));
    expect(setup).toEqual(['npm install', 'npm link']);
    const clone = path.join(dir, 'clone');
    await execa('git', ['clone', '-q', ROOT, clone], { timeout: 60_000 });
    const prefix = path.join(dir, 'prefix');
    await fs.mkdir(prefix);
    const env = { ...process.env, npm_config_prefix: prefix, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    for (const line of setup) await execa('sh', ['-c', line], { cwd: clone, env, timeout: 240_000, stdin: 'ignore' });
    const bin = path.join(prefix, 'bin');
    expect(await fs.readdir(bin)).toContain('openclaw');
    const home = path.join(dir, 'home');
    await fs.mkdir(home);
    const version = await execa('openclaw', ['--version'], { cwd: home, env: { PATH: `${bin}:${process.env.PATH}`, HOME: home }, extendEnv: false, timeout: 20_000 });
    expect(version.stdout.trim()).toBe(VERSION);
    const help = await execa('openclaw', [], { cwd: home, env: { PATH: `${bin}:${process.env.PATH}`, HOME: home }, extendEnv: false, timeout: 20_000 });
    expect(help.stdout).toContain('Usage: openclaw');
    expect(help.stderr).toBe('');
  });
});
