/**
 * Live discovery (SPEC §2): the models an endpoint serves now, from its own
 * `GET <baseUrl>/models`, cached under the state dir with the time it was asked.
 * One bounded request per provider; without a key there is no request.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { stripTrailingSlashes } from '../catalog/endpoints.js';
import { redactSecrets } from '../credentials/mask.js';
import { writeFileAtomic } from '../config/atomic.js';

/** How long an answer stands for the endpoint: the wizard and `models list` use it without asking again. */
export const DISCOVERY_TTL_MS = 24 * 60 * 60 * 1000;
/** A list longer than this is cut: no endpoint serves that many, and a hostile one cannot fill the terminal. */
const MAX_MODELS = 2_000;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** A model id as endpoints name them: no spaces or control characters, so one can be shown and written as it is. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$/;

export type Discovery =
  | { status: 'ok'; provider: string; baseUrl: string; fetchedAt: string; models: string[]; source: 'endpoint' | 'cache' }
  | { status: 'timeout' | 'unreachable' | 'refused' | 'format'; provider: string; baseUrl: string; httpStatus?: number; detail: string };

export interface CachedList {
  version: 1;
  provider: string;
  baseUrl: string;
  fetchedAt: string;
  models: string[];
}

export function cacheDir(stateDir: string): string {
  return path.join(stateDir, 'cache', 'models');
}

export function cachePath(stateDir: string, provider: string): string {
  return path.join(cacheDir(stateDir), `${provider}.json`);
}

/** The cached list for this provider and base URL, when it is younger than the TTL; anything else is no cache. */
export async function readCachedList(stateDir: string, provider: string, baseUrl: string, now: Date): Promise<Extract<Discovery, { status: 'ok' }> | undefined> {
  let parsed: Partial<CachedList>;
  try {
    parsed = JSON.parse(await fs.readFile(cachePath(stateDir, provider), 'utf8')) as Partial<CachedList>;
  } catch {
    return undefined;
  }
  if (parsed?.version !== 1 || parsed.provider !== provider || parsed.baseUrl !== stripTrailingSlashes(baseUrl) || typeof parsed.fetchedAt !== 'string' || !Array.isArray(parsed.models)) return undefined;
  const age = now.getTime() - Date.parse(parsed.fetchedAt);
  if (!Number.isFinite(age) || age < 0 || age > DISCOVERY_TTL_MS) return undefined;
  const models = parsed.models.filter((id): id is string => typeof id === 'string' && MODEL_ID.test(id)).slice(0, MAX_MODELS);
  return { status: 'ok', provider, baseUrl: parsed.baseUrl, fetchedAt: parsed.fetchedAt, models, source: 'cache' };
}

/** Writes the list as every file is written: atomically, 0600 in a 0700 folder. */
export async function writeCachedList(stateDir: string, list: Extract<Discovery, { status: 'ok' }>): Promise<void> {
  const body: CachedList = { version: 1, provider: list.provider, baseUrl: stripTrailingSlashes(list.baseUrl), fetchedAt: list.fetchedAt, models: list.models };
  await writeFileAtomic(cachePath(stateDir, list.provider), `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
}

/** Model ids of an OpenAI-style list (`{ data: [{ id }] }`), or undefined when the body is not one. */
function modelIds(body: unknown): string[] | undefined {
  const data = (body as { data?: unknown })?.data;
  if (!Array.isArray(data)) return undefined;
  const ids = new Set<string>();
  for (const entry of data) {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id === 'string' && MODEL_ID.test(id)) ids.add(id);
    if (ids.size >= MAX_MODELS) break;
  }
  return [...ids];
}

/** Asks the endpoint once, bounded by `timeoutMs` (connection, answer and body together). */
export async function askEndpoint(opts: { provider: string; baseUrl: string; apiKey: string; timeoutMs: number; now: Date; fetchImpl?: typeof fetch }): Promise<Discovery> {
  const base = { provider: opts.provider, baseUrl: stripTrailingSlashes(opts.baseUrl) };
  const url = `${base.baseUrl}/models`;
  let response: Response;
  let text: string;
  try {
    response = await (opts.fetchImpl ?? fetch)(url, { method: 'GET', headers: { authorization: `Bearer ${opts.apiKey}`, accept: 'application/json' }, signal: AbortSignal.timeout(opts.timeoutMs) });
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_BODY_BYTES) return { ...base, status: 'format', httpStatus: response.status, detail: `${length} bytes` };
    text = await response.text();
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ...base, status: 'timeout', detail: String(opts.timeoutMs) };
    const cause = ((error as { cause?: { code?: string } })?.cause?.code ?? (error as Error)?.message) || 'network error';
    return { ...base, status: 'unreachable', detail: redactSecrets(String(cause), [opts.apiKey]) };
  }
  if (!response.ok) return { ...base, status: 'refused', httpStatus: response.status, detail: '' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ...base, status: 'format', httpStatus: response.status, detail: '' };
  }
  const models = modelIds(body);
  if (!models) return { ...base, status: 'format', httpStatus: response.status, detail: '' };
  return { ...base, status: 'ok', fetchedAt: opts.now.toISOString(), models, source: 'endpoint' };
}
