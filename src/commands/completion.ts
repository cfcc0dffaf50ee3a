import { defineCommand, flag, value } from './command.js';
import { SHELLS } from '../completion/shells.js';

export const completion = defineCommand({
  path: ['completion'],
  options: {
    shell: value('<shell>', 'target shell (default from $SHELL)', { choices: SHELLS }),
    writeState: flag('cache the scripts under <state>/completions'),
    install: flag("add a block that sources the cache to the shell's profile"),
    yes: flag('skip the confirmation'),
  },
  examples: ['openclaw completion --shell zsh > ~/.zfunc/_openclaw', 'openclaw completion --write-state --install --yes'],
  async run({ opts, world, deps, commandTree }) {
    const { runCompletion } = await import('../completion/command-run.js');
    return runCompletion(opts, world, deps, await commandTree());
  },
});
