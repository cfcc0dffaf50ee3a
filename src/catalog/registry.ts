import type { AuthChoice, PlanSpec, ProviderSpec } from './types.js';
import { qwen } from './providers/qwen.js';
import { qwenOauth } from './providers/qwen-oauth.js';
import { alibaba } from './providers/alibaba.js';
import { qwenTokenPlan } from './providers/qwen-token-plan.js';

let specs: ProviderSpec[] = [qwen, qwenTokenPlan, qwenOauth, alibaba];

/**
 * Adds a provider spec; returns the function that removes it again. The CLI
 * itself never calls this: it exists so a test can prove that a provider is
 * nothing but its spec.
 */
export function registerProvider(spec: ProviderSpec): () => void {
  if (findProvider(spec.id)) throw new Error(`provider ${spec.id} is already registered`);
  specs = [...specs, spec];
  return () => {
    specs = specs.filter((s) => s !== spec);
  };
}

export function providers(): readonly ProviderSpec[] {
  return specs;
}

/** Canonical spec for an id or alias (case-insensitive); undefined when unknown. */
export function findProvider(idOrAlias: string): ProviderSpec | undefined {
  const wanted = idOrAlias.trim().toLowerCase();
  return specs.find((p) => p.id === wanted || p.aliases.includes(wanted));
}

/** The spec whose id is exactly this (aliases do not count). */
export function providerById(id: string): ProviderSpec | undefined {
  return specs.find((p) => p.id === id);
}

export function getProvider(id: string): ProviderSpec {
  const spec = providerById(id);
  if (!spec) throw new Error(`unknown provider id ${id}`);
  return spec;
}

export function allProviderNames(): string[] {
  return specs.flatMap((p) => [p.id, ...p.aliases]);
}

export function authChoices(): AuthChoice[] {
  return specs.flatMap((p) => p.authChoices.map((c) => ({ ...c, provider: p.id })));
}

export function allAuthChoiceIds(): string[] {
  return authChoices().flatMap((c) => (c.legacyId ? [c.id, c.legacyId] : [c.id]));
}

/** Looks up a canonical or legacy id; `legacy` says whether the caller used the old name. */
export function findAuthChoice(id: string): { choice: AuthChoice; legacy: boolean } | undefined {
  const wanted = id.trim().toLowerCase();
  for (const choice of authChoices()) {
    if (choice.id === wanted) return { choice, legacy: false };
    if (choice.legacyId === wanted) return { choice, legacy: true };
  }
  return undefined;
}

/** The provider whose removed login flow this id named, if any. */
export function removedChoiceOwner(id: string): ProviderSpec | undefined {
  const wanted = id.trim().toLowerCase();
  return specs.find((p) => p.removedChoiceIds?.includes(wanted));
}

export interface KeyFlag {
  flag: string;
  /** The choices this flag gives a key for: one for a choice's own flag, all of a provider's for its generic flag. */
  choices: AuthChoice[];
  generic: boolean;
}

/** Every key flag, each choice's own first, then the generic ones. */
export function keyFlags(): KeyFlag[] {
  const all = authChoices();
  const own = all.map((c) => ({ flag: c.keyFlag, choices: [c], generic: false }));
  const generic = specs
    .filter((p) => p.genericKeyFlag)
    .map((p) => ({ flag: p.genericKeyFlag!, choices: all.filter((c) => c.provider === p.id), generic: true }));
  return [...own, ...generic];
}

/** Every provider in wizard order. */
export function wizardProviders(): ProviderSpec[] {
  return [...specs].sort((a, b) => a.wizard.order - b.wizard.order);
}

/** The wizard's first question: providers that are a group of their own (Token Plan is a plan of the Qwen Cloud group). */
export function wizardGroups(): ProviderSpec[] {
  return wizardProviders().filter((p) => !p.wizard.planOf || !providerById(p.wizard.planOf));
}

/** The plans the wizard offers in a group: the group provider's own, then those of providers asked as its plans. */
export function wizardPlans(group: ProviderSpec): { provider: ProviderSpec; plan: PlanSpec }[] {
  const members = [group, ...wizardProviders().filter((p) => p.wizard.planOf === group.id)];
  return members.flatMap((provider) => (provider.plans ?? []).map((plan) => ({ provider, plan })));
}

/** The group a provider is asked under in the wizard (itself, or the provider it is a plan of). */
export function wizardGroupOf(provider: ProviderSpec): ProviderSpec {
  return (provider.wizard.planOf && providerById(provider.wizard.planOf)) || provider;
}
