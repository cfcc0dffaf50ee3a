export type Region = 'global' | 'cn';
export type Plan = 'coding' | 'standard';

export const QWEN_BASE_URLS: Record<Plan, Record<Region, string>> = {
  coding: {
    global: 'https://coding-intl.dashscope.aliyuncs.com/v1',
    cn: 'https://coding.dashscope.aliyuncs.com/v1',
  },
  standard: {
    global: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
    cn: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
  },
};

export const QWEN_PORTAL_BASE_URL = 'https://portal.qwen.ai/v1';

/** DashScope AIGC hosts used for Wan video generation. */
export const VIDEO_HOSTS: Record<Region, string> = {
  global: 'https://dashscope-intl.aliyuncs.com',
  cn: 'https://dashscope.aliyuncs.com',
};

export const API_KEYS_URL = 'https://home.qwencloud.com/api-keys';

export function stripTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The four native qwen hosts (Coding Plan and Standard, both regions). */
export function isNativeQwenBaseUrl(url: string): boolean {
  const normalized = stripTrailingSlashes(url);
  return Object.values(QWEN_BASE_URLS).some((byRegion) => Object.values(byRegion).includes(normalized));
}

/** Coding Plan endpoints serve chat models only and lag the public catalog. */
export function isCodingPlanBaseUrl(url: string): boolean {
  const host = hostOf(url);
  return host === 'coding.dashscope.aliyuncs.com' || host === 'coding-intl.dashscope.aliyuncs.com';
}

/** China when the URL points at a mainland DashScope host; Global for every other URL. */
export function regionOfBaseUrl(url: string): Region {
  const host = hostOf(url);
  return host === 'dashscope.aliyuncs.com' || host === 'coding.dashscope.aliyuncs.com' ? 'cn' : 'global';
}

/** The AIGC host that video generation uses for a chat base URL on either qwen host family. */
export function videoHostForBaseUrl(url: string): string {
  return VIDEO_HOSTS[regionOfBaseUrl(url)];
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
