/**
 * Hostile files and hostile command lines, through the binary: every refusal
 * is clear, has the right exit code, and leaves every file as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { BAD_ARGS, TABLE_KEY } from '../helpers/bad-args.js';

const KEY = 'sk-hostile0123456789abcdWXYZ';
let home: TempHome;
beforeEach(async () => {
  home = await tempHome('openclaw-hostile-');
});
afterEach(() => home.cleanup());

async function writeConfig(text: string) {
  await fs.mkdir(home.stateDir, { recursive: true });
  await fs.writeFile(home.configPath, text);
}
const onboard = (env: Record<string, string> = {}) => openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'], { env: { QWEN_API_KEY: KEY, ...env } });

describe('what is at the path', () => {
  it('a symlinked config is edited at its target and the link stays', async () => {
    const dotfiles = path.join(home.dir, 'dotfiles');
    await fs.mkdir(dotfiles);
    await fs.writeFile(path.join(dotfiles, 'openclaw.json'), '{\n  // mine\n  agents: {}\n}\n');
    await fs.mkdir(home.stateDir, { recursive: true });
    await fs.symlink(path.join(dotfiles, 'openclaw.json'), home.configPath);
    const r = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect((await fs.lstat(home.configPath)).isSymbolicLink()).toBe(true);
    const target = await fs.readFile(path.join(dotfiles, 'openclaw.json'), 'utf8');
    expect(target).toContain('// mine');
    expect(target).toContain('qwen/glm-5');
    expect(await fs.readFile(path.join(dotfiles, 'openclaw.json.bak'), 'utf8')).toBe('{\n  // mine\n  agents: {}\n}\n');
  });

  it('a duplicate key is refused with both places, and the file is left alone', async () => {
    const text = '{\n  agents: { defaults: { model: { primary: "qwen/glm-5" } } },\n  agents: {},\n}\n';
    await writeConfig(text);
    const r = await openclaw(home, ['models', 'set', 'qwen/kimi-k2.5']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('duplicate key "agents" (first at line 2, column 3, again at line 3, column 3)');
    expect(await home.read(home.configPath)).toBe(text);
  });

  it('a FIFO as the config or the store is refused at once, not waited on', async () => {
    await fs.mkdir(home.agentDir, { recursive: true });
    await execa('mkfifo', [home.configPath]);
    let started = Date.now();
    let r = await openclaw(home, ['models', 'list'], { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('is a FIFO (named pipe), not a file');
    await fs.rm(home.configPath);
    await execa('mkfifo', [home.storePath]);
    started = Date.now();
    r = await onboard();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('is a FIFO (named pipe), not a file');
    expect(await home.exists(home.configPath)).toBe(false);
  });

  it('a directory where the config should be is refused', async () => {
    await fs.mkdir(home.configPath, { recursive: true });
    const r = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('is a directory, not a file');
  });

  it('an empty store is an empty store', async () => {
    await fs.mkdir(home.agentDir, { recursive: true });
    await fs.writeFile(home.storePath, '');
    const r = await onboard();
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(await home.read(home.storePath)).profiles['qwen:default'].key).toBe(KEY);
  });

  it("another provider's profile of a type we do not know is kept and blocks nothing", async () => {
    await fs.mkdir(home.agentDir, { recursive: true });
    const foreign = { type: 'oauth-device', provider: 'openai-codex', access: 'a', refresh: 'r', expires: 1 };
    await fs.writeFile(home.storePath, JSON.stringify({ version: 1, profiles: { 'openai-codex:default': foreign } }));
    const r = await onboard();
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(await home.read(home.storePath)).profiles['openai-codex:default']).toEqual(foreign);
  });

  it('a 2,000-deep config is a clear error, not a stack overflow, for readers and writers', async () => {
    const deep = `{ "a": ${'['.repeat(2000)}${']'.repeat(2000)} }`;
    await writeConfig(deep);
    for (const args of [['models', 'list'], ['models', 'set', 'qwen/glm-5'], ['models', 'status', '--json']]) {
      const r = await openclaw(home, args);
      expect(r.exitCode, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/at line 1, column \d+: nesting deeper than 200 levels/);
      expect(r.stderr).not.toMatch(/Maximum call stack|at .*\.js:\d+/);
    }
    expect(await home.read(home.configPath)).toBe(deep);
  });

  it('CRLF line endings, a BOM and tab indentation are kept', async () => {
    const text = '\uFEFF{\r\n\t// mine\r\n\tagents: {\r\n\t\tdefaults: {},\r\n\t},\r\n}\r\n';
    await writeConfig(text);
    const r = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    const after = await home.read(home.configPath);
    expect(after.startsWith('\uFEFF{\r\n\t// mine\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('\t\t\tmodel: {');
  });

  it('a .bak that is a directory: refused before anything lands (store and config as they were), later commands work', async () => {
    expect((await onboard()).exitCode).toBe(0);
    await fs.mkdir(`${home.configPath}.bak`);
    const config = await home.read(home.configPath);
    const store = await home.read(home.storePath);
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file'], { env: { QWEN_API_KEY: 'sk-other0123456789abcdWXYZ' } });
    expect(r.exitCode).toBe(1);
    // (The temp dir's name shares a run with KEY, so the scrubber hides part of the path: the end of it is enough.)
    expect(r.stderr).toContain('.openclaw/openclaw.json.bak is a directory, not a file: nothing was read or changed.');
    expect(r.stderr).not.toMatch(/EISDIR|at .*\.js:\d+/);
    expect(await home.read(home.configPath)).toBe(config);
    expect(await home.read(home.storePath)).toBe(store);
    expect((await fs.readdir(home.stateDir)).filter((f) => f.includes('.tmp') || f.includes('journal'))).toEqual([]);
    for (const args of [['models', 'list'], ['models', 'status'], ['models', 'auth', 'list']]) expect((await openclaw(home, args)).exitCode, args.join(' ')).toBe(0);
  });

  it.each([
    ['committing', '{"version":1,"files":"nope"}'],
    ['committing', 'not json at all'],
    ['prepared', '{"version":1,"files":[{"target":42}],"keychain":[]}'],
    ['prepared', '[]'],
  ])('a damaged %s journal (%s) is set aside with one line; every command works', async (stage, text) => {
    expect((await onboard()).exitCode).toBe(0);
    const config = await home.read(home.configPath);
    await fs.writeFile(`${home.configPath}.journal.${stage}`, text);
    const list = await openclaw(home, ['models', 'list']);
    expect(list.exitCode, list.stderr).toBe(0);
    expect(list.stderr).toContain(`Set aside a damaged transaction journal `);
    expect(list.stderr).toContain(`.openclaw/openclaw.json.journal.${stage} (kept as `);
    expect(list.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect(await home.read(home.configPath)).toBe(config);
    const set = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(set.exitCode, set.stderr).toBe(0);
    expect(set.stderr).not.toContain('damaged');
    const left = (await fs.readdir(home.stateDir)).filter((f) => f.includes('journal'));
    expect(left).toEqual([expect.stringMatching(new RegExp(`^openclaw\\.json\\.journal\\.${stage}\\.damaged-\\d+$`))]);
  });

  it('bytes that are not UTF-8, in parts a command does not change, are kept byte for byte (file and .bak)', async () => {
    const before = Buffer.concat([
      Buffer.from('{\n  // caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(' menu (Latin-1 by accident)\n  gateway: { label: "', 'utf8'),
      Buffer.from([0xff, 0xfe, 0x80]),
      Buffer.from('" },\n}\n', 'utf8'),
    ]);
    await fs.mkdir(home.stateDir, { recursive: true });
    await fs.writeFile(home.configPath, before);
    const r = await openclaw(home, ['models', 'set', 'qwen/glm-5']);
    expect(r.exitCode, r.stderr).toBe(0);
    const after = await fs.readFile(home.configPath);
    expect(after.subarray(0, 12).equals(before.subarray(0, 12))).toBe(true);
    expect(after.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]))).toBe(true);
    expect(after.includes(Buffer.from([0x22, 0xff, 0xfe, 0x80, 0x22]))).toBe(true);
    expect(after.includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(false);
    expect((await fs.readFile(`${home.configPath}.bak`)).equals(before)).toBe(true);
    expect((await openclaw(home, ['models', 'status', '--plain'])).stdout.trim()).toBe('qwen/glm-5');
  });

  it('a refused command creates no file or directory', async () => {
    for (const args of [['models', 'set', 'nope/x'], ['models', 'set-video', 'qwen/glm-5'], ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--base-url', 'https://u:p@x.example/v1']]) {
      const r = await openclaw(home, args, { env: { QWEN_API_KEY: KEY } });
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(await home.exists('.openclaw')).toBe(false);
    }
  });
});

describe('output errors', () => {
  it('a reader that closes the pipe early ends the command quietly with exit 0', async () => {
    for (const command of [`"${process.execPath}" "${BIN}" models list --all --plain | head -1`, `"${process.execPath}" "${BIN}" completion --shell bash | true`, `"${process.execPath}" "${BIN}" models list --all --plain | true`]) {
      const r = await execa('bash', ['-o', 'pipefail', '-c', command], { env: home.env, extendEnv: false, reject: false, cwd: home.dir });
      expect(r.exitCode, command).toBe(0);
      expect(String(r.stderr), command).toBe('');
    }
  });

  it('a full output device is one line and exit 1, never a stack trace', async () => {
    const r = await execa('bash', ['-c', `"${process.execPath}" "${BIN}" models list --all --plain > /dev/full`], { env: home.env, extendEnv: false, reject: false, cwd: home.dir });
    expect(r.exitCode).toBe(1);
    expect(String(r.stderr).trim().split('\n')).toEqual(['openclaw: cannot write the output: no space left on the device']);
  });
});

describe(`${BAD_ARGS.length} bad command lines through the binary`, () => {
  it('each gets its message and exit code, echoes no secret, and leaves no file', async () => {
    expect(BAD_ARGS.length).toBeGreaterThanOrEqual(60);
    const queue = [...BAD_ARGS];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const [name, argv, code, message] = row;
        const own = await tempHome('openclaw-badarg-');
        try {
          const r = await openclaw(own, argv, { env: { QWEN_API_KEY: TABLE_KEY } });
          expect(r.exitCode, `${name}: ${r.stderr}`).toBe(code);
          expect(r.stderr, name).toMatch(message);
          expect(r.stdout + r.stderr, name).not.toContain(TABLE_KEY.slice(3, 11));
          expect(r.stderr, name).not.toMatch(/\n\s+at .*:\d+:\d+/);
          expect(await own.exists('.openclaw'), name).toBe(false);
        } finally {
          await own.cleanup();
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  });
});

const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot && process.env.CI !== 'true')('a read-only state dir (tmpfs remounted read-only)', () => {
  let mount: string;
  beforeEach(async () => {
    mount = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-ro-'));
    await execa('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mount]);
  });
  afterEach(async () => {
    await execa('umount', [mount]).catch(() => undefined);
    await fs.rm(mount, { recursive: true, force: true });
  });

  it('every writer says the directory is read-only, with the fix; reads work; nothing changes', async () => {
    const env = { OPENCLAW_STATE_DIR: path.join(mount, 'state') };
    expect((await onboard(env)).exitCode).toBe(0);
    await execa('mount', ['-o', 'remount,ro', mount]);
    const config = await fs.readFile(path.join(mount, 'state', 'openclaw.json'), 'utf8');
    for (const args of [
      ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file'],
      ['models', 'set', 'qwen/glm-5'],
      ['models', 'auth', 'logout', 'qwen:default', '--yes'],
      ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:default'],
    ]) {
      const r = await openclaw(home, args, { env: { ...env, QWEN_API_KEY: KEY } });
      expect(r.exitCode, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(`Cannot write in ${mount}/state: the file system is read-only. Nothing was changed.`);
      expect(r.stderr).toContain('point OPENCLAW_STATE_DIR at a writable directory');
      expect(r.stderr).not.toMatch(/EROFS|\.tmp/);
    }
    expect(await fs.readFile(path.join(mount, 'state', 'openclaw.json'), 'utf8')).toBe(config);
    for (const args of [['models', 'list'], ['models', 'status'], ['models', 'auth', 'list']]) expect((await openclaw(home, args, { env })).exitCode, args.join(' ')).toBe(0);
  });
});
