import { defineCommand, flag, value } from './command.js';
import { allProviderNames, providers as catalogProviders } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';
import type { AgentState } from '../config/agent-state.js';
import type { StatusReport } from '../credentials/status-report.js';
import type { ProbeResult } from '../probe/client.js';
import type { Deps } from '../deps.js';

function probeTimeout(raw: string | undefined): number {
  const timeoutMs = Number(raw ?? '8000');
  if (!/^\d+$/.test(raw ?? '8000') || !Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 120_000) {
    throw new UsageError(`--probe-timeout must be a whole number of milliseconds from 1 to 120000, not "${raw}".`);
  }
  return timeoutMs;
}

async function probeInUse(state: AgentState, report: StatusReport, only: string | undefined, timeoutMs: number, deps: Deps): Promise<ProbeResult[]> {
  const { probeProvider } = await import('../probe/client.js');
  const results: ProbeResult[] = [];
  for (const used of report.inUse) {
    if (only && used.provider !== only) continue;
    const cred = used.credential;
    const ref = used.refs[0]!;
    const model = ref.slice(ref.indexOf('/') + 1);
    if (!cred.usable) {
      results.push({ provider: used.provider, model, status: 'auth', latencyMs: 0, message: 'No usable credential; nothing was sent.' });
      continue;
    }
    const key = cred.kind === 'keychain' ? await (await deps.keychain()).get(cred.profileId!) : cred.key;
    results.push(await probeProvider({ provider: used.provider, baseUrl: used.baseUrl, apiKey: key ?? '', model, timeoutMs, fetchImpl: deps.fetch }));
  }
  return results;
}

export const modelsStatus = defineCommand({
  path: ['models', 'status'],
  options: {
    json: flag('JSON output'),
    plain: flag('the resolved default model only'),
    check: flag('exit 1 when a credential is missing or unusable, 2 when one expires within 24 h'),
    probe: flag('one small live request per provider in use'),
    probeProvider: value('<id>', 'probe only this provider', { values: allProviderNames, dynamic: 'provider' }),
    probeTimeout: value('<ms>', 'probe timeout in milliseconds (default 8000)'),
  },
  examples: ['openclaw models status', 'openclaw models status --check', 'openclaw models status --json', 'openclaw models status --probe --probe-timeout 5000'],
  async run({ opts, world, deps }) {
    if (opts.json && opts.plain) throw new UsageError('--json and --plain are two output formats: pass one.');
    const timeoutMs = opts.probe ? probeTimeout(opts.probeTimeout) : 0;
    const [{ createOutput, printFindings }, { loadAgentState }, cfg, { statusReport }, { describeSource }, { providerOption }] = await Promise.all([
      import('../ui/output.js'),
      import('../config/agent-state.js'),
      import('../config/agent-config.js'),
      import('../credentials/status-report.js'),
      import('../credentials/credential-source.js'),
      import('../config/provider-option.js'),
    ]);
    const { normalizeRef } = await import('../config/model-refs.js');
    const output = createOutput(world);
    const state = await loadAgentState(world);
    const { config, paths } = state;
    const primary = cfg.primaryModel(config);
    const resolvedDefault = primary ? normalizeRef(cfg.aliases(config)[primary] ?? primary, config) : null;
    if (opts.plain && !opts.check && !opts.probe) {
      if (resolvedDefault) output.out(resolvedDefault);
      return resolvedDefault ? ExitCode.ok : ExitCode.failure;
    }
    const only = providerOption(opts.probeProvider, config, '--probe-provider');
    const report = statusReport(state, world.now());
    const probes = opts.probe ? await probeInUse(state, report, only, timeoutMs, deps) : undefined;
    const providers = report.inUse.map(({ provider, baseUrl, plan, region, credential: c }) => ({
      provider,
      baseUrl: baseUrl ?? null,
      plan: plan ?? null,
      region: region ?? null,
      activeProfile: c.profileId ?? null,
      source: c.kind,
      description: describeSource(c),
      profileId: c.profileId ?? null,
      envVar: c.envVar ?? null,
      masked: c.masked ?? null,
      usable: c.usable,
      ...(c.shellOnly ? { shellOnly: true } : {}),
      ...(c.shadowedEnvVars ? { shadows: c.shadowedEnvVars } : {}),
      ...(c.expires !== undefined ? { expires: new Date(c.expires).toISOString() } : {}),
    }));
    const nothingConfigured = report.inUse.length === 0;

    if (opts.json) {
      output.json({
        configPath: paths.configPath,
        agentDir: paths.agentDir,
        defaultModel: primary ?? null,
        resolvedDefault,
        fallbacks: cfg.fallbackModels(config),
        videoGenerationModel: cfg.videoPrimaryModel(config) ?? null,
        aliases: cfg.aliases(config),
        allowed: Object.keys(cfg.allowlist(config)),
        auth: { storePath: paths.authStorePath, providers, missingProvidersInUse: report.missingProvidersInUse, unusableProfiles: report.unusableProfiles },
        ...(probes ? { probes } : {}),
      });
    } else if (!opts.plain) {
      const c = output.color;
      output.out(`Config      ${paths.configPath}`);
      output.out(`Agent dir   ${paths.agentDir}`);
      output.out(`Default     ${resolvedDefault ?? '(not set)'}${primary && resolvedDefault !== primary ? ` (from ${primary})` : ''}`);
      const fallbacks = cfg.fallbackModels(config);
      output.out(`Fallbacks   ${fallbacks.length ? fallbacks.join(', ') : '(none)'}`);
      output.out(`Video       ${cfg.videoPrimaryModel(config) ?? '(not set)'}`);
      const aliasList = Object.entries(cfg.aliases(config)).map(([a, r]) => `${a} → ${r}`);
      output.out(`Aliases     ${aliasList.length ? aliasList.join(', ') : '(none)'}`);
      output.out('Auth');
      if (nothingConfigured) output.out('  (no provider in use: run openclaw onboard)');
      for (const used of report.inUse) {
        const cred = used.credential;
        const mark = cred.usable ? c.green('ok') : c.red('missing');
        output.out(`  ${used.provider.padEnd(11)} ${mark.padEnd(cred.usable ? 2 : 7)} ${describeSource(cred)}${cred.masked ? ` ${cred.masked}` : ''}`);
        if (used.baseUrl) output.out(`              endpoint ${used.baseUrl}${used.plan ? ` (${used.plan}${used.region ? `, ${used.region}` : ''})` : used.region ? ` (${used.region})` : ''}`);
        if (cred.profileId) output.out(`              active profile ${cred.profileId}`);
        if (cred.shadowedEnvVars) output.out(`              ${cred.shadowedEnvVars.join(', ')} ${cred.shadowedEnvVars.length === 1 ? 'is' : 'are'} set too, but the stored profile ${cred.profileId} wins.`);
        if (cred.shellOnly) output.out(`              ${cred.envVar} is set only in this shell: a Gateway daemon will not see it (add it to ${paths.envFilePath}).`);
      }
      for (const u of report.unusableProfiles) output.out(`  ${c.yellow('!')} ${u.profileId}: ${u.reason}`);
      for (const p of probes ?? []) output.out(`  probe ${p.provider}/${p.model}: ${p.status} (${p.latencyMs} ms) ${p.status === 'ok' ? '' : p.message}`.trimEnd());
      printFindings(output, report.findings.filter((f) => !f.blocking).map((f) => f.finding));
      for (const used of report.inUse) {
        const envVar = used.credential.envVar;
        const readers = envVar && (used.credential.kind === 'env' || used.credential.kind === 'dotenv') ? catalogProviders().filter((p) => p.envVars.includes(envVar)).map((p) => p.id) : [];
        if (readers.length > 1) output.out(`Note: ${envVar} is read by ${readers.slice(0, -1).join(', ')} and ${readers.at(-1)}; onboarding stores each key under its own provider id.`);
      }
    }
    if (opts.check) {
      if (nothingConfigured) {
        output.error('Nothing is configured: no default model and no provider in use.');
        output.info('Run openclaw onboard to set one up.');
        return ExitCode.failure;
      }
      if (report.missingProvidersInUse.length > 0 || report.findings.some((f) => f.blocking)) return ExitCode.failure;
      if (report.expiringSoon.length > 0) return ExitCode.usage;
    }
    if (probes && probes.some((p) => p.status !== 'ok')) return ExitCode.failure;
    return ExitCode.ok;
  },
});
