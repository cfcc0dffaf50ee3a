import { defineCommand, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames, providers } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';

export const modelsAuthPasteToken = defineCommand({
  path: ['models', 'auth', 'paste-token'],
  options: {
    provider: value('<id>', 'provider id or alias', { values: allProviderNames, dynamic: 'provider' }),
    profileId: value('<id>', 'profile id or name (default: <provider>:default)'),
  },
  examples: ['openclaw models auth paste-token --provider qwen-oauth', 'printenv QWEN_PORTAL_TOKEN | openclaw models auth paste-token --provider qwen-oauth --profile-id work'],
  async run({ opts, world, deps }) {
    if (!opts.provider) throw new UsageError(t().passProvider((providers().find((p) => !p.keyPageUrl) ?? providers()[0]!).id));
    const { pasteToken } = await import('../onboarding/paste-token.js');
    return pasteToken(opts.provider, opts.profileId, world, deps).then(() => ExitCode.ok);
  },
});
