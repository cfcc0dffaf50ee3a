import type { ArgumentDef, CommandEntry, CommandSpec, CompletionArgument, CompletionNode, CompletionOption, GroupSpec, OptionDef } from '../commands/command.js';
export type { CompletionArgument, CompletionNode, CompletionOption };
import { optionNames } from '../commands/command.js';
import { englishHelp } from '../ui/i18n/help/en.js';

const HELP: CompletionOption = { names: ['-h', '--help'], description: englishHelp('displayHelp'), takesValue: false, values: [] };

export function completionOption(key: string, option: OptionDef): CompletionOption {
  const isValue = option.kind === 'value';
  return {
    names: optionNames(key, option),
    description: option.englishHelp ?? englishHelp(option.description),
    takesValue: isValue,
    values: isValue ? [...(option.choices ?? option.values?.() ?? [])] : [],
    dynamic: isValue ? option.dynamic : undefined,
  };
}

function visibleOptions(spec: Pick<CommandSpec, 'options' | 'extraOptions'>): CompletionOption[] {
  const all: [string, OptionDef][] = [...Object.entries(spec.options), ...Object.entries(spec.extraOptions?.() ?? {}).map(([flag, o]): [string, OptionDef] => [flag, o])];
  return all.filter(([, o]) => !o.hidden).map(([key, o]) => completionOption(key, o));
}

/**
 * The command tree as plain data, the single input of every completion
 * script, built from the same specs as commander's tree. Hidden commands and
 * options stay hidden; the program's own options (`--no-color`) are offered on
 * every command, as commander accepts them there.
 */
export function completionTree(program: { description: string; options: CompletionOption[] }, entries: readonly (GroupSpec | CommandEntry)[], specs: ReadonlyMap<CommandEntry, CommandSpec>): CompletionNode {
  const root: CompletionNode = { name: 'openclaw', path: [], description: englishHelp(program.description), options: [...program.options, HELP], args: [], subcommands: [] };
  const globals = program.options.filter((o) => !o.names.includes('--version'));
  const nodes = new Map<string, CompletionNode>([['', root]]);
  const groups: CompletionNode[] = [];
  for (const entry of entries) {
    if ('load' in entry && entry.hidden) continue;
    const node: CompletionNode = { name: entry.path.at(-1)!, path: [...entry.path], description: englishHelp(entry.description), options: [], args: [], subcommands: [] };
    const parent = nodes.get(entry.path.slice(0, -1).join(' '))!;
    parent.subcommands.push(node);
    nodes.set(entry.path.join(' '), node);
    if (!('load' in entry)) {
      groups.push(node);
      continue;
    }
    const spec = specs.get(entry)!;
    node.options = [...visibleOptions(spec), ...globals, HELP];
    node.args = (spec.args ?? []).map((a: ArgumentDef) => ({ name: a.name, dynamic: a.dynamic }));
    // `openclaw models --json` runs the default subcommand (status): its flags belong to the parent too.
    if (entry.isDefault) parent.options.push(...visibleOptions(spec));
  }
  for (const group of groups) group.options.push(...globals, HELP);
  return root;
}

/** Every command of the tree, depth first, the program first. */
export function allCommands(node: CompletionNode): CompletionNode[] {
  return [node, ...node.subcommands.flatMap(allCommands)];
}
