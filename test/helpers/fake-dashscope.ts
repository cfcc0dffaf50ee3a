/**
 * A small stand-in for DashScope on 127.0.0.1 (random port): the
 * OpenAI-compatible chat endpoint (`<any prefix>/chat/completions`, so
 * `/compatible-mode/v1` and the Coding Plan `/v1` both work), the model list
 * (`GET <any prefix>/models`, OpenAI's `{ object: 'list', data: [{ id }] }` with
 * the ids of `models`) and the native
 * task query (`GET /api/v1/tasks/<id>`), answering in DashScope's own shapes:
 * OpenAI-style `{ error: { message, type, param, code }, request_id }` on the
 * compatible endpoint, `{ request_id, code, message }` on the native one. The
 * key (Bearer token) decides the answer, so one server serves every case:
 *
 *   sk-ok…          a normal answer (chat.completion / task status UNKNOWN)
 *   sk-arrears…     400 Arrearage (account not in good standing)
 *   sk-throttled…   429 Throttling.RateQuota
 *   sk-garbled…     200 with a JSON body that is not the expected shape
 *   sk-html…        200 with an HTML page (a captive portal or proxy)
 *   sk-forbidden…   403 AccessDenied
 *   sk-echo…        401 whose message quotes the key in full (the client must redact it)
 *   sk-partial…     401 whose message quotes the key's first 8 characters (`sk-parti****`)
 *   anything else   401 invalid_api_key / InvalidApiKey
 *
 * A chat model outside `models` gets 404 model_not_found (the compatible-mode
 * answer), or with `modelNotFoundStatus = 400` DashScope's native
 * `InvalidParameter` / "Model not exist." answer. `delayMs` holds every answer
 * back (for timeouts). Every request is recorded. Call close() in afterAll /
 * afterEach: it drops open connections and pending delayed answers.
 *
 *   const api = await startFakeDashscope();
 *   await probeChat({ baseUrl: `${api.url}/compatible-mode/v1`, apiKey: 'sk-ok-…', … });
 *   expect(api.requests[0].headers.authorization).toBe('Bearer sk-ok-…');
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeDashscope {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** Milliseconds every answer is held back. */
  delayMs: number;
  /** Status for an unknown chat model: 404 (compatible-mode model_not_found) or 400 (native InvalidParameter). */
  modelNotFoundStatus: 404 | 400;
  /** Chat models the server knows; tests may add or remove. */
  models: Set<string>;
  /** The recorded request bodies parsed as JSON. */
  jsonBodies(): unknown[];
  /** Forgets requests and restores the defaults (no delay, 404, the catalog models). */
  reset(): void;
  close(): Promise<void>;
}

export const CHAT_MODELS = ['qwen3.5-plus', 'qwen3.6-plus', 'qwen3.7-plus', 'qwen3.6-flash', 'qwen3.7-max', 'qwen3.8-max', 'qwen3.8-flash', 'qwen3-max-2026-01-23', 'qwen3-coder-next', 'qwen3-coder-plus', 'MiniMax-M2.5', 'glm-5', 'glm-4.7', 'kimi-k2.5'];
export const REQUEST_ID = '9f3c1a2b-0000-4000-8000-000000000000';

type Answer = [status: number, payload: unknown, contentType?: string];

function keyOf(req: http.IncomingMessage): string {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

const HTML = '<!doctype html><html><head><title>Sign in to the Wi-Fi</title></head><body>Please log in.</body></html>';

function chatAnswer(key: string, body: { model?: string }, models: Set<string>, modelNotFoundStatus: 404 | 400): Answer {
  const compatError = (code: string, message: string, type = 'invalid_request_error') => ({ error: { message, type, param: null, code }, request_id: REQUEST_ID });
  if (key.startsWith('sk-arrears')) return [400, compatError('Arrearage', 'Access denied, please make sure your account is in good standing.', 'Arrearage')];
  if (key.startsWith('sk-throttled')) return [429, compatError('Throttling.RateQuota', 'Requests rate limit exceeded, please try again later.', 'Throttling.RateQuota')];
  if (key.startsWith('sk-forbidden')) return [403, compatError('AccessDenied', 'Access denied.', 'AccessDenied')];
  if (key.startsWith('sk-echo')) return [401, compatError('invalid_api_key', `Incorrect API key provided: ${key}. You can find your API-KEY in the console.`)];
  if (key.startsWith('sk-partial')) return [401, compatError('invalid_api_key', `Incorrect API key provided: ${key.slice(0, 8)}****. You can find your API-KEY in the console.`)];
  if (!['sk-ok', 'sk-garbled', 'sk-html'].some((p) => key.startsWith(p))) return [401, compatError('invalid_api_key', 'Incorrect API key provided. ')];
  if (!body.model || !models.has(body.model)) {
    return modelNotFoundStatus === 404
      ? [404, compatError('model_not_found', `The model \`${body.model}\` does not exist or you do not have access to it.`)]
      : [400, compatError('InvalidParameter', 'Model not exist.', 'InvalidParameter')];
  }
  if (key.startsWith('sk-garbled')) return [200, { hello: 'world' }];
  if (key.startsWith('sk-html')) return [200, HTML, 'text/html'];
  return [
    200,
    {
      id: 'chatcmpl-0001',
      object: 'chat.completion',
      created: 1_790_000_000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: 'po' }, finish_reason: 'length', logprobs: null }],
      usage: { prompt_tokens: 9, completion_tokens: 1, total_tokens: 10 },
      system_fingerprint: null,
    },
  ];
}

interface ChatCompletion {
  id: string;
  created: number;
  model: string;
  choices: { message: { role: string; content: string }; finish_reason: string }[];
  usage: unknown;
}

/** A chat completion as `chat.completion.chunk` events: the content, then the finish reason with usage, then [DONE]. */
function streamed(completion: ChatCompletion): string {
  const base = { id: completion.id, object: 'chat.completion.chunk', created: completion.created, model: completion.model };
  const choice = completion.choices[0]!;
  const events = [
    { ...base, choices: [{ index: 0, delta: { role: choice.message.role, content: choice.message.content }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: choice.finish_reason }], usage: completion.usage },
  ];
  return `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('')}data: [DONE]\n\n`;
}

/** The native task query: an unknown task id is not an error, it answers with status UNKNOWN. */
function taskAnswer(key: string, taskId: string): Answer {
  const nativeError = (code: string, message: string) => ({ request_id: REQUEST_ID, code, message });
  if (key.startsWith('sk-arrears')) return [400, nativeError('Arrearage', 'Access denied, please make sure your account is in good standing.')];
  if (key.startsWith('sk-throttled')) return [429, nativeError('Throttling.RateQuota', 'Requests rate limit exceeded, please try again later.')];
  if (key.startsWith('sk-forbidden')) return [403, nativeError('AccessDenied', 'Access denied.')];
  if (key.startsWith('sk-echo')) return [401, nativeError('InvalidApiKey', `Invalid API-key provided: ${key}`)];
  if (key.startsWith('sk-html')) return [200, HTML, 'text/html'];
  if (key.startsWith('sk-garbled')) return [200, { hello: 'world' }];
  if (!key.startsWith('sk-ok')) return [401, nativeError('InvalidApiKey', 'Invalid API-key provided.')];
  return [200, { request_id: REQUEST_ID, output: { task_id: taskId, task_status: 'UNKNOWN' } }];
}

export async function startFakeDashscope(): Promise<FakeDashscope> {
  const state = { requests: [] as RecordedRequest[], delayMs: 0, modelNotFoundStatus: 404 as 404 | 400, models: new Set(CHAT_MODELS) };
  const pending = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      state.requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
      let answer: Answer | undefined;
      const task = /^\/api\/v1\/tasks\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'POST' && url.pathname.endsWith('/chat/completions')) {
        let parsed: { model?: string } = {};
        try {
          parsed = JSON.parse(body);
        } catch {
          answer = [400, { error: { message: 'invalid JSON body', type: 'invalid_request_error', param: null, code: 'invalid_request' }, request_id: REQUEST_ID }];
        }
        answer ??= chatAnswer(keyOf(req), parsed, state.models, state.modelNotFoundStatus);
      } else if (req.method === 'GET' && url.pathname.endsWith('/models')) {
        const key = keyOf(req);
        answer = key.startsWith('sk-ok')
          ? [200, { object: 'list', data: [...state.models].map((id) => ({ id, object: 'model', created: 1_790_000_000, owned_by: 'system' })) }]
          : chatAnswer(key, {}, state.models, state.modelNotFoundStatus);
      } else if (req.method === 'GET' && task) {
        answer = taskAnswer(keyOf(req), task[1]!);
      } else {
        answer = [404, { request_id: REQUEST_ID, code: 'NotFound', message: `no route ${req.method} ${url.pathname}` }];
      }
      // A streaming request (`stream: true`, as a Gateway's agent turn sends) gets the same answer as server-sent events.
      if (answer[0] === 200 && /"stream"\s*:\s*true/.test(body) && typeof answer[1] === 'object') answer = [200, streamed(answer[1] as ChatCompletion), 'text/event-stream'];
      const [status, payload, contentType = 'application/json'] = answer;
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': contentType, 'x-request-id': REQUEST_ID });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      }, state.delayMs);
      pending.add(timer);
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
    get modelNotFoundStatus() {
      return state.modelNotFoundStatus;
    },
    set modelNotFoundStatus(v: 404 | 400) {
      state.modelNotFoundStatus = v;
    },
    models: state.models,
    jsonBodies: () => state.requests.map((r) => (r.body ? JSON.parse(r.body) : undefined)),
    reset() {
      state.requests.length = 0;
      state.delayMs = 0;
      state.modelNotFoundStatus = 404;
      state.models.clear();
      for (const m of CHAT_MODELS) state.models.add(m);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
