import { Argument, Command, Help, Option } from 'commander';
import { activeLocale, helpText as say, t } from './ui/i18n/index.js';
import { displayWidth } from './ui/table.js';
import type { CommandEntry, CommandSpec, GroupSpec, OptionDef } from './commands/command.js';
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

const isCommand = (entry: GroupSpec | CommandEntry): entry is CommandEntry => 'load' in entry;

function commanderOption(key: string, def: OptionDef): Option {
  const names = optionNames(key, def);
  const option = new Option(def.kind === 'value' ? `${names.join(', ')} ${def.placeholder}` : names.join(', '), def.help ? def.help() : say(def.description));
  if (def.kind === 'value' && def.choices) option.choices([...def.choices]);
  if (def.kind === 'value' && def.required) option.makeOptionMandatory();
  if (def.hidden) option.hideHelp();
  return option;
}

function helpAfter(examples: readonly string[], notes: readonly string[] = []): string {
  return `${notes.map((n) => `\n${n}\n`).join('')}\n${t().helpExamples}\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`;
}

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** An error echoes a flag, never its value: `--modelstudio-api-kye=sk-...` is printed as `--modelstudio-api-kye`. */
export function scrubFlagValues(text: string): string {
  return text.replace(/(--?[A-Za-z0-9][\w-]*)=[^\s'"]*/g, '$1');
}

/**
 * The commander tree. Every command is listed (name and description, for
 * help and "did you mean"); only the commands in `loaded` get their options,
 * arguments and action, so a run loads the one command it needs. Output and
 * exit handling are set on the program before any subcommand exists, so
 * every depth inherits them.
 */
export function buildProgram(invoke: Invoke, version: string, out: ProgramOutput, loaded: ReadonlyMap<CommandEntry, CommandSpec>): Command {
  const program = new Command('openclaw');
  program.exitOverride();
  program.configureOutput({ writeOut: out.writeOut, writeErr: out.writeErr, outputError: (text, write) => write(localizeCommanderError(scrubFlagValues(text))) });
  const m = t();
  if (activeLocale() !== 'en') {
    const titles: Record<string, string> = { 'Usage:': m.helpUsage, 'Options:': m.helpOptions, 'Commands:': m.helpCommands, 'Arguments:': m.helpArguments, 'Global Options:': m.helpGlobalOptions };
    const extras = (text: string) => text.replace(/\((choices|default): /g, (_, word: string) => `(${word === 'choices' ? m.helpChoices : m.helpDefault}: `);
    program.configureHelp({
      // Wide characters take two columns: terms line up and descriptions wrap by what the terminal shows.
      displayWidth: (text) => displayWidth(text),
      styleTitle: (title) => titles[title] ?? title,
      optionDescription(option) {
        return extras(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(argument) {
        return extras(Help.prototype.argumentDescription.call(this, argument));
      },
    });
  }
  program
    .description(say(PROGRAM.description))
    .version(version, '-V, --version', say(PROGRAM.version.description))
    .helpOption('-h, --help', m.helpDisplay)
    .helpCommand('help [command]', m.helpDisplay)
    .showHelpAfterError(m.runWithHelp)
    .addHelpText('after', helpAfter(PROGRAM.examples));
  for (const [key, def] of Object.entries(PROGRAM.options)) program.addOption(commanderOption(key, def));

  const nodes = new Map<string, Command>([['', program]]);
  for (const entry of ENTRIES) {
    const parent = nodes.get(entry.path.slice(0, -1).join(' '))!;
    const name = entry.path.at(-1)!;
    if (!isCommand(entry)) {
      const command = parent.command(name).description(say(entry.description)).addHelpText('after', helpAfter(entry.examples));
      nodes.set(entry.path.join(' '), command);
      continue;
    }
    const command = parent.command(name, { isDefault: entry.isDefault, hidden: entry.hidden }).description(say(entry.description));
    nodes.set(entry.path.join(' '), command);
    const spec = loaded.get(entry);
    if (!spec) continue;
    for (const [key, def] of Object.entries(spec.options)) command.addOption(commanderOption(key, def));
    const extra = spec.extraOptions?.() ?? {};
    for (const [flag, def] of Object.entries(extra)) command.addOption(commanderOption(flag, def));
    for (const arg of spec.args ?? []) {
      const argName = `${arg.name}${arg.variadic ? '...' : ''}`;
      command.addArgument(new Argument(arg.required ? `<${argName}>` : `[${argName}]`, arg.description ? say(arg.description) : arg.description));
    }
    command.addHelpText('after', helpAfter(spec.examples, spec.helpNotes?.()));
    command.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : [a])).filter((a): a is string => typeof a === 'string');
      const opts = self.optsWithGlobals();
      const extraValues = Object.fromEntries(Object.keys(extra).map((flag) => [flag, opts[camel(flag)] as string | undefined]));
      await invoke(spec, args, opts, extraValues);
    });
  }
  return program;
}

/** Every command loaded: for the completion scripts, and for tests that look at the whole tree. */
export async function loadAll(): Promise<Map<CommandEntry, CommandSpec>> {
  const entries = ENTRIES.filter(isCommand);
  return new Map(await Promise.all(entries.map(async (e) => [e, await e.load()] as const)));
}

/** The tree the completion scripts are generated from: the same entries and specs. */
export async function commandTree(): Promise<CompletionNode> {
  const loaded = await loadAll();
  const options = [...Object.entries(PROGRAM.options).map(([k, d]) => completionOption(k, d)), completionOption('version', PROGRAM.version)];
  return completionTree({ description: PROGRAM.description, options }, ENTRIES, loaded);
}

/**
 * The command an argv runs, loaded, or a usage message: `openclaw models
 * bogus` would otherwise run the default subcommand with a stray argument, so
 * a word after a group with a default that names no subcommand is an unknown
 * command. No target (bare `openclaw`, a group's help) is fine too.
 */
export async function resolveTarget(argv: readonly string[]): Promise<{ loaded: Map<CommandEntry, CommandSpec>; unknown?: string }> {
  // `openclaw help onboard` shows the help of `onboard`: load that.
  if (argv[0] === 'help') return { loaded: (await resolveTarget(argv.slice(1))).loaded };
  const loaded = new Map<CommandEntry, CommandSpec>();
  const load = async (entry: CommandEntry) => {
    if (!loaded.has(entry)) loaded.set(entry, await entry.load());
    return loaded.get(entry)!;
  };
  let path: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const children = ENTRIES.filter((e) => e.path.length === path.length + 1 && e.path.slice(0, -1).join(' ') === path.join(' '));
    const here = ENTRIES.find((e): e is CommandEntry => isCommand(e) && e.path.join(' ') === path.join(' '));
    if (here) {
      await load(here);
      return { loaded };
    }
    if (children.length === 0) return { loaded };
    const fallback = children.filter(isCommand).find((c) => c.isDefault);
    if (word === '--') break;
    if (word.startsWith('-')) {
      const spec = fallback ? await load(fallback) : undefined;
      const valueFlag = (options: Record<string, OptionDef>) => Object.entries(options).some(([k, o]) => o.kind === 'value' && `--${kebab(k)}` === word);
      // A global option's value (`--gateway-version 2026.9.6`) is no command word either.
      const takesValue = !word.includes('=') && (valueFlag(PROGRAM.options) || (spec !== undefined && valueFlag(spec.options)));
      if (takesValue) i++;
      continue;
    }
    const child = children.find((c) => c.path.at(-1) === word);
    if (child) {
      path = [...child.path];
      continue;
    }
    if (!fallback) return { loaded };
    return { loaded, unknown: `${t().unknownCommand([...path, word].join(' '))} (${path.join(' ')}: ${children.map((c) => c.path.at(-1)).filter((n) => !n!.startsWith('_')).join(', ')})` };
  }
  const here = ENTRIES.find((e): e is CommandEntry => isCommand(e) && e.path.join(' ') === path.join(' '));
  if (here) await load(here);
  else {
    // A group run bare runs its default subcommand.
    const fallback = ENTRIES.filter(isCommand).find((e) => e.isDefault && e.path.slice(0, -1).join(' ') === path.join(' ') && path.length > 0);
    if (fallback) await load(fallback);
  }
  return { loaded };
}

/**
 * commander words its parse errors in English; in another locale the ones a
 * person meets are said again from the catalog (flags and values untouched),
 * and anything else is left as commander wrote it.
 */
export function localizeCommanderError(text: string): string {
  const m = t();
  if (activeLocale() === 'en') return text;
  const patterns: [RegExp, (...groups: string[]) => string][] = [
    [/^error: unknown option '([^']*)'/, (option) => m.unknownOption(option)],
    [/^error: unknown command '([^']*)'/, (command) => m.unknownCommand(command)],
    [/^error: missing required argument '([^']*)'/, (name) => m.missingArgument(name)],
    [/^error: option '([^']*)' argument missing/, (option) => m.optionNeedsValue(option)],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/m, (option, value, allowed) => m.invalidChoice(value, option, allowed)],
    [/^error: too many arguments for '([^']*)'/, (command) => m.tooManyArguments(command)],
    [/^error: too many arguments\./, () => m.tooManyArguments('openclaw')],
  ];
  for (const [pattern, say] of patterns) {
    const found = pattern.exec(text);
    if (!found) continue;
    const suggestion = /\(Did you mean (.*)\?\)/.exec(text);
    return `${m.usageError(say(...found.slice(1)))}\n${suggestion ? `${m.didYouMean(suggestion[1]!)}\n` : ''}`;
  }
  return text;
}
