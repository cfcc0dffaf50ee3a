import type { ChatModel, Localized, ProviderSpec, VideoCaps, VideoMode, VideoModel } from '../types.js';

const CODING_NOTE: Localized = { en: 'coding', 'zh-CN': '编程', 'zh-TW': '程式設計', ja: 'コーディング' };

const ENDPOINTS = {
  coding: { global: 'https://coding-intl.dashscope.aliyuncs.com/v1', cn: 'https://coding.dashscope.aliyuncs.com/v1' },
  standard: { global: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', cn: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
} as const;

export const DASHSCOPE_VIDEO_HOSTS = { global: 'https://dashscope-intl.aliyuncs.com', cn: 'https://dashscope.aliyuncs.com' } as const;

export const QWEN_KEY_PAGE = 'https://home.qwencloud.com/api-keys';

const REASONING_NOTE: Localized = { en: 'reasoning', 'zh-CN': '推理', 'zh-TW': '推理', ja: '推論' };
const STANDARD_ONLY_NOTE: Localized = { en: 'Standard endpoints only', 'zh-CN': '仅标准端点', 'zh-TW': '僅限標準端點', ja: 'Standard endpoint のみ' };
/** Qwen 3.8 takes `reasoning_effort`; OpenClaw maps minimal → low and high, max → xhigh. */
export const QWEN38_EFFORTS = ['low', 'medium', 'xhigh'] as const;

export const MULTIMODAL = ['text', 'image'] as const;
export const TEXT = ['text'] as const;

export const QWEN_CHAT_MODELS: readonly ChatModel[] = [
  { id: 'qwen3.5-plus', name: 'Qwen3.5 Plus', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: { en: 'default model', 'zh-CN': '默认模型', 'zh-TW': '預設模型', ja: 'デフォルトモデル' } },
  { id: 'qwen3.6-plus', name: 'Qwen3.6 Plus', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: REASONING_NOTE },
  { id: 'qwen3.7-plus', name: 'Qwen3.7 Plus', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: REASONING_NOTE },
  { id: 'qwen3.6-flash', name: 'Qwen3.6 Flash', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: STANDARD_ONLY_NOTE, onlyOnPlan: 'standard' },
  { id: 'qwen3.7-max', name: 'Qwen3.7 Max', input: TEXT, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: STANDARD_ONLY_NOTE, onlyOnPlan: 'standard' },
  { id: 'qwen3.8-max', name: 'Qwen3.8 Max', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 131_072, reasoning: true, reasoningEfforts: QWEN38_EFFORTS, note: STANDARD_ONLY_NOTE, onlyOnPlan: 'standard' },
  { id: 'qwen3.8-flash', name: 'Qwen3.8 Flash', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 131_072, reasoning: true, reasoningEfforts: QWEN38_EFFORTS, note: STANDARD_ONLY_NOTE, onlyOnPlan: 'standard' },
  { id: 'qwen3-max-2026-01-23', name: 'Qwen3 Max (2026-01-23)', input: TEXT, contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: { en: 'Qwen Max line', 'zh-CN': 'Qwen Max 系列', 'zh-TW': 'Qwen Max 系列', ja: 'Qwen Max 系列' } },
  { id: 'qwen3-coder-next', name: 'Qwen3 Coder Next', input: TEXT, contextWindow: 262_144, maxTokens: 65_536, reasoning: false, note: CODING_NOTE },
  { id: 'qwen3-coder-plus', name: 'Qwen3 Coder Plus', input: TEXT, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: false, note: CODING_NOTE },
  { id: 'MiniMax-M2.5', name: 'MiniMax M2.5', input: TEXT, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: REASONING_NOTE },
  { id: 'glm-5', name: 'GLM-5', input: TEXT, contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'glm-4.7', name: 'GLM-4.7', input: TEXT, contextWindow: 202_752, maxTokens: 16_384, reasoning: false },
  { id: 'kimi-k2.5', name: 'Kimi K2.5', input: MULTIMODAL, contextWindow: 262_144, maxTokens: 32_768, reasoning: false, note: { en: 'Moonshot AI via Alibaba', 'zh-CN': '经由阿里云提供的 Moonshot AI', 'zh-TW': '透過 Alibaba 使用 Moonshot AI', ja: 'Alibaba 経由の Moonshot AI' } },
];

const REFERENCE_TO_VIDEO: Localized = { en: 'reference-to-video', 'zh-CN': '参考生视频', 'zh-TW': '參考生成影片', ja: '参照から動画' };

export const WAN_VIDEO_MODELS: readonly VideoModel[] = [
  { id: 'wan2.6-t2v', name: 'Wan 2.6 Text-to-Video', mode: 'text-to-video', label: { en: 'text-to-video (default)', 'zh-CN': '文生视频（默认）', 'zh-TW': '文字生成影片（預設）', ja: 'テキストから動画（デフォルト）' } },
  { id: 'wan2.6-i2v', name: 'Wan 2.6 Image-to-Video', mode: 'image-to-video', label: { en: 'image-to-video', 'zh-CN': '图生视频', 'zh-TW': '圖片生成影片', ja: '画像から動画' } },
  { id: 'wan2.6-r2v', name: 'Wan 2.6 Reference-to-Video', mode: 'reference-to-video', label: REFERENCE_TO_VIDEO },
  { id: 'wan2.6-r2v-flash', name: 'Wan 2.6 Reference-to-Video Flash', mode: 'reference-to-video', label: { en: 'reference-to-video (fast)', 'zh-CN': '参考生视频（快速）', 'zh-TW': '參考生成影片（快速）', ja: '参照から動画（高速）' } },
  { id: 'wan2.7-r2v', name: 'Wan 2.7 Reference-to-Video', mode: 'reference-to-video', alwaysAudio: true, label: REFERENCE_TO_VIDEO },
];

const WAN_CONTROLS = ['size', 'aspectRatio', 'resolution', 'audio', 'watermark'] as const;
/** Shared by every mode: one output video, two resolutions, five aspect ratios, references only as remote URLs. */
const WAN_OUTPUT = { maxOutputVideos: 1, resolutions: ['720P', '1080P'], aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'], referenceUrlsOnly: true } as const;

/** What each Wan mode takes and makes (today's DashScope limits, SPEC §2). */
export const WAN_VIDEO_CAPS: Readonly<Record<VideoMode, VideoCaps>> = {
  'text-to-video': { ...WAN_OUTPUT, maxDurationSeconds: 15, inputImages: 0, maxReferences: 0, maxReferenceVideos: 0, controls: WAN_CONTROLS },
  'image-to-video': { ...WAN_OUTPUT, maxDurationSeconds: 15, inputImages: 1, maxReferences: 0, maxReferenceVideos: 0, controls: ['resolution', 'audio', 'watermark'] },
  'reference-to-video': { ...WAN_OUTPUT, maxDurationSeconds: 10, defaultDurationSeconds: 5, inputImages: 0, maxReferences: 5, maxReferenceVideos: 3, controls: WAN_CONTROLS },
};

export const qwen: ProviderSpec = {
  id: 'qwen',
  label: 'Qwen Cloud',
  aliases: ['modelstudio', 'qwencloud'],
  envVars: ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY'],
  pluginId: 'qwen',
  externalPluginPackage: '@openclaw/qwen-provider',
  keyNoun: { en: 'Qwen Cloud API key', 'zh-CN': 'Qwen Cloud API key', 'zh-TW': 'Qwen Cloud API key', ja: 'Qwen Cloud API キー' },
  keyPageUrl: QWEN_KEY_PAGE,
  genericKeyFlag: 'qwen-api-key',
  authChoices: [
    { id: 'qwen-api-key', legacyId: 'modelstudio-api-key', plan: 'coding', region: 'global', baseUrl: ENDPOINTS.coding.global, keyFlag: 'modelstudio-api-key', label: { en: 'Qwen Cloud Coding Plan (Global)', 'zh-CN': 'Qwen Cloud Coding Plan（全球）', 'zh-TW': 'Qwen Cloud Coding Plan（全球）', ja: 'Qwen Cloud Coding Plan（グローバル）' } },
    { id: 'qwen-api-key-cn', legacyId: 'modelstudio-api-key-cn', plan: 'coding', region: 'cn', baseUrl: ENDPOINTS.coding.cn, keyFlag: 'modelstudio-api-key-cn', label: { en: 'Qwen Cloud Coding Plan (China)', 'zh-CN': 'Qwen Cloud Coding Plan（中国内地）', 'zh-TW': 'Qwen Cloud Coding Plan（中國大陸）', ja: 'Qwen Cloud Coding Plan（中国）' } },
    { id: 'qwen-standard-api-key', legacyId: 'modelstudio-standard-api-key', plan: 'standard', region: 'global', baseUrl: ENDPOINTS.standard.global, keyFlag: 'modelstudio-standard-api-key', label: { en: 'Qwen Cloud Standard (Global)', 'zh-CN': 'Qwen Cloud 标准（全球）', 'zh-TW': 'Qwen Cloud 標準（全球）', ja: 'Qwen Cloud Standard（グローバル）' } },
    { id: 'qwen-standard-api-key-cn', legacyId: 'modelstudio-standard-api-key-cn', plan: 'standard', region: 'cn', baseUrl: ENDPOINTS.standard.cn, keyFlag: 'modelstudio-standard-api-key-cn', label: { en: 'Qwen Cloud Standard (China)', 'zh-CN': 'Qwen Cloud 标准（中国内地）', 'zh-TW': 'Qwen Cloud 標準（中國大陸）', ja: 'Qwen Cloud Standard（中国）' } },
  ],
  plans: [
    {
      id: 'coding',
      description: { en: 'Chat and coding models only', 'zh-CN': '仅对话和编程模型', 'zh-TW': '僅限對話與程式設計模型', ja: 'チャットとコーディングのモデルのみ' },
      servesVideo: false,
      keyPrefix: 'sk-sp-',
    },
    {
      id: 'standard',
      description: {
        en: 'Needed for qwen3.6-flash, qwen3.7-max, the 3.8 models, image/video understanding and video generation',
        'zh-CN': 'qwen3.6-flash、qwen3.7-max、3.8 系列模型、图像/视频理解和视频生成需要此方案',
        'zh-TW': 'qwen3.6-flash、qwen3.7-max、3.8 系列模型、圖片/影片理解與影片生成需要此方案',
        ja: 'qwen3.6-flash、qwen3.7-max、3.8 系のモデル、画像・動画の理解、動画生成に必要',
      },
      servesVideo: true,
    },
  ],
  regions: [{ id: 'global' }, { id: 'cn' }],
  videoHosts: DASHSCOPE_VIDEO_HOSTS,
  chatModels: QWEN_CHAT_MODELS,
  videoModels: WAN_VIDEO_MODELS,
  videoCaps: WAN_VIDEO_CAPS,
  mediaUnderstandingModel: 'qwen3.6-plus',
  defaultModel: 'qwen/qwen3.5-plus',
  defaultVideoModel: 'qwen/wan2.6-t2v',
  defaultAlias: 'Qwen',
  allowlistAliases: ['modelstudio'],
  configShape: 'chat',
  api: 'openai-completions',
  streamingUsageCompat: true,
  probe: 'openai-chat',
  wizard: {
    group: { en: 'Qwen Cloud (recommended)', 'zh-CN': 'Qwen Cloud（推荐）', 'zh-TW': 'Qwen Cloud（建議）', ja: 'Qwen Cloud（推奨）' },
    description: {
      en: 'Alibaba DashScope / Model Studio API key: chat, multimodal, video',
      'zh-CN': '阿里云百炼（DashScope / Model Studio）API key：对话、多模态、视频',
      'zh-TW': 'Alibaba DashScope / Model Studio API key：對話、多模態、影片',
      ja: 'Alibaba DashScope / Model Studio の API キー：チャット、マルチモーダル、動画',
    },
    order: 0,
  },
  removedChoiceIds: ['qwen-portal', 'qwen-portal-oauth', 'qwen-oauth-device', 'qwen-device'],
  removedChoiceHint: {
    en: 'The Qwen OAuth device login no longer exists (upstream issue #49557).',
    'zh-CN': 'Qwen OAuth 设备登录已不再提供（上游 issue #49557）。',
    'zh-TW': 'Qwen OAuth 裝置登入已不再提供（上游 issue #49557）。',
    ja: 'Qwen OAuth のデバイスログインは廃止されました（upstream issue #49557）。',
  },
};
