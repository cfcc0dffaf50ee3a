import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeChat, probeVideo, type ProbeResult } from '../../src/probe/client.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';

const OK = 'sk-ok-0123456789abcdefWXYZ';

let api: FakeDashscope;
beforeEach(async () => {
  api = await startFakeDashscope();
});
afterEach(() => api.close());

const chat = (apiKey: string, model = 'qwen3.5-plus', extra: { reasoning?: boolean; timeoutMs?: number; prefix?: string } = {}) =>
  probeChat({ provider: 'qwen', baseUrl: `${api.url}${extra.prefix ?? '/compatible-mode/v1/'}`, apiKey, model, timeoutMs: extra.timeoutMs ?? 3000, reasoning: extra.reasoning });

const video = (apiKey: string, timeoutMs = 3000) => probeVideo({ provider: 'alibaba', host: `${api.url}/`, apiKey, model: 'wan2.6-t2v', timeoutMs });

/** The key must not appear anywhere in a result, not even in part. */
function expectNoKey(result: ProbeResult, key: string) {
  const all = JSON.stringify(result);
  expect(all).not.toContain(key);
  expect(all).not.toContain(key.slice(4, -4));
}

describe('probeChat', () => {
  it('sends one tiny completion with the key as a bearer token', async () => {
    const r = await chat(OK);
    expect(r).toEqual({ provider: 'qwen', model: 'qwen3.5-plus', status: 'ok', httpStatus: 200, latencyMs: expect.any(Number), message: 'HTTP 200', reached: true });
    expect(api.requests).toHaveLength(1);
    const req = api.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/compatible-mode/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${OK}`);
    expect(req.headers['content-type']).toBe('application/json');
    // not a reasoning model: no thinking switch at all
    expect(JSON.parse(req.body)).toEqual({ model: 'qwen3.5-plus', messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, stream: false });
  });

  it('turns thinking off for a reasoning model (top-level enable_thinking: false)', async () => {
    const r = await chat(OK, 'MiniMax-M2.5', { reasoning: true });
    expect(r.status).toBe('ok');
    const body = api.jsonBodies()[0] as Record<string, unknown>;
    expect(body.enable_thinking).toBe(false);
    expect(body).toMatchObject({ model: 'MiniMax-M2.5', max_tokens: 1, stream: false });
  });

  it('joins the Coding Plan /v1 base URL without doubling slashes', async () => {
    expect((await chat(OK, 'qwen3.5-plus', { prefix: '/v1///' })).status).toBe('ok');
    expect(api.requests[0]!.path).toBe('/v1/chat/completions');
  });

  it.each([
    ['sk-bad-0123456789abcdefWXYZ', 'qwen3.5-plus', 'auth', 401, ['HTTP 401 invalid_api_key', 'home.qwencloud.com/api-keys']],
    ['sk-forbidden-0123456789WXYZ', 'qwen3.5-plus', 'auth', 403, ['HTTP 403 AccessDenied', 'plan and region']],
    ['sk-arrears-0123456789abcdWXYZ', 'qwen3.5-plus', 'billing', 400, ['Arrearage', 'account balance']],
    ['sk-throttled-0123456789abWXYZ', 'qwen3.5-plus', 'rate_limit', 429, ['Throttling.RateQuota', 'rate limited']],
    [OK, 'no-such-model', 'no_model', 404, ['model_not_found', 'openclaw models list']],
    ['sk-garbled-0123456789abcdWXYZ', 'qwen3.5-plus', 'format', 200, ['unexpected body']],
    ['sk-html-0123456789abcdefWXYZ', 'qwen3.5-plus', 'format', 200, ['not JSON']],
  ])('%s on %s → %s (HTTP %i)', async (key, model, status, httpStatus, hints) => {
    const r = await chat(key, model);
    expect(r.status).toBe(status);
    expect(r.httpStatus).toBe(httpStatus);
    for (const hint of hints) expect(r.message).toContain(hint);
    expectNoKey(r, key);
    expect(api.requests).toHaveLength(1);
  });

  it('the native "Model not exist." 400 is no_model too, not a generic failure', async () => {
    api.modelNotFoundStatus = 400;
    const r = await chat(OK, 'qwen9-imaginary');
    expect(r).toMatchObject({ status: 'no_model', httpStatus: 400 });
    expect(r.message).toContain('InvalidParameter: Model not exist.');
  });

  it('a server message that quotes the key comes back masked', async () => {
    const key = 'sk-echo-0123456789abcdefWXYZ';
    const r = await chat(key);
    expect(r.status).toBe('auth');
    expectNoKey(r, key);
    expect(r.message).toContain('Incorrect API key provided: sk-e…WXYZ');
  });

  it('gives up at the timeout, quickly, and says which flag raises it', async () => {
    api.delayMs = 3000;
    const started = Date.now();
    const r = await chat(OK, 'qwen3.5-plus', { timeoutMs: 250 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(200);
    expect(elapsed).toBeLessThan(1500);
    expect(r).toMatchObject({ status: 'timeout', httpStatus: undefined, reached: false });
    expect(r.latencyMs).toBeLessThan(1500);
    expect(r.message).toContain('No answer within 250 ms');
    expect(r.message).toContain('--probe-timeout');
    // The key check names its own flag.
    const check = await probeChat({ provider: 'qwen', baseUrl: `${api.url}/compatible-mode/v1/`, apiKey: OK, model: 'qwen3.5-plus', timeoutMs: 250, timeoutFlag: '--verify-timeout' });
    expect(check.message).toContain('raise --verify-timeout');
  });

  it('an answer inside the timeout is not a timeout', async () => {
    api.delayMs = 100;
    const r = await chat(OK, 'qwen3.5-plus', { timeoutMs: 2000 });
    expect(r.status).toBe('ok');
    expect(r.latencyMs).toBeGreaterThanOrEqual(90);
  });

  it('a closed port is a network failure naming the host, not a crash', async () => {
    const r = await probeChat({ provider: 'qwen', baseUrl: 'http://127.0.0.1:9/v1', apiKey: OK, model: 'qwen3.5-plus', timeoutMs: 2000 });
    expect(r.status).toBe('unknown');
    expect(r.reached).toBe(false);
    expect(r.message).toContain('127.0.0.1:9');
    expectNoKey(r, OK);
  });
});

describe('probeVideo', () => {
  it('queries a task (GET, no body, no paid job) with the key as a bearer token', async () => {
    const r = await video(OK);
    expect(r).toEqual({ provider: 'alibaba', model: 'wan2.6-t2v', status: 'ok', httpStatus: 200, latencyMs: expect.any(Number), message: 'HTTP 200', reached: true });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({ method: 'GET', path: '/api/v1/tasks/openclaw-probe-00000000', body: '' });
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${OK}`);
  });

  it.each([
    ['sk-bad-0123456789abcdefWXYZ', 'auth', 401, 'InvalidApiKey'],
    ['sk-forbidden-0123456789WXYZ', 'auth', 403, 'AccessDenied'],
    ['sk-arrears-0123456789abcdWXYZ', 'billing', 400, 'Arrearage'],
    ['sk-throttled-0123456789abWXYZ', 'rate_limit', 429, 'Throttling.RateQuota'],
    ['sk-garbled-0123456789abcdWXYZ', 'format', 200, 'unexpected body'],
    ['sk-html-0123456789abcdefWXYZ', 'format', 200, 'not JSON'],
  ])('%s → %s (HTTP %i), from the native error shape', async (key, status, httpStatus, text) => {
    const r = await video(key);
    expect(r).toMatchObject({ status, httpStatus });
    expect(r.message).toContain(text);
    expectNoKey(r, key);
  });

  it('masks a key the server quotes back', async () => {
    const key = 'sk-echo-0123456789abcdefWXYZ';
    const r = await video(key);
    expect(r.status).toBe('auth');
    expectNoKey(r, key);
  });

  it('honours the timeout', async () => {
    api.delayMs = 3000;
    const started = Date.now();
    const r = await video(OK, 200);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(r.status).toBe('timeout');
    expect(r.message).toContain('200 ms');
  });
});
