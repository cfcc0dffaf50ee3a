import type { Shell } from './shells.js';
import type { CompletionNode } from './spec.js';
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
export function completionScript(shell: Shell, tree: CompletionNode): string {
  const tables = completionTables(tree);
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
