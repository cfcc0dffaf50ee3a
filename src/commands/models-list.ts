import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames, providers } from '../catalog/registry.js';
import { requestTimeout } from '../probe/timeout.js';
import type { LiveResult } from '../probe/live-models.js';
import { ExitCode, UsageError } from '../errors.js';

export const modelsList = defineCommand({
  path: ['models', 'list'],
  output: { machineWhen: ['json', 'plain'] },
  options: {
    all: flag('wholeCatalog'),
    provider: value('<id>', 'providerIdAliasEndpoint', { values: allProviderNames, dynamic: 'provider' }),
    json: flag('jsonOutput'),
    plain: flag('modelRefLine'),
    refresh: flag('askConfiguredEndpointsModels'),
    probeTimeout: value('<ms>', 'requestTimeoutMillisecondsDefault'),
  },
  examples: ['openclaw models list', 'openclaw models list --all', 'openclaw models list --provider qwen --json', 'openclaw models list --plain', 'openclaw models list --provider qwen --refresh'],
  async run({ opts, world, deps }) {
    if (opts.json && opts.plain) throw new UsageError(t().jsonAndPlain);
    const timeoutMs = requestTimeout(opts.probeTimeout);
    const [{ createOutput }, { loadAgentState }, { modelInventory, configuredRefs }, { providerOption }, { formatContext, renderTable }, { authAvailability }, live] = await Promise.all([
      import('../ui/output.js'),
      import('../config/agent-state.js'),
      import('../config/model-inventory.js'),
      import('../config/provider-option.js'),
      import('../ui/table.js'),
      import('../credentials/credential-source.js'),
      import('../probe/live-models.js'),
    ]);
    const output = createOutput(world);
    const state = await loadAgentState(world);
    const provider = providerOption(opts.provider, state.config);
    const view = provider ? ({ mode: 'provider', provider } as const) : opts.all ? ({ mode: 'all' } as const) : ({ mode: 'configured' } as const);
    const candidates = provider ? [provider] : opts.all ? providerIds() : configuredRefs(state.config).map((ref) => ref.slice(0, ref.indexOf('/')));
    const discovered = await live.liveModels(state, live.discoverableProviders(state, candidates), { refresh: Boolean(opts.refresh), timeoutMs, now: world.now(), deps });
    const entries = modelInventory(state.config, view, live.servedSets(discovered));
    const available = authAvailability(state);
    if (opts.json) {
      output.json({
        count: entries.length,
        ...(discovered.length ? { discovery: discovered.map(discoveryJson) } : {}),
        models: entries.map((e) => ({
          key: e.key,
          name: e.name,
          input: e.input,
          contextWindow: e.contextWindow ?? null,
          maxTokens: e.maxTokens ?? null,
          local: false,
          available: available(e.provider),
          tags: e.tags,
          missing: e.missing,
          ...(e.reasoningEfforts ? { reasoningEfforts: e.reasoningEfforts } : {}),
          ...(e.caps ? { caps: e.caps } : {}),
        })),
      });
      return ExitCode.ok;
    }
    for (const d of discovered) output.info(discoveryLine(d, world.now()));
    if (opts.plain) {
      if (entries.length) output.out(entries.map((e) => e.key).join('\n'));
      return ExitCode.ok;
    }
    if (entries.length === 0) {
      output.out(t().noModels);
      if (!provider && !opts.all) output.info(t().noModelsHint);
      return ExitCode.ok;
    }
    const m = t();
    const rows = entries.map((e) => [e.key, e.input, formatContext(e.contextWindow), m.noWord, available(e.provider) ? m.yesWord : m.noWord, e.tags.join(',')]);
    // One write for the whole table: a catalog of thousands of rows is not thousands of writes.
    output.out(renderTable([m.colModel, m.colInput, m.colCtx, m.colLocal, m.colAuth, m.colTags], rows, { minWidths: [42, 10, 11, 5, 5] }).join('\n'));
    return ExitCode.ok;
  },
});

const providerIds = () => providers().map((p) => p.id);

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return '?';
  }
}

/** One line on stderr per endpoint asked (or remembered): what the list merged, or why it is the catalog alone. */
function discoveryLine(d: LiveResult, now: Date): string {
  const m = t();
  const host = hostOf(d.baseUrl);
  switch (d.status) {
    case 'ok':
      return d.source === 'endpoint' ? m.discoveryAsked(host, String(d.models.length)) : m.discoveryCached(host, String(Math.max(0, Math.round((now.getTime() - Date.parse(d.fetchedAt)) / 60_000))));
    case 'timeout':
      return m.discoveryTimeout(host, d.detail);
    case 'unreachable':
      return m.discoveryUnreachable(host, d.detail);
    case 'refused':
      return m.discoveryRefused(host, String(d.httpStatus));
    case 'format':
      return m.discoveryNotAList(host);
    case 'no-key':
      return m.discoveryNoKey(d.provider, host);
  }
}

function discoveryJson(d: LiveResult): Record<string, unknown> {
  const base = { provider: d.provider, baseUrl: d.baseUrl, status: d.status };
  if (d.status === 'ok') return { ...base, source: d.source, fetchedAt: d.fetchedAt, count: d.models.length };
  if (d.status === 'refused' || d.status === 'format') return { ...base, httpStatus: d.httpStatus ?? null };
  return base;
}
