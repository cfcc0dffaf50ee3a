import path from 'node:path';
import type { World } from '../world.js';
import { UsageError } from '../errors.js';
import { t } from '../ui/i18n/index.js';

export interface OpenclawPaths {
  home: string;
  stateDir: string;
  configPath: string;
  agentDir: string;
  authStorePath: string;
  envFilePath: string;
  completionsDir: string;
}

/** An empty or relative home would put the state dir in the current directory: refused (SPEC §3, "Where home is"). */
function absolute(name: string, value: string): string {
  if (value.trim() === '') throw new UsageError(t().pathEmpty(name), t().pathAbsoluteHint(name));
  if (!path.isAbsolute(value)) throw new UsageError(t().pathRelative(name, value), t().pathAbsoluteHint(name));
  return value;
}

/** `~` expanded; a relative home or state dir is refused, a relative file path (config, agent dir) is the user's own choice and resolves against the current directory. */
function expandHome(name: string, value: string, home: () => string, cwd: string): string {
  if (value === '~') return home();
  if (value.startsWith('~/')) return path.join(home(), value.slice(2));
  return HOME_VARIABLES.has(name) ? path.resolve(absolute(name, value)) : path.resolve(cwd, value);
}

const HOME_VARIABLES = new Set(['OPENCLAW_HOME', 'OPENCLAW_STATE_DIR']);

/** The user's home directory for files outside the state dir (shell rc files): refused when empty or relative. */
export function userHomeDir(world: Pick<World, 'homedir'>): string {
  return absolute('HOME', world.homedir);
}

/** Where every file lives, after OPENCLAW_HOME, OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH and OPENCLAW_AGENT_DIR. */
export function resolvePaths(world: Pick<World, 'env' | 'homedir' | 'cwd'>): OpenclawPaths {
  const env = world.env;
  const userHome = () => absolute('HOME', world.homedir);
  const override = (name: string, home: () => string) => {
    const value = env[name]?.trim();
    return value ? expandHome(name, value, home, world.cwd) : undefined;
  };
  const openclawHome = override('OPENCLAW_HOME', userHome);
  const homeOf = () => openclawHome ?? userHome();
  const stateDir = override('OPENCLAW_STATE_DIR', homeOf) ?? path.join(homeOf(), '.openclaw');
  const home = openclawHome ?? (path.isAbsolute(world.homedir) ? world.homedir : path.dirname(stateDir));
  const configPath = override('OPENCLAW_CONFIG_PATH', homeOf) ?? path.join(stateDir, 'openclaw.json');
  const agentDir = override('OPENCLAW_AGENT_DIR', homeOf) ?? path.join(stateDir, 'agents', 'main', 'agent');
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
