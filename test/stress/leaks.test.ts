/**
 * A leak scan: every command, run with known keys (one a server quotes in
 * full, one it quotes by its first 8 characters), and no 8-character slice of
 * either in any output or in any file that is not a secret store; the secret
 * stores are 0600 in 0700 directories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';

const ECHO = 'sk-echo-leak0123456789abcdWXYZ';
const PARTIAL = 'sk-partial0123456789abcdeWXYZ';
let home: TempHome;
let api: FakeDashscope;
const outputs: string[] = [];
beforeAll(async () => {
  home = await tempHome('openclaw-leak-');
  api = await startFakeDashscope();
});
afterAll(async () => {
  await api.close();
  await home.cleanup();
});

function slices(secret: string): string[] {
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

function expectClean(where: string, text: string) {
  for (const secret of [ECHO, PARTIAL]) {
    const found = slices(secret).find((s) => text.includes(s));
    expect(found, `${where} holds "${found}" of a key`).toBeUndefined();
  }
}

async function run(args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  const r = await openclaw(home, args, opts);
  outputs.push(`$ openclaw ${args.map((a) => (a.includes('sk-') ? '<arg with key>' : a)).join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe('leak scan', () => {
  it('no command prints any 8-character slice of a key, and no non-secret file holds one', async () => {
    const base = `${api.url}/v1`;
    const onboard = ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--base-url', base, '--secret-store', 'file'];
    await run([...onboard, '--modelstudio-api-key', ECHO]);
    await run([...onboard, '--modelstudio-api-key', ECHO, '--json']);
    await run([...onboard, '--modelstudio-api-key', ECHO, '--dry-run']);
    await run([...onboard, '--modelstudio-api-key', ECHO, '--dry-run', '--json']);
    await run([...onboard, '--modelstudio-api-key', ECHO, '--verify']);
    await run([...onboard, '--modelstudio-api-key', PARTIAL, '--verify']);
    await run([...onboard, '--api-key-stdin', '--profile-id', 'partial'], { input: PARTIAL });
    await run(['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-input-mode', 'ref', '--write-daemon-env', '--profile-id', 'ref', '--base-url', base], { env: { QWEN_API_KEY: ECHO } });
    for (const args of [
      ['models', 'list'],
      ['models', 'list', '--all', '--json'],
      ['models', 'list', '--provider', 'qwen', '--plain'],
      ['models', 'status'],
      ['models', 'status', '--json'],
      ['models', 'status', '--check'],
      ['models', 'status', '--probe'],
      ['models', 'status', '--probe', '--json'],
      ['models', 'auth', 'list'],
      ['models', 'auth', 'list', '--json'],
      ['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json'],
      ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:partial', 'qwen:default'],
      ['models', 'set', 'qwen/glm-5'],
      ['models', 'set-video', 'qwen/wan2.6-t2v'],
      ['completion', '--shell', 'zsh'],
      ['completion', '--write-state'],
      ['__complete', 'profile'],
      ['secrets', 'migrate', '--to', 'keychain'],
    ]) {
      await run(args, { env: { QWEN_API_KEY: ECHO } });
    }
    await run(['models', 'auth', 'paste-token', '--provider', 'qwen-oauth'], { input: PARTIAL });
    await run(['onboard', '--non-interactive', `--modelstudio-standard-api-kye=${ECHO}`]);
    await run(['onboard', '--non-interactive', `--api-key-stdin=${PARTIAL}`]);
    await run([...onboard.slice(0, -4), '--base-url', `https://${ECHO}@proxy.example.com/v1`]);
    await run([...onboard.slice(0, -4), '--base-url', `https://proxy.example.com/v1?api_key=${PARTIAL}`]);
    await run(['models', 'auth', 'logout', 'qwen:partial', '--yes']);

    // A store with a syntax error right beside a key: the parse error quotes none of it.
    const store = await home.read(home.storePath);
    await fs.writeFile(home.storePath, store.replace(`"${ECHO}"`, `"${ECHO}" oops`));
    const broken = await run(['models', 'status']);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toMatch(/Cannot parse .* at line \d+, column \d+/);
    await fs.writeFile(home.storePath, store);

    for (const out of outputs) expectClean(out.split('\n')[0]!, out);
    expect(outputs.length).toBeGreaterThan(25);

    const secretFiles = new Set([home.storePath, path.join(home.stateDir, '.env')]);
    const walk = async (dir: string): Promise<string[]> =>
      (await fs.readdir(dir, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.join(dir, e.name)])).concat(
        ...(await Promise.all((await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => walk(path.join(dir, e.name))))),
      );
    const all = await walk(home.stateDir);
    expect(all).toContain(path.join(home.stateDir, 'openclaw.json.bak'));
    for (const file of all) {
      if (secretFiles.has(file)) {
        expect(((await fs.stat(file)).mode & 0o777).toString(8), file).toBe('600');
        expect(((await fs.stat(path.dirname(file))).mode & 0o777).toString(8), path.dirname(file)).toBe('700');
        continue;
      }
      expectClean(file, await fs.readFile(file, 'utf8'));
    }
  });
});
