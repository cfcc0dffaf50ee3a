import type { World } from '../world.js';
import { resolvePaths, type OpenclawPaths } from './paths.js';
import { readConfigJson } from './config-value.js';
import { readDotenv } from './dotenv.js';
import type { ConfigJson } from './agent-config.js';
import type { ProfileStoreData } from '../credentials/profile-store.js';
import type { CredentialWorld } from '../credentials/credential-source.js';
import { storesFor, type CredentialStores } from '../credentials/stores.js';

export interface AgentState extends CredentialWorld {
  paths: OpenclawPaths;
  config: ConfigJson;
  store: ProfileStoreData;
  /** Where profiles and the agent's auth state live, for the Gateway generation that reads them. */
  stores: CredentialStores;
}

/** Everything the read-only commands look at, read without locks and without writing. */
export async function loadAgentState(world: World, opts: { forEdit?: boolean } = {}): Promise<AgentState> {
  const base = resolvePaths(world);
  const { recoverBeforeReading } = await import('./transaction.js');
  await recoverBeforeReading(base.configPath);
  // A command about to edit the config keeps this parse for its write (config-file reuses it when the text is unchanged).
  const config = opts.forEdit ? await (await import('./config-file.js')).readConfigForEdit(base.configPath) : await readConfigJson(base.configPath);
  const { paths, stores } = storesFor(world.env, base, config);
  const [store, dotenv, authState] = await Promise.all([stores.profiles.read(), readDotenv(paths.envFilePath), stores.authState.read()]);
  return { paths, config, store, stores, dotenv, dotenvPath: paths.envFilePath, authState, env: world.env, now: world.now(), platform: world.platform };
}
