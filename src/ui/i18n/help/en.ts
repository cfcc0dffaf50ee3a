/**
 * The help texts of every command, group, option and argument, keyed by message keys: the
 * specs name a key (`description: 'jsonOutput'`), help shows it in the active language, and
 * the completion scripts in English. Every other locale is typed against these keys, so a new
 * help text is one entry per locale; a test checks that every key a spec names is here.
 */
export const help = {
  connectOpenclawAgentQwen: "Connect an OpenClaw agent to Qwen Cloud, the Qwen Portal or Alibaba Wan video models.",
  defaultModelsWhereEach: "Default models and where each provider in use gets its credential",
  execSecretProviderRead: "Exec secret provider: read a request on stdin, print the values (protocol v1)",
  gatewayModeAcceptedCompatibility: "Gateway mode (accepted for compatibility)",
  jsonOutput: "JSON output",
  listConfiguredModelsCatalog: "List configured models, or the catalog",
  listStoredProfilesWhere: "List stored profiles and where their secret lives (never the secret)",
  listChooseCheckModels: "List, choose and check models (default: status)",
  moveStoredKeysInto: "Move stored keys into the OS keychain, or back into the file store",
  printCacheInstallShell: "Print, cache or install the shell completion script",
  removeProfileStoreKeychain: "Remove a profile from the store, the keychain and the config",
  removeAgentSOrder: "Remove this agent's order override for a provider",
  runOnboardingFlowProvider: "Run the onboarding flow for one provider (plan, region, key, models)",
  secretReferencesGateway: "Secret references for the Gateway",
  setDefaultChatModel: "Set the default chat model",
  setDefaultVideoGeneration: "Set the default video generation model",
  setOrderProviderS: "Set the order of a provider's profiles for this agent (auth-state.json); the first usable one is active",
  setUpQwenCloud: "Set up a Qwen Cloud, Qwen Portal or Alibaba Model Studio key and the default models",
  showOrderGatewayTries: "Show the order the Gateway tries a provider's profiles in, and the active one",
  storePastedKeyToken: "Store a pasted key or token for a provider (masked prompt, or stdin)",
  storedAuthProfiles: "Stored auth profiles",
  profileProviderGatewayUses: "Which profile of a provider the Gateway uses first",
  addBlockSourcesCache: "add a block that sources the cache to the shell's profile",
  cacheScriptsUnderState: "cache the scripts under <state>/completions",
  customEndpointBaseUrl: "custom endpoint base URL",
  defaultChatModel: "default chat model",
  defaultVideoModel: "default video model",
  disableColourAlsoNo: "disable colour (also NO_COLOR)",
  storePastedApiKey: "Store a pasted API key for a provider (the same as paste-token)",
  modelRefAliasBare: "model ref, alias or bare model id",
  videoModelRefLike: "video model ref, like qwen/wan2.6-t2v",
  profileIdLikeQwen: "profile id, like qwen:default",
  profileIdsFirstPreferred: "profile ids, first preferred",
  chatModelVideoModel: "chat-model, video-model, provider or profile",
  versionOpenclawGatewayReads: "version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)",
  displayHelp: "display help",
  exit1CredentialMissing: "exit 1 when a credential is missing or unusable, 2 when one expires within 24 h",
  howAuthenticateSeeList: "how to authenticate (see the list below)",
  refModeAlsoWrite: "in ref mode, also write the env var to <state>/.env for a Gateway daemon",
  makeSmallLiveRequest: "make one small live request with the key before writing",
  neverPromptMissingAnswers: "never prompt; missing answers are errors naming their flag",
  modelRefLine: "one model ref a line",
  providerIdAlias: "one provider (id or alias)",
  providerIdAliasEndpoint: "one provider (id or alias), endpoint-aware for its configured base URL",
  smallLiveRequestPer: "one small live request per provider in use",
  outputVersionNumber: "output the version number",
  printJsonResultObject: "print one JSON result object",
  printPlannedChangesWrite: "print the planned changes, write nothing",
  probeOnlyProvider: "probe only this provider",
  probeTimeoutMillisecondsDefault: "probe timeout in milliseconds (default 8000)",
  profileIdNameDefault: "profile id or name (default: <provider>:default)",
  profileNameDefaultDefault: "profile name (default: default)",
  providerIdAlias2: "provider id or alias",
  readKeyStdin: "read the key from stdin",
  regionChoiceTakesAlibaba: "region, for a choice that takes one (alibaba-model-studio-api-key)",
  removeDefaultVideoModel: "remove the default video model",
  skipConfirmation: "skip the confirmation",
  storeKeyReferenceEnv: "store the key, or a reference to its env var",
  targetShellDefaultShell: "target shell (default from $SHELL)",
  targetStore: "target store",
  resolvedDefaultModelOnly: "the resolved default model only",
  wholeCatalog: "the whole catalog",
  wherePlaintextKeyGoes: "where a plaintext key goes (default auto: the OS keychain when one answers)",
  askConfiguredEndpointsModels: "ask the configured endpoints which models they serve now (needs a stored key)",
  requestTimeoutMillisecondsDefault: "request timeout in milliseconds (default 8000)",
  howLongKeyCheck: "how long the key check may take, in milliseconds (default 8000)",
  profileIdLikeQwen2: "profile id, like qwen:default (asked on a terminal when absent)",
  completionCandidates: "Completion candidates for one dynamic value kind (used by the completion scripts)",
} as const;

export type HelpKey = keyof typeof help;
export type HelpTexts = { readonly [K in HelpKey]: string };

/** A spec's help in English (completion scripts); a text that is no key (a test provider's own words) is itself. */
export function englishHelp(key: string): string {
  return (help as Record<string, string>)[key] ?? key;
}
