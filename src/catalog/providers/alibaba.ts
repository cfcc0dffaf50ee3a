import type { ProviderSpec } from '../types.js';
import { DASHSCOPE_VIDEO_HOSTS, QWEN_KEY_PAGE, WAN_VIDEO_MODELS } from './qwen.js';

export const alibaba: ProviderSpec = {
  id: 'alibaba',
  label: 'Alibaba Model Studio',
  aliases: [],
  envVars: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
  pluginId: 'alibaba',
  keyNoun: 'Alibaba Model Studio API key',
  keyPageUrl: QWEN_KEY_PAGE,
  authChoices: [
    { id: 'alibaba-model-studio-api-key', region: 'global', regionFlag: true, baseUrl: DASHSCOPE_VIDEO_HOSTS.global, keyFlag: 'alibaba-model-studio-api-key', label: 'Alibaba Model Studio (Wan video)' },
  ],
  regions: [
    { id: 'global', label: 'Global / International' },
    { id: 'cn', label: 'China (mainland)' },
  ],
  videoHosts: DASHSCOPE_VIDEO_HOSTS,
  chatModels: [],
  videoModels: WAN_VIDEO_MODELS,
  defaultVideoModel: 'alibaba/wan2.6-t2v',
  configShape: 'video',
  probe: 'dashscope-task',
  wizard: { group: 'Alibaba Model Studio (Wan video)', description: 'Wan video generation only', order: 2 },
};
