import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';

const GOOD = 'sk-ok-e2e0123456789abcdWXYZ';
const BAD = 'sk-revoked-0123456789abcWXYZ';
let api: FakeDashscope;
let home: TempHome;
beforeAll(async () => {
  api = await startFakeDashscope();
});
afterAll(() => api.close());
beforeEach(async () => {
  home = await tempHome();
  api.requests.length = 0;
  api.delayMs = 0;
});
afterEach(() => home.cleanup());

const onboard = (key: string, extra: string[] = []) =>
  openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--base-url', `${api.url}/compatible-mode/v1`, '--secret-store', 'file', ...extra], {
    env: { QWEN_API_KEY: key },
  });

describe('onboard --verify', () => {
  it('one live request with the new key, then the files', async () => {
    const r = await onboard(GOOD, ['--verify', '--model', 'qwen/qwen3.6-plus']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Verified: qwen3\.6-plus answered in \d+ ms\./);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expect(JSON.parse(api.requests[0]!.body).model).toBe('qwen3.6-plus');
    expect(await home.exists(home.storePath)).toBe(true);
    expect(r.stdout + r.stderr).not.toContain(GOOD);
  });

  it('a refused key stops before anything is written, with the reason and the fix', async () => {
    const r = await onboard(BAD, ['--verify']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Verification failed (auth): HTTP 401 invalid_api_key');
    expect(r.stderr).toContain('https://home.qwencloud.com/api-keys');
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.stdout + r.stderr).not.toContain(BAD);
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('alibaba keys are verified with a task query on the video host', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'alibaba-model-studio-api-key', '--base-url', api.url, '--verify', '--secret-store', 'file'], {
      env: { MODELSTUDIO_API_KEY: GOOD },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/v1/tasks/openclaw-probe-00000000']);
  });
});

describe('models status --probe', () => {
  it('probes each provider in use and reports ok', async () => {
    expect((await onboard(GOOD)).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const probes = JSON.parse(r.stdout).probes;
    expect(probes).toEqual([{ provider: 'qwen', model: 'qwen3.5-plus', status: 'ok', httpStatus: 200, latencyMs: expect.any(Number), message: 'HTTP 200' }]);
    expect(r.stdout).not.toContain(GOOD);
  });

  it('a failing probe exits 1 and says why; --probe-timeout bounds it', async () => {
    expect((await onboard(BAD)).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--probe']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/probe qwen\/qwen3\.5-plus: auth \(\d+ ms\) HTTP 401/);
    expect(r.stdout + r.stderr).not.toContain(BAD);

    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    store.profiles['qwen:default'].key = GOOD;
    await fs.writeFile(home.storePath, JSON.stringify(store));
    api.delayMs = 3000;
    const started = Date.now();
    const slow = await openclaw(home, ['models', 'status', '--probe', '--probe-timeout', '300']);
    expect(Date.now() - started).toBeLessThan(2800);
    expect(slow.exitCode).toBe(1);
    expect(slow.stdout).toContain(': timeout (');
    const bad = await openclaw(home, ['models', 'status', '--probe', '--probe-timeout', 'soon']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--probe-timeout must be a whole number of milliseconds');
  });
});
