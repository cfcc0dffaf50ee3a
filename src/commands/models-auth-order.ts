import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';

const providerFlag = value('<id>', 'providerIdAlias2', { values: allProviderNames, dynamic: 'provider', required: true });

async function context(world: World, deps: Deps, providerName: string | undefined) {
  if (!providerName) throw new UsageError(t().passProviderId);
  const [{ createOutput }, { openCredentials }, { providerOption }, source] = await Promise.all([
    import('../ui/output.js'),
    import('../credentials/lifecycle.js'),
    import('../config/provider-option.js'),
    import('../credentials/credential-source.js'),
  ]);
  const credentials = await openCredentials(world, deps);
  const provider = providerOption(providerName, credentials.state.config)!;
  return { output: createOutput(world), credentials, provider, source };
}

export const modelsAuthOrderGet = defineCommand({
  path: ['models', 'auth', 'order', 'get'],
  output: { machineWhen: ['json'] },
  options: { provider: providerFlag, json: flag('jsonOutput') },
  examples: ['openclaw models auth order get --provider qwen'],
  async run({ opts, world, deps }) {
    const { output, credentials, provider, source } = await context(world, deps, opts.provider);
    const { state } = credentials;
    const override = state.authState?.order?.[provider];
    const effective = source.effectiveOrder(provider, state) ?? [];
    const active = credentials.activeProfile(provider) ?? null;
    const where = Array.isArray(override) ? state.stores.authState.location : effective.length ? `${state.paths.configPath} (auth.order)` : null;
    // Without an order, the profiles that exist, in the order they are tried: never a profile that is not there.
    const tried = source.orderedProfiles(provider, state).map(([id]) => id);
    if (opts.json) {
      output.json({ provider, order: effective, source: where, tried, active });
      return ExitCode.ok;
    }
    if (effective.length) output.out(t().orderFrom(provider, effective.join(', '), String(where)));
    else output.out(tried.length ? t().noOrderTries(provider, tried.join(', ')) : t().noProfilesOf(provider));
    output.out(t().activeLine(active ?? t().noneUsable));
    return ExitCode.ok;
  },
});

export const modelsAuthOrderSet = defineCommand({
  path: ['models', 'auth', 'order', 'set'],
  options: { provider: providerFlag },
  args: [{ name: 'profileIds', description: 'profileIdsFirstPreferred', required: true, variadic: true, dynamic: 'profile' }],
  examples: ['openclaw models auth order set --provider qwen qwen:work qwen:default'],
  async run({ args, opts, world, deps }) {
    const { output, credentials, provider } = await context(world, deps, opts.provider);
    await credentials.setOrder(provider, args);
    output.out(t().orderSet(provider, args.join(', '), credentials.activeProfile(provider) ?? t().noneUsable));
    return ExitCode.ok;
  },
});

export const modelsAuthOrderClear = defineCommand({
  path: ['models', 'auth', 'order', 'clear'],
  options: { provider: providerFlag },
  examples: ['openclaw models auth order clear --provider qwen'],
  async run({ opts, world, deps }) {
    const { output, credentials, provider } = await context(world, deps, opts.provider);
    output.out((await credentials.clearOrder(provider)) ? t().orderCleared(provider) : t().noOrderOverride(provider));
    return ExitCode.ok;
  },
});
