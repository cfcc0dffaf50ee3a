import path from 'node:path';
import type { World } from '../world.js';

export interface OpenclawPaths {
  home: string;
  stateDir: string;
  configPath: string;
  agentDir: string;
  authStorePath: string;
  envFilePath: string;
  completionsDir: string;
}

function expandHome(value: string, home: string, cwd: string): string {
  const expanded = value === '~' ? home : value.startsWith('~/') ? path.join(home, value.slice(2)) : value;
  return path.resolve(cwd, expanded);
}

/** Where every file lives, after OPENCLAW_HOME, OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH and OPENCLAW_AGENT_DIR. */
export function resolvePaths(world: Pick<World, 'env' | 'homedir' | 'cwd'>): OpenclawPaths {
  const env = world.env;
  const override = (name: string, home: string) => {
    const value = env[name]?.trim();
    return value ? expandHome(value, home, world.cwd) : undefined;
  };
  const home = override('OPENCLAW_HOME', world.homedir) ?? world.homedir;
  const stateDir = override('OPENCLAW_STATE_DIR', home) ?? path.join(home, '.openclaw');
  const configPath = override('OPENCLAW_CONFIG_PATH', home) ?? path.join(stateDir, 'openclaw.json');
  const agentDir = override('OPENCLAW_AGENT_DIR', home) ?? path.join(stateDir, 'agents', 'main', 'agent');
  return {
    home,
    stateDir,
    configPath,
    agentDir,
    authStorePath: path.join(agentDir, 'auth-profiles.json'),
    envFilePath: path.join(stateDir, '.env'),
    completionsDir: path.join(stateDir, 'completions'),
  };
}
