import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';

export const modelsList = defineCommand({
  path: ['models', 'list'],
  options: {
    all: flag('the whole catalog'),
    provider: value('<id>', 'one provider (id or alias), endpoint-aware for its configured base URL', { values: allProviderNames, dynamic: 'provider' }),
    json: flag('JSON output'),
    plain: flag('one model ref a line'),
  },
  examples: ['openclaw models list', 'openclaw models list --all', 'openclaw models list --provider qwen --json', 'openclaw models list --plain'],
  async run({ opts, world }) {
    if (opts.json && opts.plain) throw new UsageError(t().jsonAndPlain);
    const [{ createOutput }, { loadAgentState }, { modelInventory }, { providerOption }, { formatContext, renderTable }, { authAvailability }] = await Promise.all([
      import('../ui/output.js'),
      import('../config/agent-state.js'),
      import('../config/model-inventory.js'),
      import('../config/provider-option.js'),
      import('../ui/table.js'),
      import('../credentials/credential-source.js'),
    ]);
    const output = createOutput(world);
    const state = await loadAgentState(world);
    const provider = providerOption(opts.provider, state.config);
    const entries = modelInventory(state.config, provider ? { mode: 'provider', provider } : opts.all ? { mode: 'all' } : { mode: 'configured' });
    const available = authAvailability(state);
    if (opts.json) {
      output.json({
        count: entries.length,
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
        })),
      });
      return ExitCode.ok;
    }
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
