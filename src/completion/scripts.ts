import type { Command } from 'commander';
import type { Shell } from '../cli.js';
import { commandSpec } from './spec.js';
import { completionTables } from './tables.js';
import { bashScript } from './bash.js';
import { zshScript } from './zsh.js';
import { fishScript } from './fish.js';
import { powershellScript } from './powershell.js';

export const SCRIPT_FILE: Record<Shell, string> = {
  bash: 'openclaw.bash',
  zsh: 'openclaw.zsh',
  fish: 'openclaw.fish',
  powershell: 'openclaw.ps1',
};

/** The completion script of a shell, generated from the command tree. */
export function completionScript(shell: Shell, program: Command): string {
  const tables = completionTables(commandSpec(program));
  switch (shell) {
    case 'bash':
      return bashScript(tables);
    case 'zsh':
      return zshScript(tables);
    case 'fish':
      return fishScript(tables);
    case 'powershell':
      return powershellScript(tables);
  }
}
