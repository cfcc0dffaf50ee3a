import { defineCommand, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames, providers } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';

const options = {
  provider: value('<id>', 'providerIdAlias2', { values: allProviderNames, dynamic: 'provider' }),
  profileId: value('<id>', 'profileIdNameDefault'),
};

function pasteCommand(name: 'paste-token' | 'paste-api-key', examples: string[]) {
  return defineCommand({
    path: ['models', 'auth', name],
    options,
    examples,
    async run({ opts, world, deps }) {
      if (!opts.provider) throw new UsageError(t().passProvider((providers().find((p) => !p.keyPageUrl) ?? providers()[0]!).id));
      const { pasteToken } = await import('../onboarding/paste-token.js');
      return pasteToken(opts.provider, opts.profileId, world, deps).then(() => ExitCode.ok);
    },
  });
}

export const modelsAuthPasteToken = pasteCommand('paste-token', ['openclaw models auth paste-token --provider qwen-oauth', 'printenv QWEN_PORTAL_TOKEN | openclaw models auth paste-token --provider qwen-oauth --profile-id work']);
/** Today's OpenClaw name for storing an `api_key` profile: the same command. */
export const modelsAuthPasteApiKey = pasteCommand('paste-api-key', ['openclaw models auth paste-api-key --provider qwen', 'printenv QWEN_API_KEY | openclaw models auth paste-api-key --provider qwen --profile-id work']);
