import type { ProviderSpec } from '../types.js';
import { QWEN_CHAT_MODELS } from './qwen.js';

export const qwenOauth: ProviderSpec = {
  id: 'qwen-oauth',
  label: 'Qwen Portal',
  aliases: ['qwen-portal', 'qwen-cli'],
  envVars: ['QWEN_API_KEY'],
  // The portal provider lives in the qwen plugin.
  pluginId: 'qwen',
  keyNoun: 'Qwen Portal token',
  authChoices: [{ id: 'qwen-oauth', baseUrl: 'https://portal.qwen.ai/v1', keyFlag: 'qwen-oauth-token', label: 'Qwen Portal token' }],
  chatModels: QWEN_CHAT_MODELS.filter((m) => m.id === 'qwen3.5-plus'),
  videoModels: [],
  defaultModel: 'qwen-oauth/qwen3.5-plus',
  defaultAlias: 'Qwen OAuth',
  configShape: 'chat',
  api: 'openai-completions',
  probe: 'openai-chat',
  wizard: {
    group: 'Qwen Portal token (legacy Qwen OAuth / Qwen CLI setups)',
    description: 'Not the first choice for new users: pick Qwen Cloud unless you already have a portal token',
    order: 1,
  },
};
