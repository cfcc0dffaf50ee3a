import { defineCommand, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames } from '../catalog/registry.js';
import { UsageError } from '../errors.js';
import { keyFlagOptions, onboardOptions } from '../onboarding/flags.js';

const { mode: _mode, ...loginOptions } = onboardOptions;

export const modelsAuthLogin = defineCommand({
  path: ['models', 'auth', 'login'],
  output: { machineWhen: ['json'] },
  options: { provider: value('<id>', 'providerIdAlias2', { values: allProviderNames, dynamic: 'provider' }), ...loginOptions },
  extraOptions: keyFlagOptions,
  examples: ['openclaw models auth login --provider qwen', 'printenv QWEN_API_KEY | openclaw models auth login --provider qwen --auth-choice qwen-api-key-cn --api-key-stdin'],
  async run({ opts, extra, world, deps }) {
    const [{ runOnboarding }, { findProvider }, { canPrompt }] = await Promise.all([import('../onboarding/onboard.js'), import('../catalog/registry.js'), import('../world.js')]);
    const { provider: _p, ...flags } = opts;
    // On a terminal a missing --provider is the flow's first question: the providers, to pick from.
    if (!opts.provider && !opts.nonInteractive && canPrompt(world)) return runOnboarding({ ...flags, mode: undefined, keys: extra }, world, deps);
    if (!opts.provider) throw new UsageError(t().passProvider(allProviderNames()[0]!), t().providersList(allProviderNames().join(', ')));
    const provider = findProvider(opts.provider);
    if (!provider) throw new UsageError(t().unknownProvider(opts.provider), t().providersList(allProviderNames().join(', ')));
    return runOnboarding({ ...flags, mode: undefined, keys: extra }, world, deps, [], provider.id);
  },
});
