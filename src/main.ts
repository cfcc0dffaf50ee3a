import { CommanderError } from 'commander';
import { buildProgram, loadCommand } from './cli.js';
import { CliError, ExitCode } from './errors.js';
import { worldFromProcess, type World } from './world.js';
import { createOutput } from './ui/output.js';
import { VERSION } from './version.js';

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** Runs one invocation against a world and returns the exit code; never calls process.exit. */
export async function run(argv: string[], world: World): Promise<number> {
  if (argv.includes('--no-color')) world = { ...world, env: { ...world.env, NO_COLOR: '1' } };
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(async (name, args, opts) => {
    const command = await loadCommand(name);
    exitCode = await command.run({ args, opts, world });
  }, VERSION);
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => world.stdout.write(text),
    writeErr: (text) => world.stderr.write(text),
  });
  for (const sub of program.commands) sub.exitOverride();
  try {
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
