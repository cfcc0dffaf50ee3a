import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeChat, probeVideo } from '../../src/probe/client.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';

let api: FakeDashscope;
beforeAll(async () => {
  api = await startFakeDashscope();
});
afterAll(() => api.close());
beforeEach(() => {
  api.delayMs = 0;
  api.requests.length = 0;
});

const chat = (apiKey: string, model = 'qwen3.5-plus', extra: { reasoning?: boolean; timeoutMs?: number } = {}) =>
  probeChat({ provider: 'qwen', baseUrl: `${api.url}/compatible-mode/v1/`, apiKey, model, timeoutMs: extra.timeoutMs ?? 3000, reasoning: extra.reasoning });

describe('probeChat', () => {
  it('sends one tiny completion with the key as a bearer token', async () => {
    const r = await chat('sk-ok-0123456789abcdefWXYZ', 'qwen3-max-2026-01-23', { reasoning: true });
    expect(r).toMatchObject({ provider: 'qwen', model: 'qwen3-max-2026-01-23', status: 'ok', httpStatus: 200 });
    expect(api.requests).toHaveLength(1);
    const req = api.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/compatible-mode/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-ok-0123456789abcdefWXYZ');
    expect(JSON.parse(req.body)).toEqual({ model: 'qwen3-max-2026-01-23', messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, stream: false, enable_thinking: false });
  });

  it.each([
    ['sk-bad-0123456789abcdefWXYZ', 'qwen3.5-plus', 'auth', 401, 'home.qwencloud.com/api-keys'],
    ['sk-arrears-0123456789abcdWXYZ', 'qwen3.5-plus', 'billing', 400, 'account balance'],
    ['sk-throttled-0123456789abWXYZ', 'qwen3.5-plus', 'rate_limit', 429, 'rate limited'],
    ['sk-ok-0123456789abcdefWXYZ', 'no-such-model', 'no_model', 404, 'openclaw models list'],
    ['sk-garbled-0123456789abcdWXYZ', 'qwen3.5-plus', 'format', 200, 'unexpected body'],
  ])('%s on %s → %s', async (key, model, status, httpStatus, hint) => {
    const r = await chat(key, model);
    expect(r.status).toBe(status);
    expect(r.httpStatus).toBe(httpStatus);
    expect(r.message).toContain(hint);
    expect(r.message).not.toContain(key);
  });

  it('gives up at the timeout and says which flag raises it', async () => {
    api.delayMs = 2000;
    const started = Date.now();
    const r = await chat('sk-ok-0123456789abcdefWXYZ', 'qwen3.5-plus', { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(r.status).toBe('timeout');
    expect(r.message).toContain('--probe-timeout');
  });

  it('a closed port is a network failure naming the host, not a crash', async () => {
    const r = await probeChat({ provider: 'qwen', baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'sk-ok-0123456789abcdefWXYZ', model: 'qwen3.5-plus', timeoutMs: 2000 });
    expect(r.status).toBe('unknown');
    expect(r.message).toContain('127.0.0.1:9');
  });
});

describe('probeVideo', () => {
  it('queries a task (no paid job) and reads the native answers', async () => {
    const ok = await probeVideo({ provider: 'alibaba', host: api.url, apiKey: 'sk-ok-0123456789abcdefWXYZ', model: 'wan2.6-t2v', timeoutMs: 3000 });
    expect(ok.status).toBe('ok');
    expect(api.requests[0]).toMatchObject({ method: 'GET', path: '/api/v1/tasks/openclaw-probe-00000000' });
    const bad = await probeVideo({ provider: 'alibaba', host: api.url, apiKey: 'sk-bad-0123456789abcdefWXYZ', model: 'wan2.6-t2v', timeoutMs: 3000 });
    expect(bad).toMatchObject({ status: 'auth', httpStatus: 401 });
    expect(bad.message).toContain('InvalidApiKey');
    const arrears = await probeVideo({ provider: 'alibaba', host: api.url, apiKey: 'sk-arrears-0123456789abcdWXYZ', model: 'wan2.6-t2v', timeoutMs: 3000 });
    expect(arrears.status).toBe('billing');
  });
});
