import { Argument, Command, Option } from 'commander';
import type { CommandSpec, GroupSpec, OptionDef } from './commands/command.js';
import { kebab, optionNames } from './commands/command.js';
import { ENTRIES, PROGRAM } from './commands/index.js';
import { completionOption, completionTree, type CompletionNode } from './completion/spec.js';

/** Hidden entry the completion scripts call; bin/openclaw.js routes it past commander for speed. */
export const COMPLETE_COMMAND = '__complete';

export type Invoke = (spec: CommandSpec, args: string[], opts: Record<string, unknown>, extra: Record<string, string | undefined>) => Promise<void>;

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const isCommand = (entry: GroupSpec | CommandSpec): entry is CommandSpec => 'run' in entry;

function commanderOption(key: string, def: OptionDef): Option {
  const names = optionNames(key, def);
  const option = new Option(def.kind === 'value' ? `${names.join(', ')} ${def.placeholder}` : names.join(', '), def.description);
  if (def.kind === 'value' && def.choices) option.choices([...def.choices]);
  if (def.kind === 'value' && def.required) option.makeOptionMandatory();
  if (def.hidden) option.hideHelp();
  return option;
}

function helpAfter(examples: readonly string[], notes: readonly string[] = []): string {
  return `${notes.map((n) => `\n${n}\n`).join('')}\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`;
}

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** An error echoes a flag, never its value: `--modelstudio-api-kye=sk-...` is printed as `--modelstudio-api-kye`. */
export function scrubFlagValues(text: string): string {
  return text.replace(/(--?[A-Za-z0-9][\w-]*)=[^\s'"]*/g, '$1');
}

/**
 * The commander tree, built from the command specs. Runs load their modules
 * only when invoked, so `models list` never pays for prompts, keychain or
 * network code. Output and exit handling are set on the program before any
 * subcommand exists, so every depth inherits them.
 */
export function buildProgram(invoke: Invoke, version: string, out: ProgramOutput): Command {
  const program = new Command('openclaw');
  program.exitOverride();
  program.configureOutput({ writeOut: out.writeOut, writeErr: out.writeErr, outputError: (text, write) => write(scrubFlagValues(text)) });
  program
    .description(PROGRAM.description)
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', helpAfter(PROGRAM.examples));
  for (const [key, def] of Object.entries(PROGRAM.options)) program.addOption(commanderOption(key, def));

  const nodes = new Map<string, Command>([['', program]]);
  for (const entry of ENTRIES) {
    const parent = nodes.get(entry.path.slice(0, -1).join(' '))!;
    const name = entry.path.at(-1)!;
    if (!isCommand(entry)) {
      const command = parent.command(name).description(entry.description).addHelpText('after', helpAfter(entry.examples));
      nodes.set(entry.path.join(' '), command);
      continue;
    }
    const spec = entry;
    const command = parent.command(name, { isDefault: spec.isDefault, hidden: spec.hidden }).description(spec.description);
    for (const [key, def] of Object.entries(spec.options)) command.addOption(commanderOption(key, def));
    const extra = spec.extraOptions?.() ?? {};
    for (const [flag, def] of Object.entries(extra)) command.addOption(commanderOption(flag, def));
    for (const arg of spec.args ?? []) {
      const name = `${arg.name}${arg.variadic ? '...' : ''}`;
      command.addArgument(new Argument(arg.required ? `<${name}>` : `[${name}]`, arg.description));
    }
    command.addHelpText('after', helpAfter(spec.examples, spec.helpNotes?.()));
    command.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : [a])).filter((a): a is string => typeof a === 'string');
      const opts = self.optsWithGlobals();
      const extraValues = Object.fromEntries(Object.keys(extra).map((flag) => [flag, opts[camel(flag)] as string | undefined]));
      await invoke(spec, args, opts, extraValues);
    });
    nodes.set(entry.path.join(' '), command);
  }
  return program;
}

/** The tree the completion scripts are generated from: the same specs. */
export function commandTree(): CompletionNode {
  const options = [...Object.entries(PROGRAM.options).map(([k, d]) => completionOption(k, d)), completionOption('version', PROGRAM.version)];
  return completionTree({ description: PROGRAM.description, options }, ENTRIES);
}

/**
 * `openclaw models bogus` would otherwise run the default subcommand with a
 * stray argument: a word after a group with a default that names no
 * subcommand is an unknown command. Returns the message, or undefined.
 */
export function unknownSubcommand(argv: readonly string[]): string | undefined {
  let path: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const children = ENTRIES.filter((e) => e.path.length === path.length + 1 && e.path.slice(0, -1).join(' ') === path.join(' '));
    if (children.length === 0) return undefined;
    const fallback = children.filter(isCommand).find((c) => c.isDefault);
    if (word === '--') return undefined;
    if (word.startsWith('-')) {
      const takesValue = fallback && !word.includes('=') && Object.entries(fallback.options).some(([k, o]) => o.kind === 'value' && `--${kebab(k)}` === word);
      if (takesValue) i++;
      continue;
    }
    const child = children.find((c) => c.path.at(-1) === word);
    if (child) {
      path = [...child.path];
      continue;
    }
    if (!fallback) return undefined;
    return `unknown command '${[...path, word].join(' ')}' (${path.join(' ')} has: ${children.map((c) => c.path.at(-1)).filter((n) => !n!.startsWith('_')).join(', ')})`;
  }
  return undefined;
}
