import type { ChatModel, ProviderSpec, VideoModel } from '../types.js';

const ENDPOINTS = {
  coding: { global: 'https://coding-intl.dashscope.aliyuncs.com/v1', cn: 'https://coding.dashscope.aliyuncs.com/v1' },
  standard: { global: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', cn: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
} as const;

export const DASHSCOPE_VIDEO_HOSTS = { global: 'https://dashscope-intl.aliyuncs.com', cn: 'https://dashscope.aliyuncs.com' } as const;

export const QWEN_KEY_PAGE = 'https://home.qwencloud.com/api-keys';

export const QWEN_CHAT_MODELS: readonly ChatModel[] = [
  { id: 'qwen3.5-plus', name: 'Qwen3.5 Plus', input: ['text', 'image'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'default model' },
  { id: 'qwen3.6-plus', name: 'Qwen3.6 Plus', input: ['text', 'image'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'Standard endpoints only', onlyOnPlan: 'standard' },
  { id: 'qwen3-max-2026-01-23', name: 'Qwen3 Max (2026-01-23)', input: ['text'], contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: 'Qwen Max line' },
  { id: 'qwen3-coder-next', name: 'Qwen3 Coder Next', input: ['text'], contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: 'coding' },
  { id: 'qwen3-coder-plus', name: 'Qwen3 Coder Plus', input: ['text'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: 'coding' },
  { id: 'MiniMax-M2.5', name: 'MiniMax M2.5', input: ['text'], contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: 'reasoning' },
  { id: 'glm-5', name: 'GLM-5', input: ['text'], contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'glm-4.7', name: 'GLM-4.7', input: ['text'], contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'kimi-k2.5', name: 'Kimi K2.5', input: ['text', 'image'], contextWindow: 262_144, maxTokens: 32_768, reasoning: false, note: 'Moonshot AI via Alibaba' },
];

export const WAN_VIDEO_MODELS: readonly VideoModel[] = [
  { id: 'wan2.6-t2v', name: 'Wan 2.6 Text-to-Video', mode: 'text-to-video', label: 'text-to-video (default)' },
  { id: 'wan2.6-i2v', name: 'Wan 2.6 Image-to-Video', mode: 'image-to-video', label: 'image-to-video' },
  { id: 'wan2.6-r2v', name: 'Wan 2.6 Reference-to-Video', mode: 'reference-to-video', label: 'reference-to-video' },
  { id: 'wan2.6-r2v-flash', name: 'Wan 2.6 Reference-to-Video Flash', mode: 'reference-to-video', label: 'reference-to-video (fast)' },
  { id: 'wan2.7-r2v', name: 'Wan 2.7 Reference-to-Video', mode: 'reference-to-video', label: 'reference-to-video' },
];

/** Shared caps of every Wan mode (DashScope's video API limits). */
export const WAN_VIDEO_CAPS = {
  maxOutputVideos: 1,
  maxInputImages: 1,
  maxInputVideos: 4,
  maxDurationSeconds: 10,
  defaultDurationSeconds: 5,
  controls: ['size', 'aspectRatio', 'resolution', 'audio', 'watermark'],
  referenceUrlsOnly: true,
} as const;

/** Image and video understanding; Standard endpoints only, resolved from the qwen auth. */
export const MEDIA_UNDERSTANDING_MODEL = 'qwen-vl-max-latest';

export const qwen: ProviderSpec = {
  id: 'qwen',
  label: 'Qwen Cloud',
  aliases: ['modelstudio', 'qwencloud'],
  envVars: ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY'],
  pluginId: 'qwen',
  keyNoun: 'Qwen Cloud API key',
  keyPageUrl: QWEN_KEY_PAGE,
  genericKeyFlag: 'qwen-api-key',
  authChoices: [
    { id: 'qwen-api-key', legacyId: 'modelstudio-api-key', plan: 'coding', region: 'global', baseUrl: ENDPOINTS.coding.global, keyFlag: 'modelstudio-api-key', label: 'Qwen Cloud Coding Plan (Global)' },
    { id: 'qwen-api-key-cn', legacyId: 'modelstudio-api-key-cn', plan: 'coding', region: 'cn', baseUrl: ENDPOINTS.coding.cn, keyFlag: 'modelstudio-api-key-cn', label: 'Qwen Cloud Coding Plan (China)' },
    { id: 'qwen-standard-api-key', legacyId: 'modelstudio-standard-api-key', plan: 'standard', region: 'global', baseUrl: ENDPOINTS.standard.global, keyFlag: 'modelstudio-standard-api-key', label: 'Qwen Cloud Standard (Global)' },
    { id: 'qwen-standard-api-key-cn', legacyId: 'modelstudio-standard-api-key-cn', plan: 'standard', region: 'cn', baseUrl: ENDPOINTS.standard.cn, keyFlag: 'modelstudio-standard-api-key-cn', label: 'Qwen Cloud Standard (China)' },
  ],
  plans: [
    { id: 'coding', label: 'Coding Plan (subscription)', description: 'Chat and coding models only', servesVideo: false, keyPrefix: 'sk-sp-' },
    { id: 'standard', label: 'Standard (pay-as-you-go)', description: 'Needed for qwen3.6-plus, image/video understanding and video generation', servesVideo: true },
  ],
  regions: [
    { id: 'global', label: 'Global / International' },
    { id: 'cn', label: 'China (mainland)' },
  ],
  videoHosts: DASHSCOPE_VIDEO_HOSTS,
  chatModels: QWEN_CHAT_MODELS,
  videoModels: WAN_VIDEO_MODELS,
  defaultModel: 'qwen/qwen3.5-plus',
  defaultVideoModel: 'qwen/wan2.6-t2v',
  defaultAlias: 'Qwen',
  allowlistAliases: ['modelstudio'],
  configShape: 'chat',
  api: 'openai-completions',
  streamingUsageCompat: true,
  probe: 'openai-chat',
  wizard: { group: 'Qwen Cloud (recommended)', description: 'Alibaba DashScope / Model Studio API key: chat, multimodal, video', order: 0 },
  removedChoiceIds: ['qwen-portal', 'qwen-portal-oauth', 'qwen-oauth-device', 'qwen-device'],
  removedChoiceHint: 'The Qwen OAuth device login no longer exists (upstream issue #49557).',
};
