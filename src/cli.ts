import { Argument, Command, Option } from 'commander';
import { AUTH_CHOICES, GENERIC_QWEN_KEY_FLAG, allAuthChoiceIds } from './catalog/auth-choices.js';
import { allProviderNames } from './catalog/providers.js';
import type { CommandModule } from './commands/types.js';
import type { World } from './world.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];
/** Hidden entry the completion scripts call; bin/openclaw.js routes it past commander for speed. */
export const COMPLETE_COMMAND = '__complete';

/** Flags of the full OpenClaw onboarding that only concern the Gateway: accepted, ignored here. */
export const GATEWAY_ONLY_FLAGS = ['accept-risk', 'skip-health', 'skip-daemon', 'no-install-daemon', 'skip-channels', 'skip-skills', 'skip-search', 'skip-ui'];

/**
 * Values a flag accepts that the command validates itself (so that it can say
 * more than commander would, like pointing a removed id to its replacement).
 * Completion offers them like commander's own choices.
 */
export const COMPLETION_VALUES = new WeakMap<Option, readonly string[]>();

/** Values only known at completion time (catalog plus the user's config and store), served by `openclaw __complete <kind>`. */
export type DynamicValues = 'chat-model' | 'video-model' | 'provider' | 'profile';
export const DYNAMIC_KINDS: readonly DynamicValues[] = ['chat-model', 'video-model', 'provider', 'profile'];
export const COMPLETION_DYNAMIC = new WeakMap<Option | Argument, DynamicValues>();

function valueOption(flags: string, description: string, values: readonly string[], dynamic?: DynamicValues): Option {
  const option = new Option(flags, description);
  COMPLETION_VALUES.set(option, values);
  if (dynamic) COMPLETION_DYNAMIC.set(option, dynamic);
  return option;
}

function dynamicOption(flags: string, description: string, dynamic: DynamicValues): Option {
  const option = new Option(flags, description);
  COMPLETION_DYNAMIC.set(option, dynamic);
  return option;
}

function dynamicArgument(name: string, description: string, dynamic: DynamicValues): Argument {
  const argument = new Argument(name, description);
  COMPLETION_DYNAMIC.set(argument, dynamic);
  return argument;
}

export type CommandRunner = (name: string, args: string[], opts: Record<string, unknown>) => Promise<void>;

/**
 * The whole command tree: names, flags and their fixed choices. Actions load
 * their module from src/commands only when invoked, so `models list` never
 * pays for prompts, keychain or network code. Completion scripts are generated
 * from this same tree.
 */
export function buildProgram(runCommand: CommandRunner, version: string): Command {
  const program = new Command('openclaw')
    .description('Connect an OpenClaw agent to Qwen Cloud, the Qwen Portal or Alibaba Wan video models.')
    .version(version, '-V, --version')
    .option('--no-color', 'disable colour (also NO_COLOR)')
    .showHelpAfterError('(run with --help for usage)')
    .enablePositionalOptions(false);

  const action =
    (name: string) =>
    async (...received: unknown[]) => {
      const command = received[received.length - 1] as Command;
      const args = received.slice(0, -2).filter((a): a is string => typeof a === 'string');
      await runCommand(name, args, command.optsWithGlobals());
    };

  const onboard = program
    .command('onboard')
    .description('Set up a Qwen Cloud, Qwen Portal or Alibaba Model Studio key and the default models')
    .option('--non-interactive', 'never prompt; missing answers are errors naming their flag')
    .addOption(valueOption('--auth-choice <id>', `how to authenticate: ${AUTH_CHOICES.map((c) => c.id).join(', ')}`, allAuthChoiceIds()));
  for (const choice of AUTH_CHOICES) {
    onboard.option(`--${choice.keyFlag} <key>`, `key for ${choice.id} (prefer --api-key-stdin or the env var)`);
  }
  onboard
    .option(`--${GENERIC_QWEN_KEY_FLAG} <key>`, 'key for any qwen-* choice')
    .option('--api-key-stdin', 'read the key from stdin')
    .addOption(new Option('--secret-input-mode <mode>', 'store the key, or a reference to its env var').choices(['plaintext', 'ref']))
    .addOption(new Option('--secret-store <store>', 'where a plaintext key goes').choices(['auto', 'keychain', 'file']))
    .option('--profile-id <name>', 'profile name (default: default)')
    .option('--base-url <url>', 'custom endpoint base URL')
    .addOption(new Option('--region <region>', 'region for alibaba-model-studio-api-key').choices(['global', 'cn']))
    .addOption(dynamicOption('--model <ref>', 'default chat model, like qwen/qwen3.5-plus', 'chat-model'))
    .addOption(dynamicOption('--video-model <ref>', 'default video model, like qwen/wan2.6-t2v', 'video-model'))
    .option('--no-video', 'leave the default video model unset')
    .option('--write-daemon-env', 'in ref mode, also write the env var to <state>/.env for a Gateway daemon')
    .option('--dry-run', 'print the planned changes, write nothing')
    .option('--json', 'print one JSON result object')
    .option('--verify', 'make one small live request with the key before writing')
    .addOption(new Option('--mode <mode>', 'Gateway mode (accepted for compatibility)').choices(['local']));
  for (const flag of GATEWAY_ONLY_FLAGS) {
    onboard.addOption(new Option(`--${flag}`, 'accepted for compatibility with the full OpenClaw CLI; no effect here').hideHelp());
  }
  onboard.action(action('onboard'));

  const models = program.command('models').description('List, choose and check models (default: status)');
  models
    .command('list')
    .description('List configured models, or the catalog')
    .option('--all', 'the whole catalog')
    .addOption(valueOption('--provider <id>', 'one provider (id or alias)', allProviderNames(), 'provider'))
    .option('--json', 'JSON output')
    .option('--plain', 'one model ref a line')
    .action(action('models-list'));
  models
    .command('set')
    .description('Set the default chat model')
    .addArgument(dynamicArgument('<ref>', 'model ref, alias or bare model id', 'chat-model'))
    .action(action('models-set'));
  models
    .command('set-video')
    .description('Set the default video generation model')
    .addArgument(dynamicArgument('<ref>', 'video model ref, like qwen/wan2.6-t2v', 'video-model'))
    .action(action('models-set-video'));
  const status = models
    .command('status', { isDefault: true })
    .description('Default models and where each provider in use gets its credential')
    .option('--json', 'JSON output')
    .option('--plain', 'the resolved default model only')
    .option('--check', 'exit 1 when a credential is missing, 2 when one expires within 24 h')
    .option('--probe', 'one small live request per provider in use')
    .addOption(valueOption('--probe-provider <id>', 'probe only this provider', allProviderNames(), 'provider'))
    .option('--probe-timeout <ms>', 'probe timeout in milliseconds', '8000');
  status.action(action('models-status'));
  const auth = models.command('auth').description('Stored auth profiles');
  auth
    .command('list')
    .description('List stored profiles and where their secret lives (never the secret)')
    .addOption(valueOption('--provider <id>', 'one provider (id or alias)', allProviderNames(), 'provider'))
    .option('--json', 'JSON output')
    .action(action('models-auth-list'));
  auth
    .command('logout')
    .description('Remove a profile from the store, the keychain and the config')
    .addArgument(dynamicArgument('<profileId>', 'profile id, like qwen:default', 'profile'))
    .option('--yes', 'skip the confirmation')
    .action(action('models-auth-logout'));

  program
    .command('completion')
    .description('Print, cache or install the shell completion script')
    .addOption(new Option('--shell <shell>', 'target shell (default from $SHELL)').choices([...SHELLS]))
    .option('--write-state', 'cache the scripts under <state>/completions')
    .option('--install', "add a block that sources the cache to the shell's profile")
    .option('--yes', 'skip the confirmation')
    .action(action('completion'));

  const secrets = program.command('secrets').description('Secret references for the Gateway');
  secrets
    .command('resolve')
    .description('Exec secret provider: read a request on stdin, print the values (protocol v1)')
    .action(action('secrets-resolve'));
  secrets
    .command('migrate')
    .description('Move stored keys into the OS keychain, or back into the file store')
    .addOption(new Option('--to <store>', 'target store').choices(['keychain', 'file']).makeOptionMandatory())
    .action(action('secrets-migrate'));

  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .description('Completion candidates for one dynamic value kind (used by the completion scripts)')
    .argument('[kind]')
    .action(action('complete'));
  return program;
}

export async function loadCommand(name: string): Promise<CommandModule> {
  return (await import(`./commands/${name}.js`)) as CommandModule;
}

export type { World };
