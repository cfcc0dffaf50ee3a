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

/**
 * Today's Gateway names each agent's directory in the config
 * (`agents.entries.main.agentDir`, absolute); OPENCLAW_AGENT_DIR still wins.
 */
export function withConfiguredAgentDir(paths: OpenclawPaths, config: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>): OpenclawPaths {
  if (env.OPENCLAW_AGENT_DIR?.trim()) return paths;
  const agents = config.agents as { entries?: { main?: { agentDir?: unknown } } } | undefined;
  const dir = agents?.entries?.main?.agentDir;
  if (typeof dir !== 'string' || !path.isAbsolute(dir) || path.resolve(dir) === paths.agentDir) return paths;
  const agentDir = path.resolve(dir);
  return { ...paths, agentDir, authStorePath: path.join(agentDir, 'auth-profiles.json') };
}
