import type { ProviderId } from './providers.js';
import { QWEN_BASE_URLS, QWEN_PORTAL_BASE_URL, VIDEO_HOSTS, type Plan, type Region } from './endpoints.js';

export type AuthChoiceId =
  | 'qwen-api-key'
  | 'qwen-api-key-cn'
  | 'qwen-standard-api-key'
  | 'qwen-standard-api-key-cn'
  | 'qwen-oauth'
  | 'alibaba-model-studio-api-key';

export interface AuthChoice {
  id: AuthChoiceId;
  /** The pre-rename id, still accepted with a deprecation notice. */
  legacyId?: string;
  provider: ProviderId;
  /** Undefined for the Portal token and for alibaba (video only). */
  plan?: Plan;
  /** Undefined for the Portal token; alibaba's is its default, changeable with --region. */
  region?: Region;
  baseUrl: string;
  /** The commander long flag, without leading dashes. */
  keyFlag: string;
  label: string;
}

export const AUTH_CHOICES: readonly AuthChoice[] = [
  {
    id: 'qwen-api-key',
    legacyId: 'modelstudio-api-key',
    provider: 'qwen',
    plan: 'coding',
    region: 'global',
    baseUrl: QWEN_BASE_URLS.coding.global,
    keyFlag: 'modelstudio-api-key',
    label: 'Qwen Cloud Coding Plan (Global)',
  },
  {
    id: 'qwen-api-key-cn',
    legacyId: 'modelstudio-api-key-cn',
    provider: 'qwen',
    plan: 'coding',
    region: 'cn',
    baseUrl: QWEN_BASE_URLS.coding.cn,
    keyFlag: 'modelstudio-api-key-cn',
    label: 'Qwen Cloud Coding Plan (China)',
  },
  {
    id: 'qwen-standard-api-key',
    legacyId: 'modelstudio-standard-api-key',
    provider: 'qwen',
    plan: 'standard',
    region: 'global',
    baseUrl: QWEN_BASE_URLS.standard.global,
    keyFlag: 'modelstudio-standard-api-key',
    label: 'Qwen Cloud Standard (Global)',
  },
  {
    id: 'qwen-standard-api-key-cn',
    legacyId: 'modelstudio-standard-api-key-cn',
    provider: 'qwen',
    plan: 'standard',
    region: 'cn',
    baseUrl: QWEN_BASE_URLS.standard.cn,
    keyFlag: 'modelstudio-standard-api-key-cn',
    label: 'Qwen Cloud Standard (China)',
  },
  {
    id: 'qwen-oauth',
    provider: 'qwen-oauth',
    baseUrl: QWEN_PORTAL_BASE_URL,
    keyFlag: 'qwen-oauth-token',
    label: 'Qwen Portal token',
  },
  {
    id: 'alibaba-model-studio-api-key',
    provider: 'alibaba',
    region: 'global',
    baseUrl: VIDEO_HOSTS.global,
    keyFlag: 'alibaba-model-studio-api-key',
    label: 'Alibaba Model Studio (Wan video)',
  },
];

/** Accepted by every qwen choice as a generic key flag. */
export const GENERIC_QWEN_KEY_FLAG = 'qwen-api-key';

/** Ids for the removed Qwen OAuth device login; asking for it gets a pointer to what replaced it. */
export const REMOVED_DEVICE_LOGIN_IDS: readonly string[] = ['qwen-portal', 'qwen-portal-oauth', 'qwen-oauth-device', 'qwen-device'];

export function allAuthChoiceIds(): string[] {
  return AUTH_CHOICES.flatMap((c) => (c.legacyId ? [c.id, c.legacyId] : [c.id]));
}

export function getAuthChoice(id: AuthChoiceId): AuthChoice {
  const choice = AUTH_CHOICES.find((c) => c.id === id);
  if (!choice) throw new Error(`unknown auth choice ${id}`);
  return choice;
}

/** Looks up a canonical or legacy id; `legacy` says whether the caller used the old name. */
export function findAuthChoice(id: string): { choice: AuthChoice; legacy: boolean } | undefined {
  const wanted = id.trim().toLowerCase();
  for (const choice of AUTH_CHOICES) {
    if (choice.id === wanted) return { choice, legacy: false };
    if (choice.legacyId === wanted) return { choice, legacy: true };
  }
  return undefined;
}

export function qwenChoiceFor(plan: Plan, region: Region): AuthChoice {
  const choice = AUTH_CHOICES.find((c) => c.provider === 'qwen' && c.plan === plan && c.region === region);
  if (!choice) throw new Error(`no qwen auth choice for ${plan}/${region}`);
  return choice;
}
