/** Plan and region names, findings and other catalog facts, in the active language. */
import type { Plan, Region } from '../../catalog/types.js';
import type { PlanFinding } from '../../catalog/policy.js';
import { local, t } from './index.js';

export function planName(plan: Plan | undefined): string {
  const m = t();
  if (plan === 'coding') return m.planCoding;
  if (plan === 'standard') return m.planStandard;
  if (plan === 'token') return m.planToken;
  return m.thisPlan;
}

export function regionName(region: Region | undefined): string | undefined {
  if (region === 'global') return t().regionGlobal;
  if (region === 'cn') return t().regionCn;
  return undefined;
}

export function describeFinding(finding: PlanFinding): { message: string; fixes: string[] } {
  const m = t();
  switch (finding.rule) {
    case 'plan-only-model':
      return {
        message: m.planOnlyModel(finding.ref, planName(finding.modelPlan), planName(finding.endpointPlan), String(finding.baseUrl)),
        fixes: [m.planOnlyModelOptIn(finding.provider), m.planOnlyModelSwitch(planName(finding.modelPlan), finding.command)],
      };
    case 'video-needs-plan':
      return {
        message: m.videoNeedsPlanKey(finding.ref, planName(finding.neededPlan), planName(finding.endpointPlan), String(finding.baseUrl)),
        fixes: [m.switchToPlanKey(planName(finding.neededPlan), finding.command)],
      };
    case 'key-of-other-plan':
      return { message: m.keyOfOtherPlan(finding.prefix, planName(finding.keyPlan), finding.choice, planName(finding.choicePlan)), fixes: [m.useChoiceForKey(finding.rightChoice)] };
    case 'key-without-plan-mark':
      return { message: m.keyWithoutPlanMark(planName(finding.choicePlan), finding.prefix, planName(finding.rightPlan)), fixes: [m.useChoiceForKey(finding.rightChoice)] };
    case 'ref-of-other-provider':
      return { message: m.refOfOtherProvider(local(finding.keyNoun), finding.provider, finding.ref), fixes: finding.matching ? [m.useRef(finding.matching)] : [] };
    case 'deprecated-model':
      return { message: m.deprecatedModel(finding.ref, finding.replacement), fixes: [m.useRefCommand(finding.replacement)] };
  }
}

/** Why no keychain answers, as a word of the active language (the ids stay in --json). */
export function keychainFailureWord(reason: 'absent' | 'locked' | 'timeout' | 'error'): string {
  const m = t();
  return { absent: m.keychainAbsentWord, locked: m.keychainLockedWord, timeout: m.keychainTimeoutWord, error: m.keychainErrorWord }[reason];
}

/** A probe result as a word of the active language (the ids stay in --json). */
export function probeStatusWord(status: 'ok' | 'auth' | 'rate_limit' | 'billing' | 'timeout' | 'format' | 'unknown' | 'no_model'): string {
  const m = t();
  return { ok: m.probeWordOk, auth: m.probeWordAuth, rate_limit: m.probeWordRateLimit, billing: m.probeWordBilling, timeout: m.probeWordTimeout, format: m.probeWordFormat, unknown: m.probeWordUnknown, no_model: m.probeWordNoModel }[status];
}
