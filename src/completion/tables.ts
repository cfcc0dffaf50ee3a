import { allCommands, type CompletionNode } from './spec.js';

/**
 * The lookups every shell script needs, flattened from the command tree.
 * Keys are the space-joined subcommand path ('' for the program, 'models auth'),
 * and `path|--flag` for a flag's values.
 */
export interface CompletionTables {
  /** path → [name, description] of its subcommands. */
  subcommands: Map<string, [string, string][]>;
  /** path → [flag, description] of every spelling it accepts. */
  options: Map<string, [string, string][]>;
  /** path → flags that take a value (so the next word is that value). */
  valueFlags: Map<string, string[]>;
  /** `path|--flag` → fixed values, plus `@kind` for a dynamic source. */
  optionValues: Map<string, string[]>;
  /** path → values of its first positional argument (`@kind` for a dynamic source). */
  argValues: Map<string, string[]>;
}

const WORD = /^[A-Za-z0-9@._:/+-]+$/;

/** Words go into scripts unquoted; anything outside this alphabet is a bug in the tree, caught at generation time. */
function checked(word: string): string {
  if (!WORD.test(word)) throw new Error(`completion word ${JSON.stringify(word)} has characters a shell would interpret`);
  return word;
}

export function completionTables(spec: CompletionNode): CompletionTables {
  const tables: CompletionTables = { subcommands: new Map(), options: new Map(), valueFlags: new Map(), optionValues: new Map(), argValues: new Map() };
  for (const command of allCommands(spec)) {
    const key = command.path.join(' ');
    if (command.subcommands.length) tables.subcommands.set(key, command.subcommands.map((c) => [checked(c.name), c.description]));
    tables.options.set(
      key,
      command.options.flatMap((o) => o.names.map((n): [string, string] => [checked(n), o.description])),
    );
    const valueFlags = command.options.filter((o) => o.takesValue);
    if (valueFlags.length) tables.valueFlags.set(key, valueFlags.flatMap((o) => o.names.map(checked)));
    for (const option of valueFlags) {
      const values = [...option.values.map(checked), ...(option.dynamic ? [`@${option.dynamic}`] : [])];
      if (values.length) for (const name of option.names) tables.optionValues.set(`${key}|${name}`, values);
    }
    const first = command.args[0];
    if (first?.dynamic) tables.argValues.set(key, [`@${first.dynamic}`]);
  }
  return tables;
}

export const GENERATED_NOTE = (shell: string) =>
  `# openclaw ${shell} completion. Generated from the command tree by \`openclaw completion --shell ${shell}\`; do not edit.`;
