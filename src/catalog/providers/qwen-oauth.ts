import type { Localized, ProviderSpec } from '../types.js';
import { QWEN_CHAT_MODELS } from './qwen.js';

const PORTAL_TOKEN: Localized = { en: 'Qwen Portal token', 'zh-CN': 'Qwen Portal 令牌', 'zh-TW': 'Qwen Portal 權杖', ja: 'Qwen Portal トークン' };

export const qwenOauth: ProviderSpec = {
  id: 'qwen-oauth',
  label: 'Qwen Portal',
  aliases: ['qwen-portal', 'qwen-cli'],
  envVars: ['QWEN_API_KEY'],
  // The portal provider lives in the qwen plugin.
  pluginId: 'qwen',
  retiredTodayFor: 'qwen-standard-api-key',
  keyNoun: PORTAL_TOKEN,
  authChoices: [{ id: 'qwen-oauth', baseUrl: 'https://portal.qwen.ai/v1', keyFlag: 'qwen-oauth-token', label: PORTAL_TOKEN }],
  chatModels: QWEN_CHAT_MODELS.filter((m) => m.id === 'qwen3.5-plus'),
  videoModels: [],
  defaultModel: 'qwen-oauth/qwen3.5-plus',
  defaultAlias: 'Qwen OAuth',
  configShape: 'chat',
  api: 'openai-completions',
  probe: 'openai-chat',
  wizard: {
    group: {
      en: 'Qwen Portal token (legacy Qwen OAuth / Qwen CLI setups)',
      'zh-CN': 'Qwen Portal 令牌（旧版 Qwen OAuth / Qwen CLI 设置）',
      'zh-TW': 'Qwen Portal 權杖（舊版 Qwen OAuth / Qwen CLI 設定）',
      ja: 'Qwen Portal トークン（旧 Qwen OAuth / Qwen CLI の設定）',
    },
    description: {
      en: 'Not the first choice for new users: pick Qwen Cloud unless you already have a portal token',
      'zh-CN': '不建议新用户选择：除非你已有 Portal 令牌，否则请选 Qwen Cloud',
      'zh-TW': '不建議新使用者選擇：除非你已有 Portal 權杖，否則請選 Qwen Cloud',
      ja: '新規ユーザー向けではありません：Portal トークンをお持ちでなければ Qwen Cloud を選んでください',
    },
    order: 1,
  },
};
