import type { HelpKey } from '../ui/i18n/help/en.js';
/**
 * Every command and group, in the order help and completion list them. A
 * command is loaded only when it runs (or when the completion scripts are
 * generated): the list itself is names, descriptions and loaders.
 */
import type { CommandEntry, GroupSpec, OptionDef } from './command.js';
import { flag, negated, value } from './command.js';

export const PROGRAM = {
  description: 'connectOpenclawAgentQwen' as HelpKey,
  options: {
    color: negated('disableColourAlsoNo'),
    gatewayVersion: value('<version>', 'versionOpenclawGatewayReads'),
  } as Record<string, OptionDef>,
  version: flag('outputVersionNumber', { short: '-V' }),
  examples: ['openclaw onboard', 'openclaw models status', 'openclaw models list --provider qwen', 'openclaw completion --write-state --install'],
};

const group = (path: string[], description: HelpKey, examples: string[]): GroupSpec => ({ path, description, examples });
const command = (path: string[], description: HelpKey, load: CommandEntry['load'], extra: Pick<CommandEntry, 'isDefault' | 'hidden'> = {}): CommandEntry => ({ path, description, load, ...extra });

export const ENTRIES: readonly (GroupSpec | CommandEntry)[] = [
  command(['onboard'], 'setUpQwenCloud', async () => (await import('./onboard.js')).onboard),
  group(['models'], 'listChooseCheckModels', ['openclaw models', 'openclaw models list --all', 'openclaw models set qwen/qwen3.5-plus']),
  command(['models', 'list'], 'listConfiguredModelsCatalog', async () => (await import('./models-list.js')).modelsList),
  command(['models', 'set'], 'setDefaultChatModel', async () => (await import('./models-set.js')).modelsSet),
  command(['models', 'set-video'], 'setDefaultVideoGeneration', async () => (await import('./models-set.js')).modelsSetVideo),
  command(['models', 'status'], 'defaultModelsWhereEach', async () => (await import('./models-status.js')).modelsStatus, { isDefault: true }),
  group(['models', 'auth'], 'storedAuthProfiles', ['openclaw models auth list', 'openclaw models auth logout qwen:default']),
  command(['models', 'auth', 'list'], 'listStoredProfilesWhere', async () => (await import('./models-auth-list.js')).modelsAuthList),
  command(['models', 'auth', 'logout'], 'removeProfileStoreKeychain', async () => (await import('./models-auth-logout.js')).modelsAuthLogout),
  command(['models', 'auth', 'login'], 'runOnboardingFlowProvider', async () => (await import('./models-auth-login.js')).modelsAuthLogin),
  command(['models', 'auth', 'paste-token'], 'storePastedKeyToken', async () => (await import('./models-auth-paste-token.js')).modelsAuthPasteToken),
  command(['models', 'auth', 'paste-api-key'], 'storePastedApiKey', async () => (await import('./models-auth-paste-token.js')).modelsAuthPasteApiKey),
  group(['models', 'auth', 'order'], 'profileProviderGatewayUses', ['openclaw models auth order get --provider qwen', 'openclaw models auth order set --provider qwen qwen:work']),
  command(['models', 'auth', 'order', 'get'], 'showOrderGatewayTries', async () => (await import('./models-auth-order.js')).modelsAuthOrderGet),
  command(['models', 'auth', 'order', 'set'], 'setOrderProviderS', async () => (await import('./models-auth-order.js')).modelsAuthOrderSet),
  command(['models', 'auth', 'order', 'clear'], 'removeAgentSOrder', async () => (await import('./models-auth-order.js')).modelsAuthOrderClear),
  command(['completion'], 'printCacheInstallShell', async () => (await import('./completion.js')).completion),
  group(['secrets'], 'secretReferencesGateway', ['openclaw secrets migrate --to keychain']),
  command(['secrets', 'resolve'], 'execSecretProviderRead', async () => (await import('./secrets-resolve.js')).secretsResolve),
  command(['secrets', 'migrate'], 'moveStoredKeysInto', async () => (await import('./secrets-migrate.js')).secretsMigrate),
  command(['__complete'], 'completionCandidates', async () => (await import('./complete.js')).complete, { hidden: true }),
];
