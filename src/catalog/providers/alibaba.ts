import type { Localized, ProviderSpec } from '../types.js';
import { DASHSCOPE_VIDEO_HOSTS, QWEN_KEY_PAGE, WAN_VIDEO_CAPS, WAN_VIDEO_MODELS } from './qwen.js';

const WAN_LABEL: Localized = {
  en: 'Alibaba Model Studio (Wan video)',
  'zh-CN': '阿里云百炼 Model Studio（万相视频）',
  'zh-TW': 'Alibaba Model Studio（Wan 影片）',
  ja: 'Alibaba Model Studio（Wan 動画）',
};

export const alibaba: ProviderSpec = {
  id: 'alibaba',
  label: 'Alibaba Model Studio',
  aliases: [],
  envVars: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
  pluginId: 'alibaba',
  keyNoun: { en: 'Alibaba Model Studio API key', 'zh-CN': '阿里云百炼（Model Studio）API key', 'zh-TW': 'Alibaba Model Studio API key', ja: 'Alibaba Model Studio API キー' },
  keyPageUrl: QWEN_KEY_PAGE,
  authChoices: [
    { id: 'alibaba-model-studio-api-key', region: 'global', regionFlag: true, baseUrl: DASHSCOPE_VIDEO_HOSTS.global, keyFlag: 'alibaba-model-studio-api-key', label: WAN_LABEL },
  ],
  regions: [{ id: 'global' }, { id: 'cn' }],
  videoHosts: DASHSCOPE_VIDEO_HOSTS,
  chatModels: [],
  videoModels: WAN_VIDEO_MODELS,
  videoCaps: WAN_VIDEO_CAPS,
  defaultVideoModel: 'alibaba/wan2.6-t2v',
  configShape: 'video',
  probe: 'dashscope-task',
  wizard: {
    group: WAN_LABEL,
    description: { en: 'Wan video generation only', 'zh-CN': '仅万相（Wan）视频生成', 'zh-TW': '僅限 Wan 影片生成', ja: 'Wan 動画生成のみ' },
    order: 2,
  },
};
