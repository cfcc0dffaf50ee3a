import { stateDatabasePath } from '../config/gateway-generation.js';
import { defineCommand, flag, value } from './command.js';
import { t } from '../ui/i18n/index.js';
import { labeller } from '../ui/table.js';
import { planName, probeStatusWord, regionName } from '../ui/i18n/terms.js';
import { allProviderNames, providerById, providers as catalogProviders } from '../catalog/registry.js';
import { ExitCode, UsageError } from '../errors.js';
import type { AgentState } from '../config/agent-state.js';
import type { StatusReport } from '../credentials/status-report.js';
import type { ProbeResult } from '../probe/client.js';
import type { Deps } from '../deps.js';
import type { World } from '../world.js';
import { importPackage } from '../esm.js';
import { requestTimeout } from '../probe/timeout.js';
import { closestModel, mediaUnderstandingRef } from '../catalog/endpoints.js';
import { own } from '../config/own.js';

async function probeInUse(state: AgentState, report: StatusReport, only: string | undefined, timeoutMs: number, deps: Deps): Promise<ProbeResult[]> {
  const [{ probeProvider }, { secretOf }] = await Promise.all([import('../probe/client.js'), import('../credentials/credential-source.js')]);
  const results: ProbeResult[] = [];
  for (const used of report.inUse) {
    if (only && used.provider !== only) continue;
    const cred = used.credential;
    const ref = used.refs[0]!;
    const model = ref.slice(ref.indexOf('/') + 1);
    if (!cred.usable) {
      results.push({ provider: used.provider, model, status: 'auth', latencyMs: 0, reached: false, message: t().noUsableCredential });
      continue;
    }
    const key = await secretOf(cred, deps.keychain);
    results.push(await probeProvider({ provider: used.provider, baseUrl: used.baseUrl, apiKey: key ?? '', model, timeoutMs, fetchImpl: deps.fetch }));
  }
  return results;
}

/**
 * Runs the keychain resolver exactly as the Gateway would: its configured
 * command and args, an environment of only its passEnv and env map, the
 * protocol request on stdin, the Gateway's default 5 s bound. A profile whose
 * item does not come back that way is unusable, with the reason.
 */
async function resolveAsGateway(state: AgentState, report: StatusReport, world: World): Promise<void> {
  const { execa } = await importPackage('execa');
  const { execProviderConfig, gatewayResolverEnv } = await import('../credentials/keychain-ref.js');
  for (const used of report.inUse) {
    const cred = used.credential;
    if (cred.kind !== 'keychain' || !cred.usable) continue;
    const stored = own(state.store.profiles, cred.profileId!)!;
    const name = stored.keyRef!.provider;
    // A usable keychain credential has its provider configured (resolveProfile checked it).
    const exec = execProviderConfig(state.config, name)!;
    const request = JSON.stringify({ protocolVersion: 1, provider: name, ids: [cred.profileId] });
    const r = await execa(String(exec.command), Array.isArray(exec.args) ? exec.args.map(String) : [], {
      env: gatewayResolverEnv(exec, world.env),
      extendEnv: false,
      input: request,
      reject: false,
      timeout: 5_000,
    });
    let value: unknown;
    try {
      value = (JSON.parse(String(r.stdout)) as { values?: Record<string, unknown> }).values?.[cred.profileId!];
    } catch {
      value = undefined;
    }
    if (typeof value === 'string' && value !== '') continue;
    const said = String(r.stderr).split('\n').find((line) => line.trim()) ?? (r.timedOut ? 'timed out' : `exit ${r.exitCode}`);
    report.unusableProfiles.push({ profileId: cred.profileId!, provider: used.provider, kind: 'keychain', reason: t().keychainGatewayResolveFailed(said.replace(/^openclaw secrets resolve: /, '')), hint: t().keychainGatewayResolveHint });
    (cred as { usable: boolean }).usable = false;
    if (!report.missingProvidersInUse.includes(used.provider)) report.missingProvidersInUse.push(used.provider);
  }
}

function describeGateway(target: import('../config/gateway-generation.js').GatewayTarget, paths: import('../config/paths.js').OpenclawPaths): string {
  const m = t();
  const why = {
    stated: () => m.reasonStated(target.version ?? ''),
    'config-version': () => m.reasonConfigVersion(target.version ?? ''),
    'state-database': () => m.reasonStateDatabase(stateDatabasePath(paths)),
    'json-store': () => m.reasonJsonStore(paths.authStorePath),
    'config-shape': () => m.reasonConfigShape,
    'empty-home': () => m.reasonEmptyHome,
    'no-sign': () => m.reasonNoSign,
  }[target.reason]();
  return `${target.generation === 'today' ? m.generationToday : m.generationSeed} (${why})`;
}

/**
 * A default that no catalog, no configured row and no fresh live list of its endpoint knows
 * (a typo, say) fails `--check`; a provider this CLI does not know is the Gateway's to judge.
 */
async function unknownDefault(ref: string, state: AgentState, world: World): Promise<{ ref: string; provider: string; meant?: string } | undefined> {
  const [{ resolveModelInput }, { configuredBaseUrl }] = await Promise.all([import('../config/model-refs.js'), import('../config/model-inventory.js')]);
  let resolved;
  try {
    resolved = resolveModelInput(ref, state.config);
  } catch {
    return undefined;
  }
  if (resolved.known || !providerById(resolved.provider)) return undefined;
  const baseUrl = configuredBaseUrl(state.config, resolved.provider);
  if (baseUrl) {
    const { readCachedList } = await import('../probe/discovery.js');
    const served = await readCachedList(state.paths.stateDir, resolved.provider, baseUrl, world.now());
    if (served?.models.includes(resolved.model)) return undefined;
  }
  const meant = closestModel(resolved.provider, resolved.model, resolved.kind ?? 'chat');
  return { ref: resolved.ref, provider: resolved.provider, meant: meant ? `${resolved.provider}/${meant}` : undefined };
}

export const modelsStatus = defineCommand({
  path: ['models', 'status'],
  output: { machineWhen: ['json', 'plain'] },
  options: {
    json: flag('jsonOutput'),
    plain: flag('resolvedDefaultModelOnly'),
    check: flag('exit1CredentialMissing'),
    probe: flag('smallLiveRequestPer'),
    probeProvider: value('<id>', 'probeOnlyProvider', { values: allProviderNames, dynamic: 'provider' }),
    probeTimeout: value('<ms>', 'probeTimeoutMillisecondsDefault'),
  },
  examples: ['openclaw models status', 'openclaw models status --check', 'openclaw models status --json', 'openclaw models status --probe --probe-timeout 5000'],
  async run({ opts, world, deps }) {
    if (opts.json && opts.plain) throw new UsageError(t().jsonAndPlain);
    // Checked whether or not --probe is given: a typo in a script is said at once.
    const timeoutMs = requestTimeout(opts.probeTimeout);
    const [{ createOutput, printFindings }, { openCredentials }, cfg, { statusReport }, { describeSource }, { providerOption }] = await Promise.all([
      import('../ui/output.js'),
      import('../credentials/lifecycle.js'),
      import('../config/agent-config.js'),
      import('../credentials/status-report.js'),
      import('../credentials/credential-source.js'),
      import('../config/provider-option.js'),
    ]);
    const { normalizeRef } = await import('../config/model-refs.js');
    const output = createOutput(world);
    const { state } = await openCredentials(world, deps);
    const { config, paths } = state;
    const primary = cfg.primaryModel(config);
    const resolvedDefault = primary ? normalizeRef(own(cfg.aliases(config), primary) ?? primary, config) : null;
    if (opts.plain && !opts.check && !opts.probe) {
      if (resolvedDefault) output.out(resolvedDefault);
      return resolvedDefault ? ExitCode.ok : ExitCode.failure;
    }
    const only = providerOption(opts.probeProvider, config, '--probe-provider');
    const report = statusReport(state, world.now());
    if (opts.check) await resolveAsGateway(state, report, world);
    const probes = opts.probe ? await probeInUse(state, report, only, timeoutMs, deps) : undefined;
    const providers = report.inUse.map(({ provider, baseUrl, plan, region, credential: c }) => ({
      provider,
      baseUrl: baseUrl ?? null,
      plan: plan ?? null,
      region: region ?? null,
      // Image and video understanding the Gateway resolves from this provider's auth, where its endpoint serves it.
      mediaUnderstandingModel: mediaUnderstandingRef(provider, baseUrl) ?? null,
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
        gateway: { generation: state.stores.target.generation, version: state.stores.target.version ?? null, reason: state.stores.target.reason },
        auth: { storePath: state.stores.profiles.location, providers, missingProvidersInUse: report.missingProvidersInUse, unusableProfiles: report.unusableProfiles },
        // `reached` is for the wizard's wording; the JSON keeps its documented fields.
        ...(probes ? { probes: probes.map(({ reached: _r, ...p }) => p) } : {}),
      });
    } else if (!opts.plain) {
      const c = output.color;
      const m = t();
      const label = labeller([m.statusConfig, m.statusAgentDir, m.statusGateway, m.statusDefault, m.statusFallbacks, m.statusVideo, m.statusAliases], '', 11);
      output.out(label(m.statusConfig, paths.configPath));
      output.out(label(m.statusGateway, describeGateway(state.stores.target, paths)));
      output.out(label(m.statusAgentDir, paths.agentDir));
      output.out(label(m.statusDefault, `${resolvedDefault ?? m.notSet}${primary && resolvedDefault !== primary ? m.fromRef(primary) : ''}`));
      const fallbacks = cfg.fallbackModels(config);
      output.out(label(m.statusFallbacks, fallbacks.length ? fallbacks.join(', ') : m.none));
      output.out(label(m.statusVideo, cfg.videoPrimaryModel(config) ?? m.notSet));
      const aliasList = Object.entries(cfg.aliases(config)).map(([a, r]) => `${a} → ${r}`);
      output.out(label(m.statusAliases, aliasList.length ? aliasList.join(', ') : m.none));
      output.out(m.statusAuth);
      if (nothingConfigured) output.out(m.noProviderInUse);
      for (const used of report.inUse) {
        const cred = used.credential;
        const mark = cred.usable ? c.green(m.markOk) : c.red(m.markMissing);
        output.out(`  ${used.provider.padEnd(11)} ${mark} ${describeSource(cred)}${cred.masked ? ` ${cred.masked}` : ''}`);
        const pad = ' '.repeat(14);
        if (used.baseUrl) output.out(`${pad}${m.endpointLine(used.baseUrl, [used.plan && planName(used.plan), regionName(used.region)].filter(Boolean).join(m.listSep))}`);
        if (cred.profileId) output.out(`${pad}${m.activeProfile(cred.profileId)}`);
        if (cred.blockedBy?.hint) output.out(`${pad}${cred.blockedBy.hint}`);
        if (cred.shadowedEnvVars) output.out(`${pad}${(cred.shadowedEnvVars.length === 1 ? m.shadowedEnvOne : m.shadowedEnvMany)(cred.shadowedEnvVars.join(', '), String(cred.profileId))}`);
        if (cred.shellOnly) output.out(`${pad}${m.shellOnly(String(cred.envVar), paths.envFilePath)}`);
      }
      for (const u of report.unusableProfiles) output.out(`  ${c.yellow('!')} ${u.profileId}: ${u.reason}`);
      for (const p of probes ?? []) output.out(`  ${m.probeLine(`${p.provider}/${p.model}`, probeStatusWord(p.status), String(p.latencyMs), p.status === 'ok' ? '' : p.message)}`);
      printFindings(output, report.findings.filter((f) => !f.blocking).map((f) => f.finding));
      for (const used of report.inUse) {
        const envVar = used.credential.envVar;
        const readers = envVar && (used.credential.kind === 'env' || used.credential.kind === 'dotenv') ? catalogProviders().filter((p) => p.envVars.includes(envVar)).map((p) => p.id) : [];
        if (readers.length > 1) output.out(m.envReadBy(envVar!, readers.slice(0, -1).join(', '), readers.at(-1)!));
      }
    }
    if (opts.check) {
      if (nothingConfigured) {
        output.error(t().nothingConfigured);
        output.info(t().runOnboardHint);
        return ExitCode.failure;
      }
      const unknown = resolvedDefault ? await unknownDefault(resolvedDefault, state, world) : undefined;
      if (report.missingProvidersInUse.length > 0 || report.findings.some((f) => f.blocking) || unknown) {
        // Why, on stderr, in every output mode.
        for (const u of report.unusableProfiles.filter((p) => report.missingProvidersInUse.includes(p.provider) || p.kind === 'plan')) {
          output.error(`${u.kind === 'missing' ? u.provider : u.profileId}: ${u.reason}`);
          if (u.hint) output.info(u.hint);
        }
        if (unknown) {
          output.error(t().unknownDefault(unknown.ref));
          if (unknown.meant) output.info(t().didYouMeanRef(unknown.meant));
          output.info(t().unknownDefaultHint(unknown.provider));
        }
        return ExitCode.failure;
      }
      if (report.expiringSoon.length > 0) {
        for (const used of report.inUse.filter((u) => report.expiringSoon.includes(u.provider))) {
          output.error(t().expiresWithinDay(used.provider, String(used.credential.profileId), new Date(used.credential.expires!).toISOString()));
          output.info(t().expiresHint(used.provider));
        }
        return ExitCode.usage;
      }
    }
    if (probes && probes.some((p) => p.status !== 'ok')) return ExitCode.failure;
    return ExitCode.ok;
  },
});
