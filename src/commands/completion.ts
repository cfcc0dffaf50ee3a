import { defineCommand, flag, value } from './command.js';
import { SHELLS } from '../completion/shells.js';

export const completion = defineCommand({
  path: ['completion'],
  options: {
    shell: value('<shell>', 'targetShellDefaultShell', { choices: SHELLS }),
    writeState: flag('cacheScriptsUnderState'),
    install: flag('addBlockSourcesCache'),
    yes: flag('skipConfirmation'),
  },
  examples: ['openclaw completion --shell zsh > ~/.zfunc/_openclaw', 'openclaw completion --write-state --install --yes'],
  async run({ opts, world, deps, commandTree }) {
    const { runCompletion } = await import('../completion/command-run.js');
    return runCompletion(opts, world, deps, await commandTree());
  },
});
