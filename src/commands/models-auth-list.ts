import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { allProviderNames } from '../catalog/registry.js';
import { ExitCode } from '../errors.js';

export const modelsAuthList = defineCommand({
  path: ['models', 'auth', 'list'],
  output: { machineWhen: ['json'] },
  options: {
    provider: value('<id>', 'providerIdAlias', { values: allProviderNames, dynamic: 'provider' }),
    json: flag('jsonOutput'),
  },
  examples: ['openclaw models auth list', 'openclaw models auth list --provider qwen --json'],
  async run({ opts, world, deps }) {
    const [{ createOutput }, { openCredentials }, { authProfileEntries }, { describeSource, resolveProfile, profileProvider }, { providerOption }, { renderTable }] = await Promise.all([
      import('../ui/output.js'),
      import('../credentials/lifecycle.js'),
      import('../config/agent-config.js'),
      import('../credentials/credential-source.js'),
      import('../config/provider-option.js'),
      import('../ui/table.js'),
    ]);
    const output = createOutput(world);
    const credentials = await openCredentials(world, deps);
    const { state } = credentials;
    // The profile each provider uses now (the first usable one of its effective order), worked out once per provider.
    const activeOf = new Map<string, string | undefined>();
    const isActive = (id: string, p: Parameters<typeof profileProvider>[0]) => {
      const owner = profileProvider(p);
      if (!activeOf.has(owner)) activeOf.set(owner, credentials.activeProfile(owner));
      return activeOf.get(owner) === id;
    };
    const provider = providerOption(opts.provider, state.config);
    const inConfig = authProfileEntries(state.config);
    const profiles = Object.entries(state.store.profiles)
      .filter(([, p]) => !provider || p.provider === provider)
      .map(([id, p]) => {
        const resolved = resolveProfile(id, p, state);
        return {
          profileId: id,
          provider: p.provider,
          type: p.type,
          source: resolved.kind,
          description: describeSource(resolved),
          masked: resolved.masked ?? null,
          usable: resolved.usable,
          active: isActive(id, p),
          inConfig: inConfig[id] !== undefined,
        };
      });
    if (opts.json) {
      output.json({ storePath: state.stores.profiles.location, profiles });
      return ExitCode.ok;
    }
    if (profiles.length === 0) {
      output.out(provider ? t().noStoredProfilesFor(provider, state.stores.profiles.location) : t().noStoredProfiles(state.stores.profiles.location));
      return ExitCode.ok;
    }
    const m = t();
    output.out(m.profilesIn(state.stores.profiles.location));
    const envVarOf = new Map(Object.entries(state.store.profiles).map(([id, p]) => [id, p.keyRef?.source === 'env' ? p.keyRef.id : undefined]));
    const where = (p: (typeof profiles)[number]) => (p.source === 'keychain' ? m.whereKeychain : p.source === 'env-ref' ? m.sourceEnv(String(envVarOf.get(p.profileId))) : m.whereFile);
    const rows = profiles.map((p) => [`${p.profileId}${p.active ? m.activeMark : ''}`, String(p.type), `${where(p)}${p.masked ? ` ${p.masked}` : ''}${p.usable ? '' : m.unusableMark}`]);
    for (const line of renderTable([m.colProfile, m.colType, m.colSecret], rows, { minWidths: [24, 8] })) output.out(`  ${line}`);
    return ExitCode.ok;
  },
});
