import { CommanderError } from 'commander';
import { buildProgram, commandTree, resolveTarget } from './cli.js';
import { CliError, ExitCode } from './errors.js';
import { worldFromProcess, type OutStream, type World } from './world.js';
import { scrubSecrets } from './credentials/mask.js';
import { setNoticeSink } from './notices.js';
import { defaultDeps, type Deps } from './deps.js';
import { colorLevel, createOutput } from './ui/output.js';
import { loadColor } from './ui/color.js';
import { t, useLocale } from './ui/i18n/index.js';
import { VERSION } from './version.js';
import { visible } from './ui/terminal-safe.js';

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'GoBack'].includes(error.name);
}

/** Runs one invocation against a world and returns the exit code; never calls process.exit. */
/**
 * Everything written to a pipe or file goes through the scrubber: no
 * 8-character run of a secret this process has seen leaves it. A terminal is
 * left as it is: the prompt library needs the real stream, and it only ever
 * shows masked keys.
 */
function scrubbed(stream: OutStream): OutStream {
  if (stream.isTTY) return stream;
  return { write: (chunk: string) => stream.write(scrubSecrets(String(chunk))), isTTY: stream.isTTY, columns: stream.columns };
}

/** The command words of an argv, past the global options that may precede them (`--no-color`, `--gateway-version <v>`). */
function commandWords(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--gateway-version') i++;
    else if (!word.startsWith('-')) words.push(word);
    else if (words.length === 0) continue;
    else words.push(word);
  }
  return words;
}

export async function run(argv: string[], world: World, deps: Deps = defaultDeps()): Promise<number> {
  if (argv.includes('--no-color')) world = { ...world, env: { ...world.env, NO_COLOR: '1' } };
  // `secrets resolve` answers the Gateway with the secrets themselves, on stdout only (global options may come first).
  const words = commandWords(argv);
  const answersWithSecrets = words[0] === 'secrets' && words[1] === 'resolve';
  world = { ...world, stdout: answersWithSecrets ? world.stdout : scrubbed(world.stdout), stderr: scrubbed(world.stderr) };
  const stderr = world.stderr;
  if (colorLevel(world, stderr) > 0) await loadColor();
  // Machine output is the same in every locale, and so is any human text it carries (reasons, hints, probe messages).
  const machine = argv.includes('--json') || argv.includes('--plain') || answersWithSecrets;
  await useLocale(machine ? { OPENCLAW_LOCALE: 'en' } : world.env);
  setNoticeSink((line) => stderr.write(`${line}\n`));
  let exitCode: number = ExitCode.ok;
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(argv);
  } catch (error) {
    return reportError(error, world);
  }
  const program = buildProgram(
    async (spec, args, opts, extra) => {
      // --gateway-version states the Gateway for everything the command reads and writes, as the env var does.
      const stated = typeof opts.gatewayVersion === 'string' ? opts.gatewayVersion : undefined;
      const runWorld = stated ? { ...world, env: { ...world.env, OPENCLAW_GATEWAY_VERSION: stated } } : world;
      exitCode = await spec.run({ args, opts: opts as never, extra, world: runWorld, deps, argv, commandTree });
    },
    VERSION,
    { writeOut: (text) => world.stdout.write(text), writeErr: (text) => world.stderr.write(visible(text)) },
    target.loaded,
  );
  try {
    if (argv.filter((a) => a !== '--no-color').length === 0) {
      world.stdout.write(program.helpInformation());
      return ExitCode.ok;
    }
    if (target.unknown) {
      world.stderr.write(`${visible(t().usageError(target.unknown))}\n${t().runWithHelp}\n`);
      return ExitCode.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, world);
  }
}

function reportError(error: unknown, world: World): number {
  const output = createOutput(world);
  if (error instanceof CommanderError) {
    const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    return ok ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CliError) {
    output.error(error.message);
    if (error.hint) output.info(error.hint);
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    output.info(t().cancelled);
    return ExitCode.cancelled;
  }
  const message = error instanceof Error ? error.message : String(error);
  output.error(message);
  if (world.env.OPENCLAW_DEBUG && error instanceof Error && error.stack) output.info(error.stack);
  return ExitCode.failure;
}

/**
 * A reader that closes the pipe early (`| head -1`) ends the command quietly
 * with exit 0; any other output error (`>/dev/full`) is one line and exit 1.
 */
function handleOutputErrors(proc: NodeJS.Process): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') proc.exit(0);
    try {
      proc.stderr.write(`openclaw: cannot write the output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`);
    } catch {
      // stderr is gone too: the exit code says it
    }
    proc.exit(1);
  };
  proc.stdout.on('error', onError);
  proc.stderr.on('error', (error: NodeJS.ErrnoException) => proc.exit(error.code === 'EPIPE' ? 0 : 1));
}

export async function main(argv: string[], proc: NodeJS.Process): Promise<number> {
  handleOutputErrors(proc);
  // The prompt library colours through node:util styleText, which reads NO_COLOR from the process itself.
  if (argv.includes('--no-color')) proc.env.NO_COLOR = '1';
  return run(argv, worldFromProcess(proc));
}
