/**
 * Every command and group, in the order help and completion list them. A
 * command is loaded only when it runs (or when the completion scripts are
 * generated): the list itself is names, descriptions and loaders.
 */
import type { CommandEntry, GroupSpec, OptionDef } from './command.js';
import { flag, negated, value } from './command.js';

export const PROGRAM = {
  description: 'Connect an OpenClaw agent to Qwen Cloud, the Qwen Portal or Alibaba Wan video models.',
  options: {
    color: negated('disable colour (also NO_COLOR)'),
    gatewayVersion: value('<version>', 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'),
  } as Record<string, OptionDef>,
  version: flag('output the version number', { short: '-V' }),
  examples: ['openclaw onboard', 'openclaw models status', 'openclaw models list --provider qwen', 'openclaw completion --write-state --install'],
};

const group = (path: string[], description: string, examples: string[]): GroupSpec => ({ path, description, examples });
const command = (path: string[], description: string, load: CommandEntry['load'], extra: Pick<CommandEntry, 'isDefault' | 'hidden'> = {}): CommandEntry => ({ path, description, load, ...extra });

export const ENTRIES: readonly (GroupSpec | CommandEntry)[] = [
  command(['onboard'], 'Set up a Qwen Cloud, Qwen Portal or Alibaba Model Studio key and the default models', async () => (await import('./onboard.js')).onboard),
  group(['models'], 'List, choose and check models (default: status)', ['openclaw models', 'openclaw models list --all', 'openclaw models set qwen/qwen3.5-plus']),
  command(['models', 'list'], 'List configured models, or the catalog', async () => (await import('./models-list.js')).modelsList),
  command(['models', 'set'], 'Set the default chat model', async () => (await import('./models-set.js')).modelsSet),
  command(['models', 'set-video'], 'Set the default video generation model', async () => (await import('./models-set.js')).modelsSetVideo),
  command(['models', 'status'], 'Default models and where each provider in use gets its credential', async () => (await import('./models-status.js')).modelsStatus, { isDefault: true }),
  group(['models', 'auth'], 'Stored auth profiles', ['openclaw models auth list', 'openclaw models auth logout qwen:default']),
  command(['models', 'auth', 'list'], 'List stored profiles and where their secret lives (never the secret)', async () => (await import('./models-auth-list.js')).modelsAuthList),
  command(['models', 'auth', 'logout'], 'Remove a profile from the store, the keychain and the config', async () => (await import('./models-auth-logout.js')).modelsAuthLogout),
  command(['models', 'auth', 'login'], 'Run the onboarding flow for one provider (plan, region, key, models)', async () => (await import('./models-auth-login.js')).modelsAuthLogin),
  command(['models', 'auth', 'paste-token'], 'Store a pasted key or token for a provider (masked prompt, or stdin)', async () => (await import('./models-auth-paste-token.js')).modelsAuthPasteToken),
  command(['models', 'auth', 'paste-api-key'], 'Store a pasted API key for a provider (the same as paste-token)', async () => (await import('./models-auth-paste-token.js')).modelsAuthPasteApiKey),
  group(['models', 'auth', 'order'], 'Which profile of a provider the Gateway uses first', ['openclaw models auth order get --provider qwen', 'openclaw models auth order set --provider qwen qwen:work']),
  command(['models', 'auth', 'order', 'get'], "Show the order the Gateway tries a provider's profiles in, and the active one", async () => (await import('./models-auth-order.js')).modelsAuthOrderGet),
  command(['models', 'auth', 'order', 'set'], "Set the order of a provider's profiles for this agent (auth-state.json); the first usable one is active", async () => (await import('./models-auth-order.js')).modelsAuthOrderSet),
  command(['models', 'auth', 'order', 'clear'], "Remove this agent's order override for a provider", async () => (await import('./models-auth-order.js')).modelsAuthOrderClear),
  command(['completion'], 'Print, cache or install the shell completion script', async () => (await import('./completion.js')).completion),
  group(['secrets'], 'Secret references for the Gateway', ['openclaw secrets migrate --to keychain']),
  command(['secrets', 'resolve'], 'Exec secret provider: read a request on stdin, print the values (protocol v1)', async () => (await import('./secrets-resolve.js')).secretsResolve),
  command(['secrets', 'migrate'], 'Move stored keys into the OS keychain, or back into the file store', async () => (await import('./secrets-migrate.js')).secretsMigrate),
  command(['__complete'], 'Completion candidates for one dynamic value kind (used by the completion scripts)', async () => (await import('./complete.js')).complete, { hidden: true }),
];
