/** The shapes of a provider spec: every fact the CLI knows about one provider, as data. */

/** The languages of the human output (SPEC §7). */
export type Locale = 'en' | 'zh-CN' | 'zh-TW' | 'ja';
/** A provider's own words, in every locale: a missing one is a type error. */
export type Localized = Readonly<Record<Locale, string>>;

export type Plan = 'coding' | 'standard' | 'token';
export type Region = 'global' | 'cn';
export type ModelInput = 'text' | 'image' | 'video';
export type VideoMode = 'text-to-video' | 'image-to-video' | 'reference-to-video';

export interface ChatModel {
  id: string;
  /** Display name for our own human output; rows written to the config carry the id as name. */
  name: string;
  input: readonly ModelInput[];
  contextWindow: number;
  maxTokens: number;
  reasoning: boolean;
  note?: Localized;
  /** Served only on endpoints of this plan (qwen3.8-max: Standard). */
  onlyOnPlan?: Plan;
  /** The `reasoning_effort` values the model takes (Qwen 3.8: low, medium, xhigh). */
  reasoningEfforts?: readonly string[];
}

/** A model the provider stopped offering: not listed, and a default set to it is warned with the replacement. */
export interface DeprecatedModel {
  id: string;
  replacedBy: string;
}

/** What one Wan mode takes and makes (DashScope's video API limits). */
export interface VideoCaps {
  maxDurationSeconds: number;
  defaultDurationSeconds?: number;
  /** Input images the mode takes: exactly this many (image-to-video: 1), or none. */
  inputImages: number;
  /** Reference inputs (images and videos together) and how many of them may be videos. */
  maxReferences: number;
  maxReferenceVideos: number;
  controls: readonly string[];
  maxOutputVideos: number;
  resolutions: readonly string[];
  aspectRatios: readonly string[];
  /** Reference inputs are remote http(s) URLs only. */
  referenceUrlsOnly: boolean;
}

export interface VideoModel {
  id: string;
  name: string;
  mode: VideoMode;
  /** Always generates audio (wan2.7-r2v). */
  alwaysAudio?: boolean;
  /** Wizard label: "text-to-video (default)". */
  label: Localized;
}

/** One way to authenticate: an `--auth-choice` value with its plan and region axes. */
export interface AuthChoiceSpec {
  id: string;
  /** The pre-rename id, still accepted with a deprecation notice. */
  legacyId?: string;
  plan?: Plan;
  /** A fixed region; with `regionFlag` only the default one. */
  region?: Region;
  baseUrl: string;
  /** The long key flag, without dashes. */
  keyFlag: string;
  label: Localized;
  /** The region is picked with --region (and the base URL follows it). */
  regionFlag?: boolean;
}

export interface AuthChoice extends AuthChoiceSpec {
  provider: string;
}

export interface PlanSpec {
  id: Plan;
  /** The plan's name comes from the message catalog (the terms of Alibaba's docs in each language). */
  description: Localized;
  /** Whether endpoints of this plan serve Wan video and media understanding. */
  servesVideo: boolean;
  /** A key prefix that marks a key of this plan (Coding Plan: `sk-sp-`). */
  keyPrefix?: string;
}

export interface RegionSpec {
  /** Named by the message catalog. */
  id: Region;
}

/** How a probe talks to the provider: a one-token chat completion, or a task query on the video host. */
export type ProbeDialect = 'openai-chat' | 'dashscope-task';

/** How onboarding writes `models.providers.<id>`: a chat block with rows and allowlist, or a bare video host block. */
export type ConfigShape = 'chat' | 'video';

export interface ProviderSpec {
  id: string;
  label: string;
  aliases: readonly string[];
  /** Env vars holding a key, in resolution order: the first non-empty wins. */
  envVars: readonly string[];
  /** The OpenClaw plugin that serves this provider (`plugins.entries.<id>`). */
  pluginId: string;
  /** Today's Gateway (2026.6.8 and later) no longer bundles this plugin: the npm package that installs it. */
  externalPluginPackage?: string;
  /** Today's Gateway retired this provider's own login; new setups are pointed to this auth choice. */
  retiredTodayFor?: string;
  /** "Qwen Cloud API key": what the key is called in prompts and errors. */
  keyNoun: Localized;
  /** Where keys are created; undefined when there is no such page (a pasted portal token). */
  keyPageUrl?: string;
  /** A key flag that every choice of this provider accepts (`--qwen-api-key`). */
  genericKeyFlag?: string;
  authChoices: readonly AuthChoiceSpec[];
  /** The plan and region questions, when the provider has those axes. */
  plans?: readonly PlanSpec[];
  regions?: readonly RegionSpec[];
  /** The video (AIGC) host per region. */
  videoHosts?: Readonly<Record<Region, string>>;
  chatModels: readonly ChatModel[];
  /** Models the provider replaced: not listed; a default set to one is warned with its replacement. */
  deprecatedModels?: readonly DeprecatedModel[];
  videoModels: readonly VideoModel[];
  /** Image and video understanding (served where the plan serves video). */
  mediaUnderstandingModel?: string;
  /** What each video mode takes and makes. */
  videoCaps?: Readonly<Record<VideoMode, VideoCaps>>;
  defaultModel?: string;
  defaultVideoModel?: string;
  /** Alias given to the default model's allowlist entry (never overwriting an authored one). */
  defaultAlias?: string;
  /** Aliases whose refs also get allowlist entries (`modelstudio/<id>`). */
  allowlistAliases?: readonly string[];
  configShape: ConfigShape;
  /** The `api` written to a chat block; an alias-keyed block with another api is a custom provider. */
  api?: string;
  /** Model rows on these endpoints carry `compat.supportsUsageInStreaming`. */
  streamingUsageCompat?: boolean;
  probe: ProbeDialect;
  /** Wizard: the provider group question. */
  wizard: {
    group: Localized;
    description: Localized;
    order: number;
    /** Asked as a plan of this provider's group (Token Plan beside Coding Plan and Standard), not as a group of its own. */
    planOf?: string;
  };
  /** Choice ids of removed login flows, answered with a pointer to what replaced them. */
  removedChoiceIds?: readonly string[];
  removedChoiceHint?: Localized;
}
