import { UsageError, CliError } from '../errors.js';
import {
  AUTH_CHOICES,
  GENERIC_QWEN_KEY_FLAG,
  REMOVED_DEVICE_LOGIN_IDS,
  findAuthChoice,
  type AuthChoice,
} from '../catalog/auth-choices.js';
import { getProvider, type ProviderId } from '../catalog/providers.js';
import { VIDEO_HOSTS, isHttpUrl, stripTrailingSlashes, type Region } from '../catalog/endpoints.js';
import { resolveModelInput } from '../config/model-refs.js';
import { primaryModel, videoPrimaryModel, type ConfigJson } from '../config/agent-config.js';
import { validateKey } from '../credentials/key.js';
import { defaultProfileId } from '../credentials/profile-store.js';
import { flagValue, type OnboardFlags } from './flags.js';

export interface KeyFlagValue {
  flag: string;
  value: string;
}

export function keyFlagsGiven(flags: OnboardFlags): KeyFlagValue[] {
  const names = [...AUTH_CHOICES.map((c) => c.keyFlag), GENERIC_QWEN_KEY_FLAG];
  return names.flatMap((flag) => {
    const value = flagValue(flags, flag);
    return value === undefined ? [] : [{ flag, value }];
  });
}

function choiceList(): string {
  return AUTH_CHOICES.map((c) => c.id).join(', ');
}

export function removedDeviceLoginError(asked: string): UsageError {
  return new UsageError(
    `The Qwen OAuth device login ("${asked}") no longer exists (upstream issue #49557).`,
    'Paste a current Qwen Portal token with --auth-choice qwen-oauth, or use a Qwen Cloud key with --auth-choice qwen-standard-api-key.',
  );
}

/** The auth choice from --auth-choice, or inferred from a single key flag. */
export function choiceFromFlags(flags: OnboardFlags): { choice?: AuthChoice; legacyId?: string; keyFlag?: KeyFlagValue } {
  const keyFlags = keyFlagsGiven(flags);
  let choice: AuthChoice | undefined;
  let legacyId: string | undefined;
  if (flags.authChoice !== undefined) {
    const asked = flags.authChoice.trim().toLowerCase();
    if (REMOVED_DEVICE_LOGIN_IDS.includes(asked)) throw removedDeviceLoginError(asked);
    const found = findAuthChoice(asked);
    if (!found) throw new UsageError(`Unknown auth choice "${flags.authChoice}".`, `Valid choices: ${choiceList()}.`);
    choice = found.choice;
    if (found.legacy) legacyId = asked;
  }
  if (keyFlags.length > 1 && !choice) {
    throw new UsageError(
      `Two key flags (${keyFlags.map((k) => `--${k.flag}`).join(', ')}) and no --auth-choice: pass one key flag, or add --auth-choice.`,
    );
  }
  if (keyFlags.length > 1) {
    throw new UsageError(`Pass one key flag, not ${keyFlags.map((k) => `--${k.flag}`).join(' and ')}.`);
  }
  const keyFlag = keyFlags[0];
  if (keyFlag) {
    const forFlag = AUTH_CHOICES.find((c) => c.keyFlag === keyFlag.flag);
    const generic = keyFlag.flag === GENERIC_QWEN_KEY_FLAG;
    if (!choice) {
      // --qwen-api-key names the Coding Plan Global choice of the same name.
      choice = forFlag ?? findAuthChoice('qwen-api-key')!.choice;
    } else if (generic ? choice.provider !== 'qwen' : forFlag?.id !== choice.id) {
      const right = generic ? `--${choice.keyFlag}` : `--${choice.keyFlag}${choice.provider === 'qwen' ? ` or --${GENERIC_QWEN_KEY_FLAG}` : ''}`;
      throw new UsageError(`--${keyFlag.flag} does not go with --auth-choice ${choice.id}: use ${right}.`);
    }
  }
  return { choice, legacyId, keyFlag };
}

/** Base URL of a choice, after --base-url and (alibaba) --region. */
export function baseUrlFor(choice: AuthChoice, flags: Pick<OnboardFlags, 'baseUrl' | 'region'>): { baseUrl: string; region?: Region } {
  if (flags.region !== undefined && choice.provider !== 'alibaba') {
    throw new UsageError(
      `--region is for --auth-choice alibaba-model-studio-api-key; ${choice.id} already names its region.`,
      choice.provider === 'qwen' ? 'Pick the China region with the -cn choice, like qwen-standard-api-key-cn.' : undefined,
    );
  }
  if (flags.baseUrl !== undefined) {
    const url = stripTrailingSlashes(flags.baseUrl.trim());
    if (!isHttpUrl(url)) throw new UsageError(`--base-url must be an http(s) URL, like ${choice.baseUrl}.`);
    return { baseUrl: url, region: choice.provider === 'alibaba' ? flags.region : choice.region };
  }
  if (choice.provider === 'alibaba') {
    const region = flags.region ?? 'global';
    return { baseUrl: VIDEO_HOSTS[region], region };
  }
  return { baseUrl: choice.baseUrl, region: choice.region };
}

/** `<provider>:<name>`; a full id must name the same provider. */
export function profileIdFor(provider: ProviderId, requested: string | undefined): string {
  if (requested === undefined) return defaultProfileId(provider);
  const value = requested.trim();
  const [prefix, ...rest] = value.split(':');
  const name = rest.length ? rest.join(':') : prefix!;
  if (rest.length && prefix !== provider) {
    throw new UsageError(`--profile-id ${value} belongs to provider "${prefix}", not ${provider}: pass just the name, like --profile-id work.`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(`--profile-id "${value}" is not a valid name: use letters, digits, dot, dash or underscore.`);
  }
  return defaultProfileId(provider, name);
}

/** First non-empty env var of the provider, in its documented order. */
export function envKeyFor(provider: ProviderId, env: Readonly<Record<string, string | undefined>>): { envVar: string; key: string } | undefined {
  for (const envVar of getProvider(provider).envVars) {
    const value = env[envVar]?.trim();
    if (value) return { envVar, key: value };
  }
  return undefined;
}

export function checkedKey(raw: string, where: string): string {
  const result = validateKey(raw);
  if (!result.ok) throw new UsageError(`The key from ${where} is refused: ${result.reason}.`);
  return result.key;
}

export function missingKeyError(choice: AuthChoice): CliError {
  const provider = getProvider(choice.provider);
  const flags = choice.provider === 'qwen' ? `--${choice.keyFlag} (or --${GENERIC_QWEN_KEY_FLAG})` : `--${choice.keyFlag}`;
  return new UsageError(
    `No ${provider.keyNoun} for ${choice.id}.`,
    `Pipe it with --api-key-stdin, set ${provider.envVars.join(' or ')}, or pass ${flags}.`,
  );
}

/**
 * Default chat model: --model when given; else the current default when it is
 * already this provider's; else the provider default. Undefined for alibaba.
 */
export function chatModelFor(provider: ProviderId, requested: string | undefined, config: ConfigJson): string | undefined {
  if (requested !== undefined) {
    const resolved = resolveModelInput(requested, config);
    if (resolved.kind === 'video') {
      throw new UsageError(`${resolved.ref} is a video generation model: pass it with --video-model, not --model.`);
    }
    return resolved.ref;
  }
  const current = primaryModel(config);
  if (current && current.startsWith(`${provider}/`)) return current;
  return getProvider(provider).defaultModel;
}

/**
 * Default video model: --video-model when given, none with --no-video; else
 * Standard and alibaba get their default (an existing one of theirs is kept),
 * Coding Plan and Portal choices none.
 */
export function videoModelFor(choice: AuthChoice, flags: Pick<OnboardFlags, 'videoModel' | 'video'>, config: ConfigJson): string | undefined {
  if (flags.videoModel !== undefined && flags.video === false) {
    throw new UsageError('--video-model and --no-video contradict each other: pass one.');
  }
  if (flags.videoModel !== undefined) {
    const resolved = resolveModelInput(flags.videoModel, config);
    if (resolved.kind !== 'video') {
      throw new UsageError(`${resolved.ref} is not a video generation model: pass a Wan model, like qwen/wan2.6-t2v.`);
    }
    return resolved.ref;
  }
  if (flags.video === false) return undefined;
  const wantsVideo = choice.provider === 'alibaba' || (choice.provider === 'qwen' && choice.plan === 'standard');
  if (!wantsVideo) return undefined;
  const current = videoPrimaryModel(config);
  if (current && current.startsWith(`${choice.provider}/`)) return current;
  return getProvider(choice.provider).defaultVideoModel;
}
