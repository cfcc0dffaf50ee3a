import { redactSecrets } from '../credentials/mask.js';
import { providerById } from '../catalog/registry.js';
import { findVideoModel, isReasoningModel, stripTrailingSlashes, videoHostFor } from '../catalog/endpoints.js';
import { t } from '../ui/i18n/index.js';

export type ProbeStatus = 'ok' | 'auth' | 'rate_limit' | 'billing' | 'timeout' | 'format' | 'unknown' | 'no_model';

export interface ProbeResult {
  provider: string;
  model: string;
  status: ProbeStatus;
  httpStatus?: number;
  latencyMs: number;
  /** Short, human, names a fix; never contains the key. */
  message: string;
  /** False when the request never got an answer (DNS, refused, timeout): the key was not checked at all. */
  reached: boolean;
}

interface ErrorInfo {
  code: string;
  message: string;
}

/** DashScope answers errors in the OpenAI shape on compatible-mode and in its own shape on native APIs. */
function errorInfo(body: unknown): ErrorInfo {
  const b = (body ?? {}) as { error?: { code?: unknown; type?: unknown; message?: unknown }; code?: unknown; message?: unknown };
  const source = typeof b.error === 'object' && b.error !== null ? b.error : b;
  const code = typeof source.code === 'string' ? source.code : typeof (source as { type?: unknown }).type === 'string' ? String((source as { type?: unknown }).type) : '';
  const message = typeof source.message === 'string' ? source.message : '';
  return { code, message };
}

function classify(httpStatus: number, info: ErrorInfo, keyPage: string | undefined): { status: ProbeStatus; hint: string } {
  const text = `${info.code} ${info.message}`;
  const m = t();
  const billing = { status: 'billing' as const, hint: m.probeBillingHint };
  if (/Arrearage|insufficient_quota|good standing|billing|overdue|FreeTierOnly/i.test(text)) return billing;
  if (httpStatus === 401 || /InvalidApiKey|invalid_api_key|Incorrect API key|Unauthorized/i.test(text)) {
    return { status: 'auth', hint: keyPage ? m.probeAuthHintPage(keyPage) : m.probeAuthHint };
  }
  // Throttling.RateQuota says "rate limit exceeded": rate limiting is checked before the looser quota wording.
  if (httpStatus === 429 || /Throttling|rate.?limit|limit_requests|RateQuota|too many requests/i.test(text)) {
    return { status: 'rate_limit', hint: m.probeRateLimitHint };
  }
  if (/quota.*exceed/i.test(text)) return billing;
  if (httpStatus === 404 || /model_not_found|ModelNotFound|does not exist|not supported|unsupported model|model.*not.*(found|exist|available)/i.test(text)) {
    return { status: 'no_model', hint: m.probeNoModelHint };
  }
  if (httpStatus === 403) return { status: 'auth', hint: m.probeForbiddenHint };
  return { status: 'unknown', hint: m.probeUnknownHint };
}

async function send(
  request: { url: string; init: RequestInit; provider: string; model: string; apiKey: string; timeoutMs: number; timeoutFlag?: string; fetchImpl?: typeof fetch },
  isWellFormed: (body: unknown) => boolean,
): Promise<ProbeResult> {
  const started = Date.now();
  const base = { provider: request.provider, model: request.model };
  const done = (status: ProbeStatus, message: string, httpStatus?: number): ProbeResult => ({
    ...base,
    status,
    httpStatus,
    reached: httpStatus !== undefined,
    latencyMs: Date.now() - started,
    message: redactSecrets(message, [request.apiKey]),
  });
  let response: Response;
  let text: string;
  try {
    response = await (request.fetchImpl ?? fetch)(request.url, { ...request.init, signal: AbortSignal.timeout(request.timeoutMs) });
    text = await response.text();
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return done('timeout', t().probeTimeout(String(request.timeoutMs), request.timeoutFlag ?? '--probe-timeout'));
    const cause = ((error as { cause?: { code?: string; message?: string } })?.cause?.code ?? (error as Error)?.message) || 'network error';
    return done('unknown', t().probeUnreachable(new URL(request.url).host, String(cause)));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return done(response.ok ? 'format' : classify(response.status, { code: '', message: '' }, undefined).status, t().probeNotJson(String(response.status)), response.status);
  }
  if (response.ok) {
    return isWellFormed(body) ? done('ok', `HTTP ${response.status}`, response.status) : done('format', `HTTP ${response.status} with an unexpected body.`, response.status);
  }
  const info = errorInfo(body);
  const { status, hint } = classify(response.status, info, providerById(request.provider)?.keyPageUrl);
  const what = [info.code, info.message].filter(Boolean).join(': ').slice(0, 200);
  return done(status, t().probeHttp(String(response.status), what ?? '', hint), response.status);
}

/** One chat completion of one token: the cheapest request that proves key, endpoint and model. */
export function probeChat(opts: { provider: string; baseUrl: string; apiKey: string; model: string; timeoutMs: number; timeoutFlag?: string; reasoning?: boolean; fetchImpl?: typeof fetch }): Promise<ProbeResult> {
  const body: Record<string, unknown> = { model: opts.model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, stream: false };
  if (opts.reasoning) body.enable_thinking = false;
  return send(
    {
      url: `${stripTrailingSlashes(opts.baseUrl)}/chat/completions`,
      init: { method: 'POST', headers: { authorization: `Bearer ${opts.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) },
      ...opts,
    },
    (b) => Array.isArray((b as { choices?: unknown })?.choices),
  );
}

/**
 * Video keys are checked with a task query, which needs the key but starts no
 * paid generation job: an unknown task id answers with a task status.
 */
export function probeVideo(opts: { provider: string; host: string; apiKey: string; model: string; timeoutMs: number; timeoutFlag?: string; fetchImpl?: typeof fetch }): Promise<ProbeResult> {
  return send(
    {
      url: `${stripTrailingSlashes(opts.host)}/api/v1/tasks/openclaw-probe-00000000`,
      init: { method: 'GET', headers: { authorization: `Bearer ${opts.apiKey}` } },
      ...opts,
    },
    (b) => typeof (b as { output?: unknown })?.output === 'object' || typeof (b as { request_id?: unknown })?.request_id === 'string',
  );
}

/**
 * One probe in the provider's dialect: a one-token chat completion on its base
 * URL, or a task query on its video host (a video provider, or a video model
 * of a chat provider).
 */
export function probeProvider(opts: { provider: string; baseUrl: string | undefined; apiKey: string; model: string; timeoutMs: number; timeoutFlag?: string; fetchImpl?: typeof fetch }): Promise<ProbeResult> {
  const spec = providerById(opts.provider);
  const isVideo = spec?.probe === 'dashscope-task' || findVideoModel(opts.provider, opts.model) !== undefined || /^wan\d/i.test(opts.model);
  if (isVideo) {
    const host = videoHostFor(opts.provider, opts.baseUrl);
    if (host) return probeVideo({ ...opts, host });
  }
  if (!opts.baseUrl) {
    return Promise.resolve({ provider: opts.provider, model: opts.model, status: 'unknown', latencyMs: 0, reached: false, message: t().probeNoBaseUrl(opts.provider) });
  }
  return probeChat({ ...opts, baseUrl: opts.baseUrl, reasoning: isReasoningModel(opts.provider, opts.model) });
}
