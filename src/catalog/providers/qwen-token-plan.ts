import type { ChatModel, Localized, ProviderSpec } from '../types.js';
import { MULTIMODAL, QWEN_KEY_PAGE, QWEN38_EFFORTS, TEXT } from './qwen.js';

const ENDPOINTS = {
  global: 'https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1',
  cn: 'https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1',
} as const;

/** Token Plan's own catalog (every row reasoning; some limits differ from the Qwen Cloud rows of the same id). */
export const TOKEN_PLAN_MODELS: readonly ChatModel[] = [
  { id: 'qwen3.7-plus', name: 'Qwen3.7 Plus', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true, note: { en: 'default model', 'zh-CN': '默认模型', 'zh-TW': '預設模型', ja: 'デフォルトモデル' } },
  { id: 'qwen3.8-max', name: 'Qwen3.8 Max', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 131_072, reasoning: true, reasoningEfforts: QWEN38_EFFORTS },
  { id: 'qwen3.8-flash', name: 'Qwen3.8 Flash', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 131_072, reasoning: true, reasoningEfforts: QWEN38_EFFORTS },
  { id: 'qwen3.6-plus', name: 'Qwen3.6 Plus', input: MULTIMODAL, contextWindow: 1_000_000, maxTokens: 65_536, reasoning: true },
  { id: 'kimi-k2.5', name: 'Kimi K2.5', input: MULTIMODAL, contextWindow: 262_144, maxTokens: 98_304, reasoning: true },
  { id: 'glm-5', name: 'GLM-5', input: TEXT, contextWindow: 202_752, maxTokens: 16_384, reasoning: true },
  { id: 'MiniMax-M2.5', name: 'MiniMax M2.5', input: TEXT, contextWindow: 196_608, maxTokens: 32_768, reasoning: true },
];

const TOKEN_PLAN: Localized = { en: 'Qwen Token Plan', 'zh-CN': 'Qwen Token Plan', 'zh-TW': 'Qwen Token Plan', ja: 'Qwen Token Plan' };

export const qwenTokenPlan: ProviderSpec = {
  id: 'qwen-token-plan',
  label: 'Qwen Token Plan',
  // Setups made before OpenClaw shipped the provider named it as a custom provider.
  aliases: ['bailian-token-plan'],
  envVars: ['QWEN_TOKEN_PLAN_API_KEY'],
  pluginId: 'qwen',
  externalPluginPackage: '@openclaw/qwen-provider',
  keyNoun: { en: 'Qwen Token Plan API key', 'zh-CN': 'Qwen Token Plan API key', 'zh-TW': 'Qwen Token Plan API key', ja: 'Qwen Token Plan API キー' },
  keyPageUrl: QWEN_KEY_PAGE,
  authChoices: [
    { id: 'qwen-token-plan', plan: 'token', region: 'global', baseUrl: ENDPOINTS.global, keyFlag: 'qwen-token-plan-api-key', label: { en: 'Qwen Token Plan (Global)', 'zh-CN': 'Qwen Token Plan（全球）', 'zh-TW': 'Qwen Token Plan（全球）', ja: 'Qwen Token Plan（グローバル）' } },
    { id: 'qwen-token-plan-cn', plan: 'token', region: 'cn', baseUrl: ENDPOINTS.cn, keyFlag: 'qwen-token-plan-api-key-cn', label: { en: 'Qwen Token Plan (China)', 'zh-CN': 'Qwen Token Plan（中国内地）', 'zh-TW': 'Qwen Token Plan（中國大陸）', ja: 'Qwen Token Plan（中国）' } },
  ],
  plans: [
    {
      id: 'token',
      description: { en: 'Team subscription: chat models only', 'zh-CN': '团队订阅：仅对话模型', 'zh-TW': '團隊訂閱：僅限對話模型', ja: 'チーム向けサブスクリプション：チャットモデルのみ' },
      servesVideo: false,
    },
  ],
  regions: [{ id: 'global' }, { id: 'cn' }],
  chatModels: TOKEN_PLAN_MODELS,
  deprecatedModels: [{ id: 'qwen3-coder-next', replacedBy: 'qwen3.7-plus' }],
  videoModels: [],
  defaultModel: 'qwen-token-plan/qwen3.7-plus',
  defaultAlias: 'Qwen Token Plan',
  configShape: 'chat',
  api: 'openai-completions',
  streamingUsageCompat: true,
  probe: 'openai-chat',
  wizard: {
    group: TOKEN_PLAN,
    description: { en: 'Alibaba Model Studio Token Plan: team subscription, chat models', 'zh-CN': '阿里云百炼 Token Plan：团队订阅，对话模型', 'zh-TW': 'Alibaba Model Studio Token Plan：團隊訂閱，對話模型', ja: 'Alibaba Model Studio Token Plan：チーム向けサブスクリプション、チャットモデル' },
    order: 0.5,
    planOf: 'qwen',
  },
};
