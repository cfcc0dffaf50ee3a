import { defineCommand, optionNames, typed } from './command.js';
import { t } from '../ui/i18n/index.js';
import { authChoices, providers } from '../catalog/registry.js';
import { exampleChatRef } from '../catalog/endpoints.js';
import { keyFlagOptions, onboardOptions } from '../onboarding/flags.js';

function envVarLines(): string {
  return providers()
    .map((p) => `  ${p.id.padEnd(11)} ${p.envVars.join(', ')}`)
    .join('\n');
}

export const onboard = defineCommand({
  path: ['onboard'],
  output: { machineWhen: ['json'] },
  options: onboardOptions,
  extraOptions: keyFlagOptions,
  examples: [
    'openclaw onboard',
    'printenv QWEN_API_KEY | openclaw onboard --non-interactive --auth-choice qwen-standard-api-key --api-key-stdin',
    `openclaw onboard --non-interactive --auth-choice qwen-api-key-cn --model ${exampleChatRef()} --secret-store file`,
    'openclaw onboard --auth-choice alibaba-model-studio-api-key --region cn --dry-run',
  ],
  helpNotes: () => [
    t().helpAuthChoices(
      authChoices()
        .map((c) => c.id)
        .join(', '),
    ),
    t().helpEnvVars(envVarLines()),
  ],
  async run({ opts, extra, world, deps, argv }) {
    const { runOnboarding } = await import('../onboarding/onboard.js');
    const gatewayFlags = Object.entries(onboardOptions)
      .filter(([, o]) => 'gateway' in o && o.gateway)
      .flatMap(([key, o]) => optionNames(key, o).filter((name) => name.startsWith('--') && typed(argv, name)));
    return runOnboarding({ ...opts, keys: extra }, world, deps, gatewayFlags);
  },
});
