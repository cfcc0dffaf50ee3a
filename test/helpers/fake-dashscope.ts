/**
 * A small stand-in for DashScope on 127.0.0.1: the OpenAI-compatible chat
 * endpoint (`<prefix>/chat/completions`) and the native task query
 * (`/api/v1/tasks/<id>`), answering in DashScope's own shapes. Keys decide
 * the answer, so one server serves every case:
 *
 *   sk-ok…        a normal answer
 *   sk-arrears…   400 Arrearage (account not in good standing)
 *   sk-throttled… 429 Throttling.RateQuota
 *   sk-garbled…   200 with a body that is not the expected shape
 *   anything else 401 invalid_api_key / InvalidApiKey
 *
 * Unknown chat models get 404 model_not_found; `delayMs` delays every answer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeDashscope {
  url: string;
  requests: RecordedRequest[];
  delayMs: number;
  models: Set<string>;
  close(): Promise<void>;
}

const CHAT_MODELS = ['qwen3.5-plus', 'qwen3.6-plus', 'qwen3-max-2026-01-23', 'qwen3-coder-next', 'qwen3-coder-plus', 'MiniMax-M2.5', 'glm-5', 'glm-4.7', 'kimi-k2.5'];
const REQUEST_ID = '9f3c1a2b-0000-4000-8000-000000000000';

function keyOf(req: http.IncomingMessage): string {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

function chatAnswer(key: string, body: { model?: string }, models: Set<string>): [number, unknown] {
  const compatError = (code: string, message: string, type = 'invalid_request_error') => ({ error: { message, type, param: null, code }, request_id: REQUEST_ID });
  if (key.startsWith('sk-arrears')) return [400, compatError('Arrearage', 'Access denied, please make sure your account is in good standing.', 'Arrearage')];
  if (key.startsWith('sk-throttled')) return [429, compatError('Throttling.RateQuota', 'Requests rate limit exceeded, please try again later.', 'Throttling.RateQuota')];
  if (!key.startsWith('sk-ok') && !key.startsWith('sk-garbled')) return [401, compatError('invalid_api_key', 'Incorrect API key provided. ')];
  if (!body.model || !models.has(body.model)) {
    return [404, compatError('model_not_found', `The model \`${body.model}\` does not exist or you do not have access to it.`)];
  }
  if (key.startsWith('sk-garbled')) return [200, { hello: 'world' }];
  return [
    200,
    {
      id: 'chatcmpl-0001',
      object: 'chat.completion',
      created: 1_790_000_000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: 'po' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 9, completion_tokens: 1, total_tokens: 10 },
    },
  ];
}

function taskAnswer(key: string, taskId: string): [number, unknown] {
  if (key.startsWith('sk-arrears')) return [400, { request_id: REQUEST_ID, code: 'Arrearage', message: 'Access denied, please make sure your account is in good standing.' }];
  if (!key.startsWith('sk-ok')) return [401, { request_id: REQUEST_ID, code: 'InvalidApiKey', message: 'Invalid API-key provided.' }];
  return [200, { request_id: REQUEST_ID, output: { task_id: taskId, task_status: 'UNKNOWN' } }];
}

export async function startFakeDashscope(): Promise<FakeDashscope> {
  const state = { requests: [] as RecordedRequest[], delayMs: 0, models: new Set(CHAT_MODELS) };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      state.requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
      let answer: [number, unknown];
      const task = /^\/api\/v1\/tasks\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'POST' && url.pathname.endsWith('/chat/completions')) {
        let parsed: { model?: string } = {};
        try {
          parsed = JSON.parse(body);
        } catch {
          answer = [400, { error: { message: 'invalid JSON body', type: 'invalid_request_error', code: 'invalid_request' } }];
        }
        answer ??= chatAnswer(keyOf(req), parsed, state.models);
      } else if (req.method === 'GET' && task) {
        answer = taskAnswer(keyOf(req), task[1]!);
      } else {
        answer = [404, { code: 'NotFound', message: `no route ${req.method} ${url.pathname}` }];
      }
      const [status, payload] = answer;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      }, state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    models: state.models,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
