import type { Argument, Command, Option } from 'commander';
import { COMPLETION_DYNAMIC, COMPLETION_VALUES, type DynamicValues } from '../cli.js';

export interface OptionSpec {
  /** Long and short spellings: `--json`, `-h`. */
  names: string[];
  description: string;
  takesValue: boolean;
  /** Fixed values (commander choices or self-validated ids). */
  values: string[];
  /** Values looked up at completion time, in addition to `values`. */
  dynamic?: DynamicValues;
}

export interface ArgumentSpec {
  name: string;
  dynamic?: DynamicValues;
}

export interface CommandSpec {
  name: string;
  /** Subcommand names from the root: [] for the program, ['models', 'set'] for `models set`. */
  path: string[];
  description: string;
  options: OptionSpec[];
  args: ArgumentSpec[];
  subcommands: CommandSpec[];
}

const HELP: OptionSpec = { names: ['-h', '--help'], description: 'display help', takesValue: false, values: [] };

function optionSpec(option: Option): OptionSpec {
  const names = [option.long, option.short].filter((n): n is string => typeof n === 'string');
  return {
    names,
    description: option.description,
    takesValue: option.required || option.optional,
    values: [...(option.argChoices ?? COMPLETION_VALUES.get(option) ?? [])],
    dynamic: COMPLETION_DYNAMIC.get(option),
  };
}

function argumentSpec(argument: Argument): ArgumentSpec {
  return { name: argument.name(), dynamic: COMPLETION_DYNAMIC.get(argument) };
}

/**
 * The command tree as plain data, the single input of every completion
 * script. Hidden commands and options stay hidden; the program's own options
 * (`--no-color`) are offered on every command, as commander accepts them there.
 */
export function commandSpec(program: Command): CommandSpec {
  const visible = (o: Option) => !o.hidden;
  const own = program.options.filter(visible).map(optionSpec);
  const globals = own.filter((o) => !o.names.includes('--version'));
  const walk = (command: Command, path: string[]): CommandSpec => {
    // `openclaw models --json` runs the default subcommand (status): its flags belong to the parent too.
    const defaultName = (command as Command & { _defaultCommandName?: string })._defaultCommandName;
    const defaultSub = command.commands.find((c) => c.name() === defaultName);
    const ownOptions = [...command.options, ...(defaultSub?.options ?? [])].filter(visible).map(optionSpec);
    return {
      name: command.name(),
      path,
      description: command.description(),
      options: path.length ? [...ownOptions, ...globals, HELP] : [...own, HELP],
      args: command.registeredArguments.map(argumentSpec),
      subcommands: command.commands
        .filter((c) => !(c as Command & { _hidden?: boolean })._hidden)
        .map((c) => walk(c, [...path, c.name()])),
    };
  };
  return walk(program, []);
}

/** Every command of the tree, depth first, the program first. */
export function allCommands(spec: CommandSpec): CommandSpec[] {
  return [spec, ...spec.subcommands.flatMap(allCommands)];
}
