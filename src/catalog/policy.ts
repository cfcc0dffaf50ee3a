/**
 * The plan rules of SPEC §2 as one policy: every command asks here whether a
 * model, a key or a ref fits the endpoint a config points at, and which auth
 * choice a hint should name. Pure functions over catalog data.
 */
import type { AuthChoice, Localized, Plan, Region } from './types.js';
import { choiceFor, choiceForBaseUrl, endpointOf, findChatModel, planSpec, videoChoiceFor } from './endpoints.js';
import { findProvider, getProvider, providerById, providers } from './registry.js';

export type PlanRule = 'plan-only-model' | 'video-needs-plan' | 'key-of-other-plan' | 'key-without-plan-mark' | 'ref-of-other-provider' | 'deprecated-model';

/**
 * A broken plan rule, as data: the UI words it in the active language
 * (`describeFinding`), with one line per way out, each naming what to run or change.
 */
export type PlanFinding =
  | { rule: 'plan-only-model'; provider: string; ref: string; modelPlan: Plan; endpointPlan: Plan; baseUrl?: string; command: string }
  | { rule: 'video-needs-plan'; provider: string; ref: string; neededPlan?: Plan; endpointPlan?: Plan; baseUrl?: string; command: string }
  | { rule: 'key-of-other-plan'; prefix: string; keyPlan: Plan; choice: string; choicePlan: Plan; rightChoice: string }
  /** A plan whose keys carry a mark (Coding Plan's `sk-sp-`) given a key without it: most likely a key of another plan. */
  | { rule: 'key-without-plan-mark'; prefix: string; choice: string; choicePlan: Plan; rightChoice: string; rightPlan: Plan }
  | { rule: 'ref-of-other-provider'; provider: string; keyNoun: Localized; ref: string; matching?: string }
  | { rule: 'deprecated-model'; provider: string; ref: string; replacement: string };

export interface EndpointContext {
  /** The provider's configured base URL (undefined: not configured). */
  baseUrl?: string;
  /** Model ids the user listed under `models.providers.<id>.models`. */
  userModelIds?: ReadonlySet<string>;
}

const onboardWith = (choice: AuthChoice | undefined) => (choice ? `openclaw onboard --auth-choice ${choice.id}` : 'openclaw onboard');

/** A model of one plan only, on an endpoint of another plan: saved with a warning naming both fixes. */
export function chatModelFindings(provider: string, modelId: string, ctx: EndpointContext): PlanFinding[] {
  const deprecated = providerById(provider)?.deprecatedModels?.find((d) => d.id === modelId);
  if (deprecated && !ctx.userModelIds?.has(modelId)) {
    return [{ rule: 'deprecated-model', provider, ref: `${provider}/${modelId}`, replacement: `${provider}/${deprecated.replacedBy}` }];
  }
  const model = findChatModel(provider, modelId);
  const endpoint = endpointOf(provider, ctx.baseUrl);
  if (!model?.onlyOnPlan || !endpoint.plan || endpoint.plan === model.onlyOnPlan) return [];
  if (ctx.userModelIds?.has(modelId)) return [];
  const right = choiceFor(provider, { plan: model.onlyOnPlan, region: endpoint.region });
  return [
    { rule: 'plan-only-model', provider, ref: `${provider}/${modelId}`, modelPlan: model.onlyOnPlan, endpointPlan: endpoint.plan, baseUrl: ctx.baseUrl, command: onboardWith(right) },
  ];
}

/** A video model on an endpoint whose plan serves no video (Wan on Coding Plan). */
export function videoModelFindings(provider: string, modelId: string, ctx: EndpointContext): PlanFinding[] {
  const spec = providerById(provider);
  if (!spec || spec.videoModels.length === 0) return [];
  const endpoint = endpointOf(provider, ctx.baseUrl);
  if (endpoint.servesVideo) return [];
  const right = videoChoiceFor(provider, endpoint.region);
  return [
    { rule: 'video-needs-plan', provider, ref: `${provider}/${modelId}`, neededPlan: right?.plan, endpointPlan: endpoint.plan, baseUrl: ctx.baseUrl, command: onboardWith(right) },
  ];
}

/** The provider and plan a key's prefix gives away (Coding Plan keys start with `sk-sp-`), whichever provider the key was given to. */
export function planOfKey(key: string): { provider: string; plan: Plan } | undefined {
  for (const p of providers()) {
    const plan = p.plans?.find((x) => x.keyPrefix && key.startsWith(x.keyPrefix));
    if (plan) return { provider: p.id, plan: plan.id };
  }
  return undefined;
}

/** A key marked as one plan's, given to a choice of another plan (an `sk-sp-` key on Standard or Token Plan). */
export function keyFindings(choice: AuthChoice, key: string): PlanFinding[] {
  const mark = planOfKey(key);
  if (!mark && choice.plan) {
    const plans = getProvider(choice.provider).plans ?? [];
    const prefix = planSpec(getProvider(choice.provider), choice.plan)?.keyPrefix;
    const unmarked = plans.find((p) => !p.keyPrefix);
    if (!prefix || !unmarked) return [];
    const right = choiceFor(choice.provider, { plan: unmarked.id, region: choice.region });
    return [{ rule: 'key-without-plan-mark', prefix, choice: choice.id, choicePlan: choice.plan, rightChoice: right.id, rightPlan: unmarked.id }];
  }
  if (!mark || !choice.plan || (mark.provider === choice.provider && mark.plan === choice.plan)) return [];
  const right = choiceFor(mark.provider, { plan: mark.plan, region: choice.region });
  const prefix = planSpec(getProvider(mark.provider), mark.plan)!.keyPrefix!;
  return [
    { rule: 'key-of-other-plan', prefix, keyPlan: mark.plan, choice: choice.id, choicePlan: choice.plan, rightChoice: right.id },
  ];
}

/**
 * A credential of one catalog provider with a default ref of another (a
 * Portal token with `qwen/...`, a DashScope key with `qwen-oauth/...`): the
 * key will not reach that model. Names the ref that matches the credential.
 */
export function refProviderFindings(credentialProvider: string, ref: { provider: string; model: string }): PlanFinding[] {
  const own = providerById(credentialProvider);
  const other = findProvider(ref.provider);
  if (!own || !other || other.id === own.id || own.configShape !== 'chat' || other.configShape !== 'chat') return [];
  const matching = findChatModel(own.id, ref.model) ? `${own.id}/${ref.model}` : own.defaultModel;
  return [
    { rule: 'ref-of-other-provider', provider: own.id, keyNoun: own.keyNoun, ref: `${ref.provider}/${ref.model}`, matching },
  ];
}

/** The auth choice a hint names for a provider: the one matching the configured plan and region. */
export function hintChoice(provider: string, baseUrl: string | undefined): AuthChoice | undefined {
  return providerById(provider) ? choiceForBaseUrl(provider, baseUrl) : undefined;
}

/** The choice with the same plan in another region (`--region cn` on a Global choice). */
export function choiceInRegion(choice: AuthChoice, region: Region): AuthChoice {
  return choiceFor(choice.provider, { plan: choice.plan, region });
}

