import { defineCommand, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { ExitCode, UsageError } from '../errors.js';

type Target = 'keychain' | 'file';

async function migrate(to: Target, world: World, deps: Deps): Promise<number> {
  const [{ createOutput }, { openCredentials }] = await Promise.all([import('../ui/output.js'), import('../credentials/lifecycle.js')]);
  const output = createOutput(world);
  const credentials = await openCredentials(world, deps, { forEdit: true });
  const result = await credentials.move(to);
  if (result.kind === 'provider-rewritten') {
    output.out(t().keychainProviderRewritten(credentials.paths.configPath));
    return ExitCode.ok;
  }
  if (result.kind === 'nothing') {
    output.out(to === 'keychain' ? t().nothingToMigrateToKeychain : t().nothingToMigrateToFile);
    return ExitCode.ok;
  }
  for (const o of result.outcomes) {
    if (o.status === 'moved') output.out(t().migrated(o.profileId, to === 'keychain' ? t().whereKeychain : credentials.stores.profiles.location));
    else output.error(t().notMigrated(o.profileId, String(o.reason)));
  }
  return result.outcomes.some((o) => o.status === 'failed') ? ExitCode.failure : ExitCode.ok;
}

export const secretsMigrate = defineCommand({
  path: ['secrets', 'migrate'],
  options: { to: value('<store>', 'targetStore', { choices: ['keychain', 'file'] as const }) },
  examples: ['openclaw secrets migrate --to keychain', 'openclaw secrets migrate --to file'],
  run({ opts, world, deps }) {
    if (!opts.to) throw new UsageError(t().migrateNeedsTo);
    return migrate(opts.to, world, deps);
  },
});
