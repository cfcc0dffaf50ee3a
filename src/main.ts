import { CommanderError } from 'commander';
import { buildProgram, commandTree, resolveTarget } from './cli.js';
import { CancelledError, CliError, ExitCode } from './errors.js';
import { worldFromProcess, type OutStream, type World } from './world.js';
import { runScrubber, scrubSecrets } from './credentials/mask.js';
import { withRun, type OutputKind, type RunContext } from './run-context.js';
import type { CommandSpec } from './commands/command.js';
import { defaultDeps, type Deps } from './deps.js';
import { colorLevel, createOutput } from './ui/output.js';
import { loadColor } from './ui/color.js';
import { t, useLocale } from './ui/i18n/index.js';
import { VERSION } from './version.js';
import { visible } from './ui/terminal-safe.js';

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'GoBack'].includes(error.name);
}

/**
 * Everything written to a pipe or file goes through the run's scrubber: no
 * 8-character run of a secret this run has seen leaves it. A terminal is
 * left as it is: the prompt library needs the real stream, and it only ever
 * shows masked keys. A secret answer's stdout (for the Gateway) is left too.
 */
function scrubbed(stream: OutStream, scrubber: ReturnType<typeof runScrubber>, raw: () => boolean = () => false): OutStream {
  if (stream.isTTY) return stream;
  return { write: (chunk: string) => stream.write(raw() ? String(chunk) : scrubSecrets(String(chunk), scrubber)), isTTY: stream.isTTY, columns: stream.columns };
}

/** Who reads this run's output, from the command's spec and its parsed options. */
function outputKind(spec: CommandSpec, opts: Record<string, unknown>): OutputKind {
  if (spec.output === 'secret-answer') return 'secret';
  return spec.output?.machineWhen.some((key) => Boolean(opts[key])) ? 'machine' : 'people';
}

export interface RunHooks {
  /** Called once the command line is parsed: the process entry tells the prompt library about --no-color. */
  onParsed?(parsed: { noColor: boolean }): void;
}

/** Runs one invocation against a world and returns the exit code; never calls process.exit. Each run has its own context. */
export async function run(argv: string[], world: World, deps: Deps = defaultDeps(), hooks: RunHooks = {}): Promise<number> {
  const context: RunContext = { output: 'people', keychain: () => deps.keychain() };
  return withRun(context, () => runWithin(context, argv, world, deps, hooks));
}

async function runWithin(context: RunContext, argv: string[], world: World, deps: Deps, hooks: RunHooks): Promise<number> {
  const scrubber = runScrubber();
  world = { ...world, stdout: scrubbed(world.stdout, scrubber, () => context.output === 'secret'), stderr: scrubbed(world.stderr, scrubber) };
  const stderr = world.stderr;
  context.notice = (line) => stderr.write(`${line}\n`);
  if (colorLevel(world, world.stdout) > 0 || colorLevel(world, stderr) > 0) await loadColor();
  // Help and parse errors are for people: the language of the environment. A run for machines switches to English once parsed.
  await useLocale(world.env);
  let exitCode: number = ExitCode.ok;
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(argv);
  } catch (error) {
    return reportError(error, world);
  }
  const program = buildProgram(
    async (spec, args, opts, extra) => {
      const noColor = opts.color === false;
      hooks.onParsed?.({ noColor });
      context.output = outputKind(spec, opts);
      // Machine output is the same in every locale, and so is any human text it carries (reasons, hints, probe messages).
      if (context.output !== 'people') await useLocale({ OPENCLAW_LOCALE: 'en' });
      // --gateway-version states the Gateway for everything the command reads and writes, as the env var does.
      const stated = typeof opts.gatewayVersion === 'string' ? opts.gatewayVersion : undefined;
      const env = { ...world.env, ...(noColor ? { NO_COLOR: '1' } : {}), ...(stated ? { OPENCLAW_GATEWAY_VERSION: stated } : {}) };
      const runWorld = { ...world, env };
      try {
        exitCode = await spec.run({ args, opts: opts as never, extra, world: runWorld, deps, argv, commandTree });
      } catch (error) {
        exitCode = reportError(error, runWorld);
      }
    },
    VERSION,
    { writeOut: (text) => world.stdout.write(text), writeErr: (text) => world.stderr.write(visible(text)) },
    target.loaded,
  );
  try {
    if (argv.length === 0 || (argv.length === 1 && argv[0] === '--no-color')) {
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
  if (error instanceof CancelledError || isPromptCancel(error)) {
    output.info(t().cancelled);
    return ExitCode.cancelled;
  }
  if (error instanceof CliError) {
    output.error(error.message);
    if (error.hint) output.info(error.hint);
    return error.exitCode;
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
  return run(argv, worldFromProcess(proc), defaultDeps(), {
    onParsed: ({ noColor }) => {
      if (noColor) proc.env.NO_COLOR = '1';
    },
  });
}
