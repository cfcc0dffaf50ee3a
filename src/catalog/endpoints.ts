import type { AuthChoice, ChatModel, Plan, PlanSpec, ProviderSpec, Region, VideoCaps, VideoModel } from './types.js';
import { getProvider, providerById, providers } from './registry.js';

export function stripTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** What a base URL tells about a provider's endpoint. */
export interface EndpointInfo {
  /** The plan whose host the URL is on; undefined for a custom URL. */
  plan?: Plan;
  region?: Region;
  /** The URL is exactly one of the provider's own endpoints. */
  native: boolean;
  /** The auth choice whose plan and region match; undefined for a custom URL. */
  choice?: AuthChoice;
  /** Wan video and media understanding are served (Standard and custom URLs, video providers). */
  servesVideo: boolean;
}

function spec(provider: string | ProviderSpec): ProviderSpec | undefined {
  return typeof provider === 'string' ? providerById(provider) : provider;
}

export function planSpec(provider: ProviderSpec, plan: Plan | undefined): PlanSpec | undefined {
  return plan ? provider.plans?.find((p) => p.id === plan) : undefined;
}

/** Plan and region of a base URL, read from its host against the provider's auth choices; a URL on no known host is custom. */
export function endpointOf(provider: string | ProviderSpec, baseUrl: string | undefined): EndpointInfo {
  const p = spec(provider);
  if (!p) return { native: false, servesVideo: false };
  const host = hostOf(baseUrl);
  const normalized = baseUrl ? stripTrailingSlashes(baseUrl) : undefined;
  const videoRegion = (Object.entries(p.videoHosts ?? {}) as [Region, string][]).find(([, url]) => hostOf(url) === host)?.[0];
  for (const c of p.authChoices) {
    if (!host || c.regionFlag || hostOf(c.baseUrl) !== host) continue;
    const choice = { ...c, provider: p.id };
    return { plan: c.plan, region: c.region, native: normalized === c.baseUrl, choice, servesVideo: planSpec(p, c.plan)?.servesVideo ?? p.videoModels.length > 0 };
  }
  if (p.configShape === 'video') {
    return { region: videoRegion, native: videoRegion !== undefined && normalized === p.videoHosts![videoRegion], choice: choiceFor(p.id, { region: videoRegion }), servesVideo: true };
  }
  return { region: videoRegion, native: false, servesVideo: p.videoModels.length > 0 };
}

/**
 * The auth choice with these axes; an axis the provider does not have is
 * ignored, and without an exact match the first choice of the provider wins.
 */
export function choiceFor(provider: string, axes: { plan?: Plan; region?: Region }): AuthChoice {
  const p = getProvider(provider);
  const choices = p.authChoices.map((c) => ({ ...c, provider: p.id }));
  const fits = (c: AuthChoice, key: 'plan' | 'region') => axes[key] === undefined || c[key] === undefined || c[key] === axes[key] || (key === 'region' && c.regionFlag === true);
  return choices.find((c) => fits(c, 'plan') && fits(c, 'region')) ?? choices.find((c) => fits(c, 'plan')) ?? choices[0]!;
}

/** The auth choice that matches a configured base URL (plan and region); the provider's first when the URL says nothing. */
export function choiceForBaseUrl(provider: string, baseUrl: string | undefined): AuthChoice {
  return endpointOf(provider, baseUrl).choice ?? choiceFor(provider, { region: endpointOf(provider, baseUrl).region });
}

/** The choice of the same region on a plan that serves video (Coding Plan China → Standard China). */
export function videoChoiceFor(provider: string, region: Region | undefined): AuthChoice | undefined {
  const p = getProvider(provider);
  const plan = p.plans?.find((x) => x.servesVideo)?.id;
  if (!plan && p.videoModels.length === 0) return undefined;
  return choiceFor(provider, { plan, region });
}

/** The base URL a choice writes, after --region for a choice that takes one. */
export function baseUrlForChoice(choice: AuthChoice, region: Region | undefined): string {
  if (choice.regionFlag && region) return getProvider(choice.provider).videoHosts?.[region] ?? choice.baseUrl;
  return choice.baseUrl;
}

export function chatCatalog(provider: string): readonly ChatModel[] {
  return providerById(provider)?.chatModels ?? [];
}

export function videoCatalog(provider: string): readonly VideoModel[] {
  return providerById(provider)?.videoModels ?? [];
}

export function findChatModel(provider: string, modelId: string): ChatModel | undefined {
  return chatCatalog(provider).find((m) => m.id === modelId);
}

export function findVideoModel(provider: string, modelId: string): VideoModel | undefined {
  return videoCatalog(provider).find((m) => m.id === modelId);
}

/** Whether a model is advertised on an endpoint (a plan-only model on another plan is not). */
function servedOn(model: ChatModel, endpoint: EndpointInfo): boolean {
  return !model.onlyOnPlan || endpoint.plan === undefined || endpoint.plan === model.onlyOnPlan;
}

/**
 * The chat catalog an endpoint advertises: models of another plan are left
 * out, unless the user listed them under the provider's models (then the
 * upstream API decides).
 */
export function endpointChatCatalog(provider: string, baseUrl: string | undefined, userConfiguredIds: ReadonlySet<string> = new Set()): ChatModel[] {
  const endpoint = endpointOf(provider, baseUrl);
  return chatCatalog(provider).filter((m) => servedOn(m, endpoint) || userConfiguredIds.has(m.id));
}

/** The video catalog an endpoint serves: none on a plan without video. */
export function endpointVideoCatalog(provider: string, baseUrl: string | undefined): readonly VideoModel[] {
  return endpointOf(provider, baseUrl).servesVideo ? videoCatalog(provider) : [];
}

/** The AIGC host that video generation uses, from the region the chat (or video) base URL points at. */
export function videoHostFor(provider: string, baseUrl: string | undefined): string | undefined {
  const p = providerById(provider);
  if (!p?.videoHosts) return undefined;
  if (p.configShape === 'video' && baseUrl) return stripTrailingSlashes(baseUrl);
  return p.videoHosts[endpointOf(p, baseUrl).region ?? 'global'];
}

/** Model rows on the provider's own hosts advertise streaming usage compatibility. */
export function streamingUsageCompat(provider: string, baseUrl: string): boolean {
  const p = providerById(provider);
  return Boolean(p?.streamingUsageCompat) && endpointOf(provider, baseUrl).native;
}

export function isReasoningModel(provider: string, modelId: string): boolean {
  return findChatModel(provider, modelId)?.reasoning ?? false;
}

/** An example ref for help and error texts: the first default chat model of the catalog. */
export function exampleChatRef(): string {
  return providers().find((p) => p.defaultModel)?.defaultModel ?? 'provider/model';
}

export function exampleVideoRef(): string {
  return providers().find((p) => p.defaultVideoModel)?.defaultVideoModel ?? 'provider/video-model';
}

/** What a video model takes and makes (duration, inputs, controls), from its provider's caps for its mode. */
export function videoModelCaps(provider: string, modelId: string): (VideoCaps & { alwaysAudio: boolean }) | undefined {
  const model = findVideoModel(provider, modelId);
  const caps = model && providerById(provider)?.videoCaps?.[model.mode];
  return caps ? { ...caps, alwaysAudio: model.alwaysAudio ?? false } : undefined;
}

/** The model the Gateway uses for image and video understanding with this provider's key, where the endpoint serves it. */
export function mediaUnderstandingRef(provider: string, baseUrl: string | undefined): string | undefined {
  const model = providerById(provider)?.mediaUnderstandingModel;
  return model && endpointOf(provider, baseUrl).servesVideo ? `${provider}/${model}` : undefined;
}

/** Edits (insert, delete, substitute, swap of neighbours) between two ids, counted no further than `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The catalog model a mistyped id most likely meant: within two edits (one for short ids), the closest, or none. */
export function closestModel(provider: string, modelId: string, kind: 'chat' | 'video'): string | undefined {
  const ids = (kind === 'chat' ? chatCatalog(provider) : videoCatalog(provider)).map((m) => m.id);
  const limit = modelId.length <= 6 ? 1 : 2;
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(modelId.toLowerCase(), id.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}
