import type { World } from '../world.js';
import { resolvePaths, type OpenclawPaths } from './paths.js';
import { readConfigJson } from './config-value.js';
import { readDotenv } from './dotenv.js';
import type { ConfigJson } from './agent-config.js';
import { readProfileStore, type ProfileStoreData } from '../credentials/profile-store.js';
import type { CredentialWorld } from '../credentials/credential-source.js';
import { readAuthState } from '../credentials/auth-state.js';

export interface AgentState extends CredentialWorld {
  paths: OpenclawPaths;
  config: ConfigJson;
  store: ProfileStoreData;
}

/** Everything the read-only commands look at, read without locks and without writing. */
export async function loadAgentState(world: World): Promise<AgentState> {
  const paths = resolvePaths(world);
  const { recoverBeforeReading } = await import('./transaction.js');
  await recoverBeforeReading(paths.configPath);
  const [config, store, dotenv, authState] = await Promise.all([
    readConfigJson(paths.configPath),
    readProfileStore(paths.authStorePath),
    readDotenv(paths.envFilePath),
    readAuthState(paths.agentDir),
  ]);
  return { paths, config, store, dotenv, dotenvPath: paths.envFilePath, authState, env: world.env, now: world.now() };
}
