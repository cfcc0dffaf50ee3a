import type { World } from '../world.js';
import { ExitCode, UsageError } from '../errors.js';
import { findProvider } from '../catalog/providers.js';
import { findChatModel } from '../catalog/chat-models.js';
import { videoHostForBaseUrl, VIDEO_HOSTS } from '../catalog/endpoints.js';
import { loadAgentState, type AgentState } from '../config/agent-state.js';
import { aliases, allowlist, fallbackModels, primaryModel, providerBlock, videoPrimaryModel } from '../config/agent-config.js';
import { normalizeRef } from '../config/model-inventory.js';
import { parseRef } from '../config/model-refs.js';
import { describeSource, resolveCredential, type ResolvedCredential, type UnusableProfile } from '../credentials/resolve.js';
import { createOutput } from '../ui/output.js';
import { providerOption } from './provider-option.js';
import type { ProbeResult } from '../probe/client.js';

interface StatusOptions {
  json?: boolean;
  plain?: boolean;
  check?: boolean;
  probe?: boolean;
  probeProvider?: string;
  probeTimeout?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function missingReason(provider: string): { reason: string; hint: string } {
  const known = findProvider(provider);
  if (!known) return { reason: `No credential for ${provider}`, hint: `Configure ${provider} with the Gateway` };
  const choice = provider === 'alibaba' ? 'alibaba-model-studio-api-key' : provider === 'qwen-oauth' ? 'qwen-oauth' : 'qwen-standard-api-key';
  return {
    reason: `No credential: set ${known.envVars.join(', ').replace(/, ([^,]*)$/, ' or $1')}, or run openclaw onboard --auth-choice ${choice}`,
    hint: `openclaw onboard --auth-choice ${choice}`,
  };
}

/** Providers the defaults depend on: default model, fallbacks and video default, in that order. */
export function providersInUse(state: AgentState): { provider: string; refs: string[] }[] {
  const refs = [primaryModel(state.config), ...fallbackModels(state.config), videoPrimaryModel(state.config)]
    .filter((r): r is string => typeof r === 'string')
    .map((r) => normalizeRef(r, state.config));
  const byProvider = new Map<string, string[]>();
  for (const ref of refs) {
    const provider = parseRef(ref)?.provider;
    if (provider) byProvider.set(provider, [...(byProvider.get(provider) ?? []), ref]);
  }
  return [...byProvider].map(([provider, r]) => ({ provider, refs: r }));
}

async function probeProviders(state: AgentState, creds: Map<string, ResolvedCredential>, opts: StatusOptions, inUse: { provider: string; refs: string[] }[]): Promise<ProbeResult[]> {
  const timeoutMs = Number(opts.probeTimeout ?? '8000');
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 120_000) {
    throw new UsageError(`--probe-timeout must be a whole number of milliseconds from 1 to 120000, not "${opts.probeTimeout}".`);
  }
  const only = providerOption(opts.probeProvider, state.config, '--probe-provider');
  const { probeChat, probeVideo } = await import('../probe/client.js');
  const results: ProbeResult[] = [];
  for (const { provider, refs } of inUse) {
    if (only && provider !== only) continue;
    const cred = creds.get(provider)!;
    const ref = refs[0]!;
    const model = parseRef(ref)!.model;
    if (!cred.usable) {
      results.push({ provider, model, status: 'auth', latencyMs: 0, message: 'No usable credential; nothing was sent.' });
      continue;
    }
    let key = cred.key;
    if (cred.kind === 'keychain') {
      const { systemKeychain } = await import('../credentials/keychain.js');
      key = await systemKeychain().get(cred.profileId!);
    }
    const block = providerBlock(state.config, provider);
    const isVideo = /^wan\d/i.test(model) || provider === 'alibaba';
    if (isVideo) {
      const host = provider === 'alibaba' ? (block?.baseUrl ?? VIDEO_HOSTS.global) : videoHostForBaseUrl(block?.baseUrl ?? '');
      results.push(await probeVideo({ provider, host, apiKey: key ?? '', model, timeoutMs }));
    } else if (!block?.baseUrl) {
      results.push({ provider, model, status: 'unknown', latencyMs: 0, message: `models.providers.${provider}.baseUrl is not set; run openclaw onboard.` });
    } else {
      const reasoning = findProvider(provider) ? (findChatModel(findProvider(provider)!.id, model)?.reasoning ?? false) : false;
      results.push(await probeChat({ provider, baseUrl: block.baseUrl, apiKey: key ?? '', model, timeoutMs, reasoning }));
    }
  }
  return results;
}

export async function runModelsStatus(opts: StatusOptions, world: World): Promise<number> {
  if (opts.json && opts.plain) throw new UsageError('--json and --plain are two output formats: pass one.');
  const output = createOutput(world);
  const state = await loadAgentState(world);
  const { config, paths } = state;
  const primary = primaryModel(config);
  const resolvedDefault = primary ? normalizeRef(aliases(config)[primary] ?? primary, config) : null;
  if (opts.plain && !opts.check && !opts.probe) {
    if (resolvedDefault) output.out(resolvedDefault);
    return resolvedDefault ? ExitCode.ok : ExitCode.failure;
  }

  const inUse = providersInUse(state);
  const creds = new Map<string, ResolvedCredential>();
  const unusableProfiles: UnusableProfile[] = [];
  const missingProvidersInUse: string[] = [];
  const expiringSoon: string[] = [];
  for (const { provider } of inUse) {
    const { credential, unusable } = resolveCredential(provider, state);
    creds.set(provider, credential);
    unusableProfiles.push(...unusable);
    if (!credential.usable) {
      missingProvidersInUse.push(provider);
      if (unusable.length === 0) unusableProfiles.push({ profileId: `${provider}:default`, provider, kind: 'missing', ...missingReason(provider) });
    }
    if (credential.expires !== undefined && credential.expires - world.now().getTime() < DAY_MS) expiringSoon.push(provider);
  }
  const probes = opts.probe ? await probeProviders(state, creds, opts, inUse) : undefined;
  const sharedQwenKey = [...creds.values()].some((c) => c.envVar === 'QWEN_API_KEY' && (c.provider === 'qwen' || c.provider === 'qwen-oauth'));

  const providers = [...creds.values()].map((c) => ({
    provider: c.provider,
    source: c.kind,
    description: describeSource(c),
    profileId: c.profileId ?? null,
    envVar: c.envVar ?? null,
    masked: c.masked ?? null,
    usable: c.usable,
    ...(c.shellOnly ? { shellOnly: true } : {}),
    ...(c.expires !== undefined ? { expires: new Date(c.expires).toISOString() } : {}),
  }));

  if (opts.json) {
    output.json({
      configPath: paths.configPath,
      agentDir: paths.agentDir,
      defaultModel: primary ?? null,
      resolvedDefault,
      fallbacks: fallbackModels(config),
      videoGenerationModel: videoPrimaryModel(config) ?? null,
      aliases: aliases(config),
      allowed: Object.keys(allowlist(config)),
      auth: { storePath: paths.authStorePath, providers, missingProvidersInUse, unusableProfiles },
      ...(probes ? { probes } : {}),
    });
  } else if (!opts.plain) {
    const c = output.color;
    output.out(`Config      ${paths.configPath}`);
    output.out(`Agent dir   ${paths.agentDir}`);
    output.out(`Default     ${resolvedDefault ?? '(not set)'}${primary && resolvedDefault !== primary ? ` (from ${primary})` : ''}`);
    const fallbacks = fallbackModels(config);
    output.out(`Fallbacks   ${fallbacks.length ? fallbacks.join(', ') : '(none)'}`);
    output.out(`Video       ${videoPrimaryModel(config) ?? '(not set)'}`);
    const aliasList = Object.entries(aliases(config)).map(([a, r]) => `${a} → ${r}`);
    output.out(`Aliases     ${aliasList.length ? aliasList.join(', ') : '(none)'}`);
    output.out('Auth');
    if (creds.size === 0) output.out('  (no provider in use)');
    for (const cred of creds.values()) {
      const state = cred.usable ? c.green('ok') : c.red('missing');
      const masked = cred.masked ? ` ${cred.masked}` : '';
      output.out(`  ${cred.provider.padEnd(11)} ${state.padEnd(cred.usable ? 2 : 7)} ${describeSource(cred)}${masked}`);
      if (cred.shellOnly) output.out(`              ${cred.envVar} is set only in this shell: a Gateway daemon will not see it (add it to ${paths.envFilePath}).`);
    }
    for (const u of unusableProfiles) output.out(`  ${c.yellow('!')} ${u.profileId}: ${u.reason}`);
    for (const p of probes ?? []) output.out(`  probe ${p.provider}/${p.model}: ${p.status} (${p.latencyMs} ms) ${p.status === 'ok' ? '' : p.message}`.trimEnd());
    if (sharedQwenKey) output.out('Note: QWEN_API_KEY is read by both qwen and qwen-oauth; onboarding stores each key under its own provider id.');
  }
  if (opts.check) {
    if (missingProvidersInUse.length > 0) return ExitCode.failure;
    if (expiringSoon.length > 0) return ExitCode.usage;
  }
  if (probes && probes.some((p) => p.status !== 'ok')) return ExitCode.failure;
  return ExitCode.ok;
}

export function run({ opts, world }: { opts: Record<string, unknown>; world: World }): Promise<number> {
  return runModelsStatus(opts as StatusOptions, world);
}
