import type { ProviderId } from './providers.js';
import { isCodingPlanBaseUrl } from './endpoints.js';

export type ModelInput = 'text' | 'image' | 'video';

export interface ChatModel {
  id: string;
  name: string;
  input: readonly ModelInput[];
  contextWindow: number;
  maxTokens: number;
  reasoning: boolean;
  note?: string;
  /** Not advertised on Coding Plan endpoints. */
  standardOnly?: boolean;
}

export const QWEN_CHAT_MODELS: readonly ChatModel[] = [
  { id: 'qwen3.5-plus', name: 'Qwen3.5 Plus', input: ['text', 'image'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'default model' },
  { id: 'qwen3.6-plus', name: 'Qwen3.6 Plus', input: ['text', 'image'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'Standard endpoints only', standardOnly: true },
  { id: 'qwen3-max-2026-01-23', name: 'Qwen3 Max (2026-01-23)', input: ['text'], contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: 'Qwen Max line' },
  { id: 'qwen3-coder-next', name: 'Qwen3 Coder Next', input: ['text'], contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: 'coding' },
  { id: 'qwen3-coder-plus', name: 'Qwen3 Coder Plus', input: ['text'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'coding' },
  { id: 'MiniMax-M2.5', name: 'MiniMax M2.5', input: ['text'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: 'reasoning' },
  { id: 'glm-5', name: 'GLM-5', input: ['text'], contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'glm-4.7', name: 'GLM-4.7', input: ['text'], contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'kimi-k2.5', name: 'Kimi K2.5', input: ['text', 'image'], contextWindow: 262_144, maxTokens: 32_768, reasoning: false, note: 'Moonshot AI via Alibaba' },
];

export const QWEN_PORTAL_CHAT_MODELS: readonly ChatModel[] = QWEN_CHAT_MODELS.filter((m) => m.id === 'qwen3.5-plus');

/** Image and video understanding; Standard endpoints only, resolved from the qwen auth. */
export const MEDIA_UNDERSTANDING_MODEL = 'qwen-vl-max-latest';

export function chatCatalogFor(provider: ProviderId): readonly ChatModel[] {
  if (provider === 'qwen') return QWEN_CHAT_MODELS;
  if (provider === 'qwen-oauth') return QWEN_PORTAL_CHAT_MODELS;
  return [];
}

/**
 * The catalog a provider advertises for a base URL: Coding Plan URLs omit
 * Standard-only models unless the user listed them under the provider's models.
 */
export function endpointChatCatalog(
  provider: ProviderId,
  baseUrl: string | undefined,
  userConfiguredIds: ReadonlySet<string> = new Set(),
): ChatModel[] {
  const coding = baseUrl !== undefined && isCodingPlanBaseUrl(baseUrl);
  return chatCatalogFor(provider).filter((m) => !(coding && m.standardOnly) || userConfiguredIds.has(m.id));
}

export function findChatModel(provider: ProviderId, modelId: string): ChatModel | undefined {
  return chatCatalogFor(provider).find((m) => m.id === modelId);
}
