import type { World } from '../world.js';
import { resolvePaths, type OpenclawPaths } from './paths.js';
import { readConfigFile } from './config-file.js';
import { readDotenv } from './dotenv.js';
import type { ConfigJson } from './agent-config.js';
import { readProfileStore, type ProfileStoreData } from '../credentials/profile-store.js';
import type { CredentialWorld } from '../credentials/resolve.js';

export interface AgentState extends CredentialWorld {
  paths: OpenclawPaths;
  config: ConfigJson;
  store: ProfileStoreData;
}

/** Everything the read-only commands look at, read without locks and without writing. */
export async function loadAgentState(world: World): Promise<AgentState> {
  const paths = resolvePaths(world);
  const [{ doc }, store, dotenv] = await Promise.all([readConfigFile(paths.configPath), readProfileStore(paths.authStorePath), readDotenv(paths.envFilePath)]);
  return { paths, config: doc.toJSON(), store, dotenv, env: world.env };
}
