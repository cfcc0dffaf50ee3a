/**
 * Which models each configured endpoint serves now: a fresh cached answer, or
 * with `refresh` one request per provider with its stored credential.
 */
import { providerById } from '../catalog/registry.js';
import { configuredBaseUrl } from '../config/model-inventory.js';
import type { AgentState } from '../config/agent-state.js';
import { resolveCredential, secretOf } from '../credentials/credential-source.js';
import type { Deps } from '../deps.js';
import { existsSync } from 'node:fs';
import { askEndpoint, cacheDir, readCachedList, writeCachedList, type Discovery } from './discovery.js';

export type LiveResult = Discovery | { status: 'no-key'; provider: string; baseUrl: string };

/** Catalog chat providers among these that have a configured endpoint to ask. */
export function discoverableProviders(state: AgentState, candidates: readonly string[]): { provider: string; baseUrl: string }[] {
  const out: { provider: string; baseUrl: string }[] = [];
  for (const provider of new Set(candidates)) {
    const baseUrl = configuredBaseUrl(state.config, provider);
    if (providerById(provider)?.configShape === 'chat' && baseUrl) out.push({ provider, baseUrl });
  }
  return out;
}

async function keyFor(provider: string, state: AgentState, deps: Deps): Promise<string | undefined> {
  const { credential } = resolveCredential(provider, state);
  return credential.usable ? secretOf(credential, deps.keychain) : undefined;
}

export async function liveModels(
  state: AgentState,
  targets: readonly { provider: string; baseUrl: string }[],
  opts: { refresh: boolean; timeoutMs: number; now: Date; deps: Deps },
): Promise<LiveResult[]> {
  const results: LiveResult[] = [];
  // Most lists have nothing remembered: one stat instead of a read per provider.
  if (!opts.refresh && !existsSync(cacheDir(state.paths.stateDir))) return results;
  for (const { provider, baseUrl } of targets) {
    if (!opts.refresh) {
      const cached = await readCachedList(state.paths.stateDir, provider, baseUrl, opts.now);
      if (cached) results.push(cached);
      continue;
    }
    const apiKey = await keyFor(provider, state, opts.deps);
    if (!apiKey) {
      results.push({ status: 'no-key', provider, baseUrl });
      continue;
    }
    const answer = await askEndpoint({ provider, baseUrl, apiKey, timeoutMs: opts.timeoutMs, now: opts.now, fetchImpl: opts.deps.fetch });
    if (answer.status === 'ok') await writeCachedList(state.paths.stateDir, answer);
    results.push(answer);
  }
  return results;
}

/** The served ids per provider, for the list to merge. */
export function servedSets(results: readonly LiveResult[]): Map<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const r of results) if (r.status === 'ok') map.set(r.provider, new Set(r.models));
  return map;
}
