import { CommanderError } from 'commander';
import { buildProgram, commandTree, unknownSubcommand } from './cli.js';
import { CliError, ExitCode } from './errors.js';
import { worldFromProcess, type World } from './world.js';
import { defaultDeps, type Deps } from './deps.js';
import { createOutput } from './ui/output.js';
import { VERSION } from './version.js';

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'GoBack'].includes(error.name);
}

/** Runs one invocation against a world and returns the exit code; never calls process.exit. */
export async function run(argv: string[], world: World, deps: Deps = defaultDeps()): Promise<number> {
  if (argv.includes('--no-color')) world = { ...world, env: { ...world.env, NO_COLOR: '1' } };
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(
    async (spec, args, opts, extra) => {
      exitCode = await spec.run({ args, opts: opts as never, extra, world, deps, argv, commandTree });
    },
    VERSION,
    { writeOut: (text) => world.stdout.write(text), writeErr: (text) => world.stderr.write(text) },
  );
  try {
    if (argv.filter((a) => a !== '--no-color').length === 0) {
      world.stdout.write(program.helpInformation());
      return ExitCode.ok;
    }
    const unknown = unknownSubcommand(argv);
    if (unknown) {
      world.stderr.write(`error: ${unknown}\n(run with --help for usage)\n`);
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
    output.info('Cancelled. Nothing was written.');
    return ExitCode.cancelled;
  }
  const message = error instanceof Error ? error.message : String(error);
  output.error(message);
  if (world.env.OPENCLAW_DEBUG && error instanceof Error && error.stack) output.info(error.stack);
  return ExitCode.failure;
}

export async function main(argv: string[], proc: NodeJS.Process): Promise<number> {
  // The prompt library colours through node:util styleText, which reads NO_COLOR from the process itself.
  if (argv.includes('--no-color')) proc.env.NO_COLOR = '1';
  return run(argv, worldFromProcess(proc));
}
