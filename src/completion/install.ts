import fs from 'node:fs/promises';
import path from 'node:path';
import type { Shell } from './shells.js';
import type { World } from '../world.js';
import { userHomeDir } from '../config/paths.js';

export const BLOCK_START = '# >>> openclaw completion >>>';
export const BLOCK_END = '# <<< openclaw completion <<<';

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** The profile a shell reads at start-up, where the source block goes. */
export async function profileFile(shell: Shell, world: Pick<World, 'env' | 'homedir' | 'platform'>): Promise<string> {
  const home = userHomeDir(world);
  const configHome = world.env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config');
  switch (shell) {
    case 'bash': {
      const bashrc = path.join(home, '.bashrc');
      const bashProfile = path.join(home, '.bash_profile');
      if (await exists(bashrc)) return bashrc;
      return (await exists(bashProfile)) ? bashProfile : bashrc;
    }
    case 'zsh':
      return path.join(world.env.ZDOTDIR?.trim() || home, '.zshrc');
    case 'fish':
      return path.join(configHome, 'fish', 'config.fish');
    case 'powershell':
      return world.platform === 'win32'
        ? path.join(home, 'Documents', 'PowerShell', 'Microsoft.PowerShell_profile.ps1')
        : path.join(configHome, 'powershell', 'Microsoft.PowerShell_profile.ps1');
  }
}

function quoted(shell: Shell, file: string): string {
  if (shell === 'powershell') return `'${file.replace(/'/g, "''")}'`;
  if (shell === 'fish') return `'${file.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `'${file.replace(/'/g, `'\\''`)}'`;
}

/** The lines between the markers: source the cached script when it is there. */
export function sourceLine(shell: Shell, script: string): string {
  const q = quoted(shell, script);
  switch (shell) {
    case 'bash':
    case 'zsh':
      return `[ -f ${q} ] && . ${q}`;
    case 'fish':
      return `test -f ${q}; and source ${q}`;
    case 'powershell':
      return `if (Test-Path ${q}) { . ${q} }`;
  }
}

/**
 * The profile text with exactly one marked block: an existing block is
 * replaced where it stands (and any duplicates dropped), otherwise one is
 * appended. Everything outside the markers is kept byte for byte.
 */
export function withBlock(text: string, line: string): string {
  const block = `${BLOCK_START}\n${line}\n${BLOCK_END}\n`;
  const lines = text.split('\n');
  const out: string[] = [];
  let placed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== BLOCK_START) {
      out.push(lines[i]!);
      continue;
    }
    const end = lines.indexOf(BLOCK_END, i + 1);
    if (end < 0) {
      out.push(lines[i]!);
      continue;
    }
    if (!placed) out.push(...block.slice(0, -1).split('\n'));
    placed = true;
    i = end;
  }
  if (placed) return out.join('\n');
  const separator = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return `${text}${separator}${block}`;
}
