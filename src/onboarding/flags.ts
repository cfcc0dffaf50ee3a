import type { Region } from '../catalog/endpoints.js';
import type { SecretInputMode, SecretStoreChoice } from './types.js';

/** `openclaw onboard` options as commander hands them over (camelCased long flags). */
export interface OnboardFlags {
  nonInteractive?: boolean;
  authChoice?: string;
  modelstudioApiKey?: string;
  modelstudioApiKeyCn?: string;
  modelstudioStandardApiKey?: string;
  modelstudioStandardApiKeyCn?: string;
  qwenOauthToken?: string;
  alibabaModelStudioApiKey?: string;
  qwenApiKey?: string;
  apiKeyStdin?: boolean;
  secretInputMode?: SecretInputMode;
  secretStore?: SecretStoreChoice;
  profileId?: string;
  baseUrl?: string;
  region?: Region;
  model?: string;
  videoModel?: string;
  /** false with --no-video. */
  video?: boolean;
  writeDaemonEnv?: boolean;
  dryRun?: boolean;
  json?: boolean;
  verify?: boolean;
  yes?: boolean;
}

export function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The value of a long flag (`modelstudio-api-key`) in the parsed options. */
export function flagValue(flags: OnboardFlags, flag: string): string | undefined {
  const value = (flags as Record<string, unknown>)[camelCase(flag)];
  return typeof value === 'string' ? value : undefined;
}
