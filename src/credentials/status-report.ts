import { providerById } from '../catalog/registry.js';
import { endpointOf } from '../catalog/endpoints.js';
import { hintChoice, type PlanFinding } from '../catalog/policy.js';
import type { Plan, Region } from '../catalog/types.js';
import { t } from '../ui/i18n/index.js';
import { describeFinding } from '../ui/i18n/terms.js';
import { fallbackModels, primaryModel, videoPrimaryModel } from '../config/agent-config.js';
import { configuredBaseUrl } from '../config/model-inventory.js';
import { normalizeRef, parseRef, resolveModelInput } from '../config/model-refs.js';
import { planFindings } from '../config/default-model.js';
import type { AgentState } from '../config/agent-state.js';
import { resolveCredential, type ResolvedCredential, type UnusableProfile } from './credential-source.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProviderInUse {
  provider: string;
  refs: string[];
  baseUrl?: string;
  plan?: Plan;
  region?: Region;
  credential: ResolvedCredential;
}

export interface StatusReport {
  inUse: ProviderInUse[];
  unusableProfiles: UnusableProfile[];
  missingProvidersInUse: string[];
  expiringSoon: string[];
  /** Plan-rule findings of the defaults; one the endpoint does not serve makes `--check` fail. */
  findings: { ref: string; finding: PlanFinding; blocking: boolean }[];
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

function missingReason(provider: string, baseUrl: string | undefined): { reason: string; hint: string } {
  const spec = providerById(provider);
  const m = t();
  if (!spec) return { reason: m.noCredentialFor(provider), hint: m.configureWithGateway(provider) };
  const command = `openclaw onboard --auth-choice ${hintChoice(provider, baseUrl)!.id}`;
  const envVars = spec.envVars.length > 1 ? `${spec.envVars.slice(0, -1).join(m.listSep)}${m.orSep}${spec.envVars.at(-1)}` : spec.envVars.join('');
  return { reason: m.noCredentialSet(envVars, command), hint: command };
}

/** Everything `models status` says about the providers in use, computed once. */
export function statusReport(state: AgentState, now: Date): StatusReport {
  const report: StatusReport = { inUse: [], unusableProfiles: [], missingProvidersInUse: [], expiringSoon: [], findings: [] };
  const video = videoPrimaryModel(state.config);
  const videoRef = video ? normalizeRef(video, state.config) : undefined;
  for (const { provider, refs } of providersInUse(state)) {
    const baseUrl = configuredBaseUrl(state.config, provider);
    const endpoint = endpointOf(provider, baseUrl);
    const { credential, unusable } = resolveCredential(provider, state);
    report.inUse.push({ provider, refs, baseUrl, plan: endpoint.plan, region: endpoint.region, credential });
    report.unusableProfiles.push(...unusable);
    if (!credential.usable) {
      report.missingProvidersInUse.push(provider);
      if (unusable.length === 0) report.unusableProfiles.push({ profileId: `${provider}:default`, provider, kind: 'missing', ...missingReason(provider, baseUrl) });
    }
    if (credential.expires !== undefined && credential.expires - now.getTime() < DAY_MS) report.expiringSoon.push(provider);
    for (const ref of refs) {
      const isVideo = ref === videoRef;
      let resolved;
      try {
        resolved = resolveModelInput(ref, state.config);
      } catch {
        continue;
      }
      for (const finding of planFindings(isVideo ? 'video' : 'chat', resolved, state.config)) {
        // A default the endpoint does not serve is unusable (SPEC §2); a deprecated one still answers, so it is only warned.
        const blocking = finding.rule === 'video-needs-plan' || finding.rule === 'plan-only-model';
        report.findings.push({ ref, finding, blocking });
        if (blocking) {
          const { message, fixes } = describeFinding(finding);
          report.unusableProfiles.push({ profileId: credential.profileId ?? `${provider}:default`, provider, kind: 'plan', reason: message, hint: fixes.join(' ') });
        }
      }
    }
  }
  return report;
}
