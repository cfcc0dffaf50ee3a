/**
 * A command is a spec (flags, arguments, help examples) next to a thin run.
 * Commander, `--help` and the completion scripts are all built from these
 * specs; the option types a run receives are inferred from them.
 */
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import type { HelpKey } from '../ui/i18n/help/en.js';

/** Values only known at completion time, served by `openclaw __complete <kind>`. */
export type DynamicKind = 'chat-model' | 'video-model' | 'provider' | 'profile';
export const DYNAMIC_KINDS: readonly DynamicKind[] = ['chat-model', 'video-model', 'provider', 'profile'];

interface OptionBase {
  /** A key of the help texts (ui/i18n/help): help says it in the active language, the completion scripts in English. */
  description: HelpKey | '';
  /** Help text made at run time (a key flag's, which names its choice), in the active language. */
  help?: () => string;
  /** With `help`: the same text in English, for the completion scripts. */
  englishHelp?: string;
  /** Accepted but not shown in help or completion. */
  hidden?: boolean;
  /** A flag of the full OpenClaw CLI that only concerns the Gateway: accepted, ignored, named once on stderr. */
  gateway?: boolean;
  /** The long spelling when it is not the key in kebab case (`--no-install-daemon` beside `--install-daemon`). */
  long?: string;
}

export interface FlagOption extends OptionBase {
  kind: 'flag';
  short?: string;
}

/** `--no-<name>`: false when given. */
export interface NegatedOption extends OptionBase {
  kind: 'negated';
}

export interface ValueOption<T extends string = string> extends OptionBase {
  kind: 'value';
  placeholder: string;
  /** Values commander enforces. */
  choices?: readonly T[];
  /** Values the command checks itself (to say more than commander would), offered by completion. */
  values?: () => readonly string[];
  dynamic?: DynamicKind;
  required?: boolean;
}

export type OptionDef = FlagOption | NegatedOption | ValueOption<string>;

export const flag = (description: HelpKey | '', extra: Partial<Omit<FlagOption, 'kind' | 'description'>> = {}): FlagOption => ({ kind: 'flag', description, ...extra });
export const negated = (description: HelpKey | '', extra: Partial<Omit<NegatedOption, 'kind' | 'description'>> = {}): NegatedOption => ({ kind: 'negated', description, ...extra });
export function value<const T extends string = string>(
  placeholder: string,
  description: HelpKey | '',
  extra: Partial<Omit<ValueOption<T>, 'kind' | 'description' | 'placeholder'>> = {},
): ValueOption<T> {
  return { kind: 'value', placeholder, description, ...extra };
}

type OptionValue<O> = O extends FlagOption | NegatedOption ? boolean | undefined : O extends ValueOption<infer T> ? T | undefined : never;
export type OptionValues<O extends Record<string, OptionDef>> = { -readonly [K in keyof O]: OptionValue<O[K]> };

export interface ArgumentDef {
  name: string;
  /** A key of the help texts. */
  description: HelpKey;
  required: boolean;
  /** Takes every remaining word (`<profileIds...>`). */
  variadic?: boolean;
  dynamic?: DynamicKind;
}

export interface RunInput<O extends Record<string, OptionDef>> {
  args: string[];
  opts: OptionValues<O>;
  /** Values of the options the catalog contributes (`extraOptions`), by long flag name without dashes. */
  extra: Record<string, string | undefined>;
  world: World;
  deps: Deps;
  /** The words of the command line, for telling which flags were typed (never echoed: they may hold a key). */
  argv: readonly string[];
  /** The whole command tree as data (for the completion scripts), from the program that runs this command. */
  commandTree(): Promise<CompletionNode>;
}

export interface CommandSpec<O extends Record<string, OptionDef> = Record<string, OptionDef>> {
  /** Subcommand names from the root: ['models', 'auth', 'list']. */
  path: readonly string[];
  options: O;
  /** Value options whose names come from the catalog (the key flags), by flag name without dashes. */
  extraOptions?: () => Record<string, ValueOption>;
  args?: readonly ArgumentDef[];
  examples: readonly string[];
  /** Extra paragraphs for --help, before the examples (the auth choices, the env vars). */
  helpNotes?: () => string[];
  /**
   * Who reads the output: people unless said here. `machineWhen`: these options make it
   * machine output (English, stable words); `secret-answer`: the answer carries secrets to
   * the Gateway (English, stdout not scrubbed).
   */
  output?: { machineWhen: readonly (keyof O & string)[] } | 'secret-answer';
  run(input: RunInput<O>): Promise<number>;
}

/**
 * A command as the command list knows it before loading it: its place, its
 * one-line description, and how to load the rest. Only the command that runs
 * is loaded (help lists the others from this).
 */
export interface CommandEntry {
  path: readonly string[];
  /** A key of the help texts. */
  description: HelpKey;
  /** The subcommand a bare parent runs (`openclaw models` is `models status`). */
  isDefault?: boolean;
  hidden?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load(): Promise<CommandSpec<any>>;
}

/** A command group without a run of its own (`models`, `models auth`, `secrets`). */
export interface GroupSpec {
  path: readonly string[];
  /** A key of the help texts. */
  description: HelpKey;
  examples: readonly string[];
}

export function defineCommand<const O extends Record<string, OptionDef>>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** `nonInteractive` → `non-interactive`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The spellings of an option: `--json`, `--no-video`, with a short one first when it has one. */
export function optionNames(key: string, option: OptionDef): string[] {
  const long = option.long ?? (option.kind === 'negated' ? `--no-${kebab(key)}` : `--${kebab(key)}`);
  return option.kind === 'flag' && option.short ? [option.short, long] : [long];
}

/** Whether a long flag was typed, alone or as `--flag=value`. */
export function typed(argv: readonly string[], long: string): boolean {
  return argv.some((word) => word === long || word.startsWith(`${long}=`));
}

/** The command tree as plain data: what the completion scripts are generated from. */
export interface CompletionOption {
  /** Long and short spellings: `--json`, `-h`. */
  names: string[];
  description: string;
  takesValue: boolean;
  /** Fixed values (commander choices or self-validated ids). */
  values: string[];
  /** Values looked up at completion time, in addition to `values`. */
  dynamic?: DynamicKind;
}

export interface CompletionArgument {
  name: string;
  dynamic?: DynamicKind;
}

export interface CompletionNode {
  name: string;
  /** Subcommand names from the root: [] for the program, ['models', 'set'] for `models set`. */
  path: string[];
  description: string;
  options: CompletionOption[];
  args: CompletionArgument[];
  subcommands: CompletionNode[];
}

