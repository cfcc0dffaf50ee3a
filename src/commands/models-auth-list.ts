import type { World } from '../world.js';
import { ExitCode } from '../errors.js';
import { loadAgentState } from '../config/agent-state.js';
import { authProfileEntries } from '../config/agent-config.js';
import { describeSource, resolveProfile } from '../credentials/resolve.js';
import { createOutput } from '../ui/output.js';
import { providerOption } from './provider-option.js';

/** Stored profiles and where each secret lives; never the secret, at most its masked form. */
export async function runModelsAuthList(opts: { provider?: string; json?: boolean }, world: World): Promise<number> {
  const output = createOutput(world);
  const state = await loadAgentState(world);
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
        inConfig: inConfig[id] !== undefined,
      };
    });
  if (opts.json) {
    output.json({ storePath: state.paths.authStorePath, profiles });
    return ExitCode.ok;
  }
  if (profiles.length === 0) {
    output.out(`No stored profiles${provider ? ` for ${provider}` : ''} in ${state.paths.authStorePath}.`);
    return ExitCode.ok;
  }
  output.out(`Profiles in ${state.paths.authStorePath}`);
  for (const p of profiles) {
    const where = p.source === 'keychain' ? 'OS keychain' : p.source === 'env-ref' ? p.description.replace(/^profile \S+ → /, '') : 'file';
    output.out(`  ${p.profileId.padEnd(24)} ${p.type.padEnd(8)} ${where}${p.masked ? ` ${p.masked}` : ''}${p.usable ? '' : ' (unusable)'}`);
  }
  return ExitCode.ok;
}

export function run({ opts, world }: { opts: Record<string, unknown>; world: World }): Promise<number> {
  return runModelsAuthList(opts as { provider?: string; json?: boolean }, world);
}
