import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';
import type { World } from '../world.js';
import { own } from '../config/own.js';

const providerFlag = value('<id>', 'provider id or alias', { values: allProviderNames, dynamic: 'provider', required: true });

async function context(world: World, providerName: string | undefined) {
  if (!providerName) throw new UsageError(t().passProviderId);
  const [{ createOutput }, { loadAgentState }, { providerOption }, credentials, authState, { withTransaction }] = await Promise.all([
    import('../ui/output.js'),
    import('../config/agent-state.js'),
    import('../config/provider-option.js'),
    import('../credentials/credential-source.js'),
    import('../credentials/auth-state.js'),
    import('../config/transaction.js'),
  ]);
  const state = await loadAgentState(world);
  const provider = providerOption(providerName, state.config)!;
  // The agent's auth state changes under the same lock and journal as every other write of the agent's files.
  const update = (mutate: Parameters<typeof state.stores.authState.update>[0]) => withTransaction(state.paths.configPath, () => state.stores.authState.update(mutate));
  return { output: createOutput(world), state, provider, credentials, authState, update };
}

export const modelsAuthOrderGet = defineCommand({
  path: ['models', 'auth', 'order', 'get'],
  options: { provider: providerFlag, json: flag('JSON output') },
  examples: ['openclaw models auth order get --provider qwen'],
  async run({ opts, world }) {
    const { output, state, provider, credentials, authState } = await context(world, opts.provider);
    const override = state.authState?.order?.[provider];
    const effective = credentials.effectiveOrder(provider, state) ?? [];
    const active = credentials.resolveCredential(provider, state).credential.profileId ?? null;
    const source = Array.isArray(override) ? state.stores.authState.location : effective.length ? `${state.paths.configPath} (auth.order)` : null;
    if (opts.json) {
      output.json({ provider, order: effective, source, active });
      return ExitCode.ok;
    }
    output.out(effective.length ? t().orderFrom(provider, effective.join(', '), String(source)) : t().noOrder(provider));
    output.out(t().activeLine(active ?? t().noneUsable));
    return ExitCode.ok;
  },
});

export const modelsAuthOrderSet = defineCommand({
  path: ['models', 'auth', 'order', 'set'],
  options: { provider: providerFlag },
  args: [{ name: 'profileIds', description: 'profile ids, first preferred', required: true, variadic: true, dynamic: 'profile' }],
  examples: ['openclaw models auth order set --provider qwen qwen:work qwen:default'],
  async run({ args, opts, world }) {
    const { output, state, provider, credentials, update } = await context(world, opts.provider);
    if (args.length === 0) throw new UsageError(t().nameOneProfile);
    for (const id of args) {
      const stored = own(state.store.profiles, id);
      if (!stored) throw new UsageError(t().noStoredProfile(id), t().seeStoredProfiles);
      if (credentials.profileProvider(stored) !== provider) throw new UsageError(t().profileOfOther(id, stored.provider, provider));
    }
    if (new Set(args).size !== args.length) throw new UsageError(t().profileTwice);
    await update((s) => {
      s.order = { ...(s.order ?? {}), [provider]: [...args] };
    });
    const next = { ...state, authState: { ...state.authState, version: state.authState?.version ?? 1, order: { ...(state.authState?.order ?? {}), [provider]: [...args] } } };
    const active = credentials.resolveCredential(provider, next).credential.profileId;
    output.out(t().orderSet(provider, args.join(', '), active ?? t().noneUsable));
    return ExitCode.ok;
  },
});

export const modelsAuthOrderClear = defineCommand({
  path: ['models', 'auth', 'order', 'clear'],
  options: { provider: providerFlag },
  examples: ['openclaw models auth order clear --provider qwen'],
  async run({ opts, world }) {
    const { output, provider, update } = await context(world, opts.provider);
    const changed = await update((s) => {
      if (s.order) delete s.order[provider];
    });
    output.out(changed ? t().orderCleared(provider) : t().noOrderOverride(provider));
    return ExitCode.ok;
  },
});
