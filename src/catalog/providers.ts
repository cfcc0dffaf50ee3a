export type ProviderId = 'qwen' | 'qwen-oauth' | 'alibaba';

export interface Provider {
  id: ProviderId;
  label: string;
  aliases: readonly string[];
  /** Env vars holding a key, in resolution order: the first non-empty wins. */
  envVars: readonly string[];
  /** The OpenClaw plugin that serves this provider (`plugins.entries.<id>`). */
  pluginId: string;
  keyNoun: string;
  defaultModel?: string;
  defaultVideoModel?: string;
}

export const PROVIDERS: readonly Provider[] = [
  {
    id: 'qwen',
    label: 'Qwen Cloud',
    aliases: ['modelstudio', 'qwencloud', 'dashscope'],
    envVars: ['QWEN_API_KEY', 'MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY'],
    pluginId: 'qwen',
    keyNoun: 'Qwen Cloud API key',
    defaultModel: 'qwen/qwen3.5-plus',
    defaultVideoModel: 'qwen/wan2.6-t2v',
  },
  {
    id: 'qwen-oauth',
    label: 'Qwen Portal',
    aliases: ['qwen-portal', 'qwen-cli'],
    envVars: ['QWEN_API_KEY'],
    pluginId: 'qwen',
    keyNoun: 'Qwen Portal token',
    defaultModel: 'qwen-oauth/qwen3.5-plus',
  },
  {
    id: 'alibaba',
    label: 'Alibaba Model Studio',
    aliases: [],
    envVars: ['MODELSTUDIO_API_KEY', 'DASHSCOPE_API_KEY', 'QWEN_API_KEY'],
    pluginId: 'alibaba',
    keyNoun: 'Alibaba Model Studio API key',
    defaultVideoModel: 'alibaba/wan2.6-t2v',
  },
];

export function getProvider(id: ProviderId): Provider {
  const provider = PROVIDERS.find((p) => p.id === id);
  if (!provider) throw new Error(`unknown provider id ${id}`);
  return provider;
}

/** Canonical provider for an id or alias (case-insensitive); undefined when unknown. */
export function findProvider(idOrAlias: string): Provider | undefined {
  const wanted = idOrAlias.trim().toLowerCase();
  return PROVIDERS.find((p) => p.id === wanted || p.aliases.includes(wanted));
}

export function allProviderNames(): string[] {
  return PROVIDERS.flatMap((p) => [p.id, ...p.aliases]);
}
