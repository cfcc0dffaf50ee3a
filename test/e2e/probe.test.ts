import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import { openclaw, tempHome, type RunResult, type TempHome } from '../helpers/cli.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';
import { parseJson5 } from '../helpers/json5.js';

const GOOD = 'sk-ok-e2e0123456789abcdWXYZ';
const BAD = 'sk-revoked-0123456789abcWXYZ';
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

/** The key in no form but the masked one: not whole, not its middle. */
function expectNoKey(r: RunResult, key: string) {
  const all = r.stdout + r.stderr;
  expect(all).not.toContain(key);
  expect(all).not.toContain(key.slice(4, -4));
}

/** Coding Plan (qwen-api-key) pointed at the fake's `/v1`, key on the command line. */
const onboardCoding = (key: string, extra: string[] = []) =>
  openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--modelstudio-api-key', key, '--base-url', `${api.url}/v1`, '--secret-store', 'file', ...extra]);

/** Standard (qwen-standard-api-key) pointed at the fake's `/compatible-mode/v1`, key from the env. */
const onboardStandard = (key: string, extra: string[] = []) =>
  openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--base-url', `${api.url}/compatible-mode/v1`, '--secret-store', 'file', ...extra], {
    env: { QWEN_API_KEY: key },
  });

const storedKey = async () => JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key;

describe('onboard --verify (qwen-api-key, Coding Plan)', () => {
  it('makes one live request with the new key, then writes the files', async () => {
    const r = await onboardCoding(GOOD, ['--verify']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Verified: qwen3\.5-plus answered in \d+ ms\./);
    expect(api.requests).toHaveLength(1);
    const req = api.requests[0]!;
    expect(`${req.method} ${req.path}`).toBe('POST /v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${GOOD}`);
    expect(JSON.parse(req.body)).toEqual({ model: 'qwen3.5-plus', messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, stream: false });
    expect(await storedKey()).toBe(GOOD);
    const config = parseJson5(await home.read(home.configPath));
    expect(config.models.providers.qwen.baseUrl).toBe(`${api.url}/v1`);
    expect(r.stdout).toContain('sk-o…WXYZ');
    expectNoKey(r, GOOD);
  });

  it('without --verify nothing goes over the network', async () => {
    const r = await onboardCoding(GOOD);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(api.requests).toEqual([]);
  });

  it('verifies a reasoning model with thinking switched off', async () => {
    const r = await onboardCoding(GOOD, ['--verify', '--model', 'qwen/MiniMax-M2.5']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(api.requests[0]!.body)).toMatchObject({ model: 'MiniMax-M2.5', enable_thinking: false });
    expect(parseJson5(await home.read(home.configPath)).agents.defaults.model.primary).toBe('qwen/MiniMax-M2.5');
  });

  it('with --json, stdout is the result object alone and the key is masked', async () => {
    const r = await onboardCoding(GOOD, ['--verify', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ ok: true, authChoice: 'qwen-api-key', baseUrl: `${api.url}/v1`, key: { masked: 'sk-o…WXYZ' } });
    expect(r.stderr).toContain('Verified:');
    expectNoKey(r, GOOD);
  });

  it('a refused key exits 1 before anything is written, with the reason and the fix', async () => {
    const r = await onboardCoding(BAD, ['--verify']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Verification failed (auth): HTTP 401 invalid_api_key');
    expect(r.stderr).toContain('https://home.qwencloud.com/api-keys');
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.stdout).toBe('');
    expectNoKey(r, BAD);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${BAD}`);
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('an existing setup is left exactly as it was when the new key is refused', async () => {
    expect((await onboardCoding(GOOD)).exitCode).toBe(0);
    const configBefore = await home.read(home.configPath);
    const storeBefore = await home.read(home.storePath);
    const r = await onboardCoding(BAD, ['--verify', '--model', 'qwen/glm-5']);
    expect(r.exitCode).toBe(1);
    expect(await home.read(home.configPath)).toBe(configBefore);
    expect(await home.read(home.storePath)).toBe(storeBefore);
    expect(await home.exists(`${home.configPath}.bak`)).toBe(false);
  });

  it('a key the server quotes back is masked in the error', async () => {
    const echo = 'sk-echo-0123456789abcdefWXYZ';
    const r = await onboardCoding(echo, ['--verify']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Incorrect API key provided: sk-e…WXYZ');
    expectNoKey(r, echo);
  });

  it.each([
    ['sk-throttled-0123456789abWXYZ', 'rate_limit', 'HTTP 429 Throttling.RateQuota'],
    ['sk-arrears-0123456789abcdWXYZ', 'billing', 'HTTP 400 Arrearage'],
    ['sk-garbled-0123456789abcdWXYZ', 'format', 'HTTP 200 with an unexpected body'],
  ])('%s fails verification as %s and writes nothing', async (key, status, text) => {
    const r = await onboardCoding(key, ['--verify']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`Verification failed (${status}): ${text}`);
    expectNoKey(r, key);
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('a model the endpoint does not serve fails as no_model', async () => {
    api.models.delete('glm-5');
    const r = await onboardCoding(GOOD, ['--verify', '--model', 'qwen/glm-5']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Verification failed (no_model): HTTP 404 model_not_found');
    expect(JSON.parse(api.requests[0]!.body).model).toBe('glm-5');
    expect(await home.exists('.openclaw')).toBe(false);
  });
});

describe('onboard --verify (other choices)', () => {
  it('qwen-standard-api-key with the key from the env, on the compatible-mode path', async () => {
    const r = await onboardStandard(GOOD, ['--verify', '--model', 'qwen/qwen3.6-plus']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Verified: qwen3\.6-plus answered in \d+ ms\./);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['POST /compatible-mode/v1/chat/completions']);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expect(JSON.parse(api.requests[0]!.body).model).toBe('qwen3.6-plus');
    expectNoKey(r, GOOD);
  });

  it('qwen-token-plan with QWEN_TOKEN_PLAN_API_KEY: its default model, thinking off, then status --probe the same way', async () => {
    const base = `${api.url}/token-plan/compatible-mode/v1`;
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-token-plan', '--base-url', base, '--secret-store', 'file', '--verify'], { env: { QWEN_TOKEN_PLAN_API_KEY: GOOD } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Verified: qwen3\.7-plus answered in \d+ ms\./);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['POST /token-plan/compatible-mode/v1/chat/completions']);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expect(JSON.parse(api.requests[0]!.body)).toMatchObject({ model: 'qwen3.7-plus', enable_thinking: false });
    api.reset();
    const probe = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(probe.exitCode, probe.stderr).toBe(0);
    expect(JSON.parse(probe.stdout).probes).toEqual([expect.objectContaining({ provider: 'qwen-token-plan', model: 'qwen3.7-plus', status: 'ok' })]);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expectNoKey(r, GOOD);
    expectNoKey(probe, GOOD);
  });

  it('alibaba keys are verified with a task query on the video host', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'alibaba-model-studio-api-key', '--base-url', api.url, '--verify', '--secret-store', 'file'], {
      env: { MODELSTUDIO_API_KEY: GOOD },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/v1/tasks/openclaw-probe-00000000']);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expectNoKey(r, GOOD);
  });

  it('a refused alibaba key stops with the native error code', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'alibaba-model-studio-api-key', '--base-url', api.url, '--verify', '--secret-store', 'file'], {
      env: { MODELSTUDIO_API_KEY: BAD },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Verification failed (auth): HTTP 401 InvalidApiKey');
    expectNoKey(r, BAD);
    expect(await home.exists('.openclaw')).toBe(false);
  });
});

describe('models status --probe', () => {
  it('probes the provider in use and reports ok (text and JSON)', async () => {
    expect((await onboardCoding(GOOD)).exitCode).toBe(0);
    const text = await openclaw(home, ['models', 'status', '--probe']);
    expect(text.exitCode, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^  probe qwen\/qwen3\.5-plus: ok \(\d+ ms\)$/m);
    expectNoKey(text, GOOD);

    const json = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(json.exitCode, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).probes).toEqual([{ provider: 'qwen', model: 'qwen3.5-plus', status: 'ok', httpStatus: 200, latencyMs: expect.any(Number), message: 'HTTP 200' }]);
    expectNoKey(json, GOOD);

    expect(api.requests).toHaveLength(2);
    for (const req of api.requests) {
      expect(`${req.method} ${req.path}`).toBe('POST /v1/chat/completions');
      expect(req.headers.authorization).toBe(`Bearer ${GOOD}`);
    }
  });

  it('without --probe, status sends nothing', async () => {
    expect((await onboardCoding(GOOD)).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).probes).toBeUndefined();
    expect(api.requests).toEqual([]);
  });

  it('probes the default model, a reasoning one with thinking off', async () => {
    expect((await onboardCoding(GOOD, ['--model', 'qwen/MiniMax-M2.5'])).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--probe']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(api.requests[0]!.body)).toMatchObject({ model: 'MiniMax-M2.5', enable_thinking: false, max_tokens: 1 });
  });

  it('a refused key exits 1 and says why, without the key', async () => {
    expect((await onboardCoding(BAD)).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--probe']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/probe qwen\/qwen3\.5-plus: auth \(\d+ ms\) HTTP 401 invalid_api_key/);
    expect(r.stdout).toContain('home.qwencloud.com/api-keys');
    expectNoKey(r, BAD);

    const json = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.stdout).probes[0]).toMatchObject({ provider: 'qwen', status: 'auth', httpStatus: 401 });
    expectNoKey(json, BAD);
  });

  it('a key the server quotes back stays masked in the status output', async () => {
    const echo = 'sk-echo-0123456789abcdefWXYZ';
    expect((await onboardCoding(echo)).exitCode).toBe(0);
    const r = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(r.exitCode).toBe(1);
    expectNoKey(r, echo);
  });

  it('uses the env key an env reference points at', async () => {
    expect((await onboardStandard(GOOD, ['--secret-input-mode', 'ref'])).exitCode).toBe(0);
    expect(JSON.parse(await home.read(home.storePath)).profiles['qwen:default']).toMatchObject({ keyRef: { source: 'env', id: 'QWEN_API_KEY' } });
    const ok = await openclaw(home, ['models', 'status', '--probe'], { env: { QWEN_API_KEY: GOOD } });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
    expectNoKey(ok, GOOD);

    // the env var gone: nothing is sent, and the probe says so
    api.requests.length = 0;
    const missing = await openclaw(home, ['models', 'status', '--probe', '--json']);
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.stdout).probes).toEqual([{ provider: 'qwen', model: 'qwen3.5-plus', status: 'auth', latencyMs: 0, message: 'No usable credential; nothing was sent.' }]);
    expect(api.requests).toEqual([]);
  });

  it('--probe-timeout bounds a slow endpoint; a bad value is a usage error', async () => {
    expect((await onboardCoding(GOOD)).exitCode).toBe(0);
    api.delayMs = 5000;
    const started = Date.now();
    const slow = await openclaw(home, ['models', 'status', '--probe', '--probe-timeout', '300']);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(slow.exitCode).toBe(1);
    expect(slow.stdout).toMatch(/probe qwen\/qwen3\.5-plus: timeout \(\d+ ms\) No answer within 300 ms; raise --probe-timeout/);

    api.delayMs = 0;
    api.requests.length = 0;
    for (const value of ['soon', '0', '-5', '1.5', '120001']) {
      const bad = await openclaw(home, ['models', 'status', '--probe', '--probe-timeout', value]);
      expect(bad.exitCode, value).toBe(2);
      expect(bad.stderr).toContain('--probe-timeout must be a whole number of milliseconds');
    }
    // Checked without --probe too (a typo in a script is said at once), and in models list.
    for (const args of [['models', 'status', '--probe-timeout', 'soon'], ['models', 'status', '--check', '--probe-timeout', 'soon'], ['models', 'list', '--probe-timeout', 'soon']]) {
      const bad = await openclaw(home, args);
      expect(bad.exitCode, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('--probe-timeout must be a whole number of milliseconds');
    }
    expect(api.requests).toEqual([]);
  });

  it('a store edited by hand to a good key makes the probe pass again', async () => {
    expect((await onboardCoding(BAD)).exitCode).toBe(0);
    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    store.profiles['qwen:default'].key = GOOD;
    await fs.writeFile(home.storePath, JSON.stringify(store));
    const r = await openclaw(home, ['models', 'status', '--probe']);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${GOOD}`);
  });
});
