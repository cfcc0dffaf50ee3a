/**
 * Read-only commands stay fast by not loading what they do not need: the
 * prompt library, the keychain binding, the network client, the JSON5 parser
 * (for a plain JSON config) and, without colour, chalk. A loader hook records
 * every module resolved: on dist/main.js, the module tree, every module shows;
 * on the real binary, the bundle and the packages it imports on demand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, openclaw, ROOT, tempHome, type TempHome } from '../helpers/cli.js';

const HOOK = pathToFileURL(path.join(ROOT, 'test/helpers/load-trace.mjs')).href;
const HEAVY = ['@inquirer/', '@napi-rs/keyring', '/probe/client.js', '/conf/', '/config/json5-syntax.js', '@croct/json5-parser', 'execa', '/ui/dialogs.js', '/chalk/'];
const TREE = path.join(ROOT, 'test/helpers/run-dist-main.mjs');
const REQUIRE_TRACE = path.join(ROOT, 'test/helpers/load-trace.cjs');

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
  const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key'], { env: { QWEN_API_KEY: 'sk-lazy0123456789abcdefWXYZ' } });
  expect(r.exitCode, r.stderr).toBe(0);
});
afterEach(() => home.cleanup());

async function loaded(args: string[], entry = TREE, env: Record<string, string> = {}): Promise<string[]> {
  const trace = path.join(home.dir, 'trace.txt');
  await fs.rm(trace, { force: true });
  const register = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(HOOK)})`;
  const r = await execa(process.execPath, ['--require', REQUIRE_TRACE, '--import', register, entry, ...args], {
    env: { ...home.env, ...env, OPENCLAW_LOAD_TRACE: trace },
    extendEnv: false,
    reject: false,
    timeout: 20_000,
    stdin: 'ignore',
  });
  expect(r.exitCode, String(r.stderr)).toBe(0);
  return (await fs.readFile(trace, 'utf8')).trim().split('\n');
}

describe('lazy loading', () => {
  it.each([
    [['models', 'list']],
    [['models', 'list', '--all', '--json']],
    [['models', 'status', '--json']],
    [['models', 'auth', 'list']],
    [['--help']],
  ])('openclaw %s loads none of the heavy modules', async (args) => {
    const urls = await loaded(args);
    expect(urls.some((u) => u.endsWith('/dist/main.js'))).toBe(true);
    for (const heavy of HEAVY) expect(urls.filter((u) => u.includes(heavy)), heavy).toEqual([]);
  });

  it('the binary runs the bundle, and imports none of the heavy packages for a read', async () => {
    const urls = await loaded(['models', 'list', '--json'], BIN);
    expect(urls).toContain('require ./load-bundle.js');
    expect(urls.filter((u) => u.includes('/dist/main.js') || u.includes('/dist/commands/'))).toEqual([]);
    for (const heavy of HEAVY) expect(urls.filter((u) => u.includes(heavy)), heavy).toEqual([]);
  });

  it.each([
    ['C.UTF-8', ['locales/en.cjs']],
    ['ja_JP.UTF-8', ['locales/ja.cjs', 'locales/help-ja.cjs']],
    ['zh_TW.UTF-8', ['locales/zh-TW.cjs', 'locales/help-zh-TW.cjs']],
  ])('LANG=%s reads only its own catalog', async (lang, expected) => {
    const urls = await loaded(['models', 'list'], BIN, { LANG: lang });
    const catalogs = urls.filter((u) => u.includes('/locales/')).map((u) => u.slice(u.indexOf('locales/')));
    expect(catalogs.sort()).toEqual([...expected].sort());
  });

  it('__complete loads neither commander nor any command', async () => {
    const urls = await loaded(['__complete', 'chat-model'], BIN);
    expect(urls).toContain('require ./load-bundle.js');
    expect(urls.filter((u) => u.includes('commander') || u.includes('/dist/commands/') || u.includes('openclaw.cjs') || u.includes('/dist/main.js'))).toEqual([]);
    for (const heavy of HEAVY) expect(urls.filter((u) => u.includes(heavy)), heavy).toEqual([]);
  });

  it('the trace sees the heavy modules when a command needs them', async () => {
    const urls = await loaded(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--dry-run']);
    expect(urls.some((u) => u.includes('/config/json5-syntax.js'))).toBe(true);
    const coloured = await loaded(['models', 'status'], TREE, { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(coloured.some((u) => u.includes('/chalk/'))).toBe(true);
  });
});

describe('the code cache of the bundles', () => {
  it('npm run build wrote one for each bundle, and this Node accepts it', async () => {
    const { createRequire } = await import('node:module');
    const { loadBundle } = createRequire(import.meta.url)('../../bin/load-bundle.js') as { loadBundle: (f: string) => { script: { cachedDataRejected?: boolean } } };
    for (const bundle of ['openclaw.cjs', 'complete.cjs']) {
      await fs.access(path.join(ROOT, 'dist', `${bundle}.v8cache`));
      expect(loadBundle(path.join(ROOT, 'dist', bundle)).script.cachedDataRejected, bundle).toBe(false);
    }
  });

  it('a cache that does not fit (another Node, a damaged file) is set aside by V8 and the binary runs as usual', async () => {
    const copy = path.join(home.dir, 'pkg');
    await fs.mkdir(path.join(copy, 'dist'), { recursive: true });
    await fs.cp(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
    await fs.cp(path.join(ROOT, 'dist', 'locales'), path.join(copy, 'dist', 'locales'), { recursive: true });
    await fs.copyFile(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
    await fs.symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    await fs.copyFile(path.join(ROOT, 'dist', 'openclaw.cjs'), path.join(copy, 'dist', 'openclaw.cjs'));
    await fs.writeFile(path.join(copy, 'dist', 'openclaw.cjs.v8cache'), Buffer.alloc(4096, 7));
    const r = await execa(process.execPath, [path.join(copy, 'bin', 'openclaw.js'), 'models', 'list', '--plain'], { env: home.env, extendEnv: false, reject: false, timeout: 20_000 });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('qwen/qwen3.5-plus');
    expect(r.stderr).toBe('');
  });
});
