/**
 * Live discovery (SPEC §2) through the built binary against the fake DashScope
 * on 127.0.0.1: `models list --refresh` asks `<baseUrl>/models` with the stored
 * key, merges the answer with the catalog, caches it, and says in one line why
 * the list is the catalog alone when the endpoint cannot be asked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { CHAT_MODELS, startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';

const GOOD = 'sk-ok-live0123456789abcWXYZ';
const NEW_MODEL = 'qwen3.9-preview';
let api: FakeDashscope;
let home: TempHome;
beforeEach(async () => {
  api = await startFakeDashscope();
  home = await tempHome();
});
afterEach(async () => {
  await api.close();
  await home.cleanup();
});

const onboard = async (baseUrl: string, key = GOOD) => {
  const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--modelstudio-standard-api-key', key, '--base-url', baseUrl, '--secret-store', 'file']);
  expect(r.exitCode, r.stderr).toBe(0);
};
const list = (args: string[] = []) => openclaw(home, ['models', 'list', '--provider', 'qwen', ...args]);
const byKey = (stdout: string): Record<string, { tags: string[] }> => Object.fromEntries(JSON.parse(stdout).models.map((m: { key: string }) => [m.key, m]));
const cacheFile = () => path.join(home.stateDir, 'cache', 'models', 'qwen.json');

describe('models list --refresh', () => {
  it('asks the endpoint with the stored key, shows what no catalog knows, marks what it does not serve, and caches it', async () => {
    await onboard(`${api.url}/compatible-mode/v1`);
    api.models.add(NEW_MODEL);
    api.models.delete('glm-4.7');
    const r = await list(['--refresh', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /compatible-mode/v1/models']);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    const json = JSON.parse(r.stdout);
    expect(json.discovery).toEqual([expect.objectContaining({ provider: 'qwen', status: 'ok', source: 'endpoint', count: CHAT_MODELS.length })]);
    const rows = byKey(r.stdout);
    expect(rows[`qwen/${NEW_MODEL}`]!.tags).toEqual(['live']);
    expect(rows['qwen/glm-4.7']!.tags).toContain('not-served');
    expect(rows['qwen/qwen3.5-plus']!.tags).not.toContain('not-served');
    // Wan is not a chat model: the chat list says nothing about it.
    expect(rows['qwen/wan2.6-t2v']!.tags).not.toContain('not-served');
    expect(r.stdout + r.stderr).not.toContain(GOOD);
    const cache = JSON.parse(await fs.readFile(cacheFile(), 'utf8'));
    expect(cache).toMatchObject({ version: 1, provider: 'qwen', baseUrl: `${api.url}/compatible-mode/v1` });
    expect(Date.now() - Date.parse(cache.fetchedAt)).toBeLessThan(60_000);
    expect(JSON.stringify(cache)).not.toContain(GOOD);
    expect((await fs.stat(cacheFile())).mode & 0o777).toBe(0o600);

    const human = await list(['--refresh']);
    expect(human.stderr.trim().split('\n')).toEqual([`127.0.0.1:${new URL(api.url).port} serves ${CHAT_MODELS.length} models now; the list merges them (remembered for 24 h).`]);
    expect(human.stdout).toMatch(new RegExp(`^qwen/${NEW_MODEL.replace('.', '\\.')} .* live$`, 'm'));
  });

  it('a fresh cache is used without a request; an expired one is not', async () => {
    await onboard(`${api.url}/compatible-mode/v1`);
    api.models.add(NEW_MODEL);
    expect((await list(['--refresh'])).exitCode).toBe(0);
    api.reset();
    const cached = await list(['--json']);
    expect(api.requests).toEqual([]);
    expect(byKey(cached.stdout)[`qwen/${NEW_MODEL}`]!.tags).toEqual(['live']);
    expect(JSON.parse(cached.stdout).discovery).toEqual([expect.objectContaining({ status: 'ok', source: 'cache' })]);
    expect((await list()).stderr).toMatch(/^Merged the model list 127\.0\.0\.1:\d+ gave 0 min ago \(openclaw models list --refresh asks again\)\.$/m);

    const cache = JSON.parse(await fs.readFile(cacheFile(), 'utf8'));
    cache.fetchedAt = new Date(Date.now() - 25 * 3600_000).toISOString();
    await fs.writeFile(cacheFile(), JSON.stringify(cache));
    const expired = await list(['--json']);
    expect(api.requests).toEqual([]);
    expect(byKey(expired.stdout)[`qwen/${NEW_MODEL}`]).toBeUndefined();
    expect(JSON.parse(expired.stdout).discovery).toBeUndefined();
  });

  it('a timeout gives its one line, and the catalog alone', async () => {
    await onboard(`${api.url}/compatible-mode/v1`);
    api.delayMs = 3_000;
    const r = await list(['--refresh', '--probe-timeout', '300']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`127.0.0.1:${new URL(api.url).port} did not answer within 300 ms: the list is the catalog alone.`]);
    expect(r.stdout).toContain('qwen/qwen3.5-plus');
    expect(r.stdout).not.toMatch(/live|not-served/);
    await expect(fs.stat(cacheFile())).rejects.toThrow();
  });

  it('a refused connection gives its one line', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await onboard(`http://127.0.0.1:${port}/compatible-mode/v1`);
    const r = await list(['--refresh']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`Could not reach 127.0.0.1:${port} (ECONNREFUSED): the list is the catalog alone.`]);
  });

  it('a refused key and a missing key each say so; no key, no request', async () => {
    await onboard(`${api.url}/compatible-mode/v1`, 'sk-revoked-0123456789abcWXYZ');
    const refused = await list(['--refresh']);
    expect(refused.stderr).toContain('refused the model list (HTTP 401; check the key with openclaw models status --probe): the list is the catalog alone.');
    expect(refused.stdout + refused.stderr).not.toContain('revoked-0123456789');
    api.reset();
    const logout = await openclaw(home, ['models', 'auth', 'logout', 'qwen:default', '--yes']);
    expect(logout.exitCode, logout.stderr).toBe(0);
    const none = await list(['--refresh']);
    expect(none.exitCode).toBe(0);
    expect(none.stderr).toContain(`No key for qwen to ask 127.0.0.1:${new URL(api.url).port} with: the list is the catalog alone.`);
    expect(api.requests).toEqual([]);
  });

  it('--probe-timeout is checked whether or not it is used', async () => {
    const r = await openclaw(home, ['models', 'list', '--probe-timeout', 'soon']);
    expect(r.exitCode).toBe(2);
  });
});
