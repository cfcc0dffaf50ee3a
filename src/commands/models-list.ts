import type { World } from '../world.js';
import { ExitCode, UsageError } from '../errors.js';
import { findProvider } from '../catalog/providers.js';
import { loadAgentState, type AgentState } from '../config/agent-state.js';
import { modelInventory, type ListView, type ModelEntry } from '../config/model-inventory.js';
import { resolveCredential } from '../credentials/resolve.js';
import { providerBlock } from '../config/agent-config.js';
import { createOutput } from '../ui/output.js';
import { formatContext, formatRow, type Column } from '../ui/table.js';
import { providerOption } from './provider-option.js';

const COLUMNS: Column[] = [
  { header: 'Model', width: 42 },
  { header: 'Input', width: 10 },
  { header: 'Ctx', width: 11 },
  { header: 'Local', width: 5 },
  { header: 'Auth', width: 5 },
];

interface ListOptions {
  all?: boolean;
  provider?: string;
  json?: boolean;
  plain?: boolean;
}

/** yes when the provider's credential resolves (a keychain reference counts without being read). */
export function authAvailability(state: AgentState): (provider: string) => boolean {
  const cache = new Map<string, boolean>();
  return (provider) => {
    if (!cache.has(provider)) {
      const known = findProvider(provider)?.id === provider;
      const usable = known ? resolveCredential(provider, state).credential.usable : typeof providerBlock(state.config, provider)?.apiKey === 'string';
      cache.set(provider, usable);
    }
    return cache.get(provider)!;
  };
}

export async function runModelsList(opts: ListOptions, world: World): Promise<number> {
  if (opts.json && opts.plain) throw new UsageError('--json and --plain are two output formats: pass one.');
  const output = createOutput(world);
  const state = await loadAgentState(world);
  const provider = providerOption(opts.provider, state.config);
  const view: ListView = provider ? { mode: 'provider', provider } : opts.all ? { mode: 'all' } : { mode: 'configured' };
  const entries = modelInventory(state.config, view);
  const available = authAvailability(state);

  if (opts.json) {
    output.json({
      count: entries.length,
      models: entries.map((e: ModelEntry) => ({
        key: e.key,
        name: e.name,
        input: e.input,
        contextWindow: e.contextWindow ?? null,
        maxTokens: e.maxTokens ?? null,
        local: false,
        available: available(e.provider),
        tags: e.tags,
        missing: e.missing,
      })),
    });
    return ExitCode.ok;
  }
  if (opts.plain) {
    for (const e of entries) output.out(e.key);
    return ExitCode.ok;
  }
  if (entries.length === 0) {
    output.out('No models found.');
    if (view.mode === 'configured') output.info('Run openclaw onboard, or see the catalog with openclaw models list --all.');
    return ExitCode.ok;
  }
  output.out(formatRow(COLUMNS, COLUMNS.map((c) => c.header), 'Tags'));
  for (const e of entries) {
    output.out(formatRow(COLUMNS, [e.key, e.input, formatContext(e.contextWindow), 'no', available(e.provider) ? 'yes' : 'no'], e.tags.join(',')));
  }
  return ExitCode.ok;
}

export function run({ opts, world }: { opts: Record<string, unknown>; world: World }): Promise<number> {
  return runModelsList(opts as ListOptions, world);
}
