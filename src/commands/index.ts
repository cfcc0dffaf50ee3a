/** Every command and group, in the order help and completion list them. */
import type { CommandSpec, GroupSpec, OptionDef } from './command.js';
import { flag, negated } from './command.js';
import { onboard } from './onboard.js';
import { modelsList } from './models-list.js';
import { modelsSet, modelsSetVideo } from './models-set.js';
import { modelsStatus } from './models-status.js';
import { modelsAuthList } from './models-auth-list.js';
import { modelsAuthLogout } from './models-auth-logout.js';
import { modelsAuthLogin } from './models-auth-login.js';
import { modelsAuthPasteToken } from './models-auth-paste-token.js';
import { modelsAuthOrderClear, modelsAuthOrderGet, modelsAuthOrderSet } from './models-auth-order.js';
import { completion } from './completion.js';
import { secretsResolve } from './secrets-resolve.js';
import { secretsMigrate } from './secrets-migrate.js';
import { complete } from './complete.js';

export const PROGRAM = {
  description: 'Connect an OpenClaw agent to Qwen Cloud, the Qwen Portal or Alibaba Wan video models.',
  options: { color: negated('disable colour (also NO_COLOR)') } as Record<string, OptionDef>,
  version: flag('output the version number', { short: '-V' }),
  examples: ['openclaw onboard', 'openclaw models status', 'openclaw models list --provider qwen', 'openclaw completion --write-state --install'],
};

const group = (path: string[], description: string, examples: string[]): GroupSpec => ({ path, description, examples });

// Each spec keeps its own option types; the list only needs what every spec shares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENTRIES: readonly (GroupSpec | CommandSpec<any>)[] = [
  onboard,
  group(['models'], 'List, choose and check models (default: status)', ['openclaw models', 'openclaw models list --all', 'openclaw models set qwen/qwen3.5-plus']),
  modelsList,
  modelsSet,
  modelsSetVideo,
  modelsStatus,
  group(['models', 'auth'], 'Stored auth profiles', ['openclaw models auth list', 'openclaw models auth logout qwen:default']),
  modelsAuthList,
  modelsAuthLogout,
  modelsAuthLogin,
  modelsAuthPasteToken,
  group(['models', 'auth', 'order'], 'Which profile of a provider the Gateway uses first', ['openclaw models auth order get --provider qwen', 'openclaw models auth order set --provider qwen qwen:work']),
  modelsAuthOrderGet,
  modelsAuthOrderSet,
  modelsAuthOrderClear,
  completion,
  group(['secrets'], 'Secret references for the Gateway', ['openclaw secrets migrate --to keychain']),
  secretsResolve,
  secretsMigrate,
  complete,
];
