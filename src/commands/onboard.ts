import { canPrompt, type World } from '../world.js';
import { CliError, ExitCode, UsageError } from '../errors.js';
import { getProvider } from '../catalog/providers.js';
import { resolvePaths, type OpenclawPaths } from '../config/paths.js';
import { readConfigFile } from '../config/config-file.js';
import type { ConfigJson } from '../config/agent-config.js';
import { readProfileStore, type ProfileStoreData } from '../credentials/profile-store.js';
import { createOutput, type Output } from '../ui/output.js';
import { maskSecret } from '../ui/mask.js';
import { summarizeKeyPaths } from '../ui/key-paths.js';
import type { OnboardFlags } from '../onboarding/flags.js';
import { baseUrlFor, chatModelFor, choiceFromFlags, profileIdFor, videoModelFor } from '../onboarding/resolve.js';
import { explicitKey, keyWithoutPrompt } from '../onboarding/key.js';
import { decideStorage, systemKeychainFactory, type KeychainFactory } from '../onboarding/storage.js';
import { applyOnboarding, type ApplyResult, type KeyStorage } from '../onboarding/apply.js';
import type { KeyAnswer, OnboardAnswers } from '../onboarding/types.js';

export interface OnboardDeps {
  keychainFactory?: KeychainFactory;
}

export interface OnboardContext {
  world: World;
  output: Output;
  paths: OpenclawPaths;
  config: ConfigJson;
  store: ProfileStoreData;
  flags: OnboardFlags;
}

function keySourceText(key: KeyAnswer): string {
  switch (key.source.kind) {
    case 'flag':
      return `--${key.source.flag}`;
    case 'stdin':
      return 'stdin';
    case 'env':
      return key.source.envVar;
    case 'prompt':
      return 'prompt';
    case 'profile':
      return `stored profile ${key.source.profileId}`;
  }
}

function storageText(storage: KeyStorage, answers: OnboardAnswers, paths: OpenclawPaths): string {
  switch (storage) {
    case 'file':
      return `in ${paths.authStorePath}`;
    case 'keychain':
      return `in the OS keychain (service openclaw, account ${answers.profileId})`;
    case 'env-ref':
      return `as a reference to $${answers.refEnvVar}`;
    case 'unchanged':
      return 'as before (store unchanged)';
  }
}

/** Answers from flags, env and the store, never prompting; missing answers name their flag. */
async function answersWithoutPrompt(ctx: OnboardContext): Promise<OnboardAnswers> {
  const { flags, world } = ctx;
  const preset = choiceFromFlags(flags);
  if (!preset.choice) {
    throw new UsageError(
      'No auth choice: pass --auth-choice (qwen-api-key, qwen-api-key-cn, qwen-standard-api-key, qwen-standard-api-key-cn, qwen-oauth, alibaba-model-studio-api-key) or one key flag.',
      canPrompt(world) ? 'Or run without --non-interactive to be asked.' : 'There is no terminal to ask on, so nothing is prompted.',
    );
  }
  const choice = preset.choice;
  const { baseUrl, region } = baseUrlFor(choice, flags);
  const profileId = profileIdFor(choice.provider, flags.profileId);
  const mode = flags.secretInputMode ?? 'plaintext';
  const explicit = await explicitKey(preset.keyFlag, flags.apiKeyStdin, world);
  const { key, refEnvVar } = keyWithoutPrompt(choice, explicit, world, ctx.store, profileId, mode);
  return {
    choice,
    legacyChoiceId: preset.legacyId,
    region,
    baseUrl,
    profileId,
    key,
    secretInputMode: mode,
    refEnvVar,
    secretStore: flags.secretStore ?? 'auto',
    chatModel: chatModelFor(choice.provider, flags.model, ctx.config),
    videoModel: videoModelFor(choice, flags, ctx.config),
    writeDaemonEnv: flags.writeDaemonEnv,
  };
}

function printHuman(output: Output, answers: OnboardAnswers, result: ApplyResult, paths: OpenclawPaths, dryRun: boolean, keyMasked: string) {
  const c = output.color;
  const provider = getProvider(answers.choice.provider);
  const verb = dryRun ? 'Would onboard' : 'Onboarded';
  output.out(`${c.green('✓')} ${verb} ${answers.choice.label} as ${c.bold(answers.profileId)}`);
  output.out(`  Key       ${keyMasked} (from ${keySourceText(answers.key)}), ${dryRun ? 'to be stored' : 'stored'} ${storageText(result.keyStorage, answers, paths)}`);
  output.out(`  Endpoint  ${answers.baseUrl}`);
  if (answers.chatModel) output.out(`  Model     ${answers.chatModel}`);
  const videoNote =
    answers.choice.provider === 'qwen' && answers.choice.plan === 'coding' ? ' (video generation needs a Standard key)' : '';
  output.out(`  Video     ${answers.videoModel ?? `not set${videoNote}`}`);
  const changes = result.configChanged.length;
  output.out(`  Config    ${paths.configPath} (${changes === 0 ? 'already up to date' : `${changes} ${changes === 1 ? 'key' : 'keys'} ${dryRun ? 'to change' : 'changed'}`})`);
  if (dryRun) {
    for (const key of summarizeKeyPaths(result.configChanged)) output.out(`    ~ ${key}`);
    output.out('Dry run: nothing was written.');
  }
  output.out(`Next: openclaw models list --provider ${provider.id}`);
}

export async function runOnboard(flags: OnboardFlags, world: World, deps: OnboardDeps = {}): Promise<number> {
  const output = createOutput(world);
  const paths = resolvePaths(world);
  const { doc } = await readConfigFile(paths.configPath);
  const config = (doc.toJSON() ?? {}) as ConfigJson;
  const store = await readProfileStore(paths.authStorePath);
  const ctx: OnboardContext = { world, output, paths, config, store, flags };
  const keychainFactory = deps.keychainFactory ?? systemKeychainFactory;

  const interactive = !flags.nonInteractive && canPrompt(world);
  let answers: OnboardAnswers;
  if (interactive) {
    const { runOnboardWizard } = await import('../ui/onboard-wizard.js');
    answers = await runOnboardWizard(ctx, {
      preview: (draft) => previewOnboarding(draft, ctx),
    });
  } else {
    answers = await answersWithoutPrompt(ctx);
  }
  if (answers.legacyChoiceId && !interactive) {
    output.info(`Notice: --auth-choice ${answers.legacyChoiceId} is deprecated; using ${answers.choice.id}.`);
  }
  if (answers.videoModel && answers.choice.provider === 'qwen' && answers.choice.plan === 'coding') {
    output.warn('Coding Plan keys serve chat models only; video generation needs a Standard (pay-as-you-go) key.');
  }

  const decision = await decideStorage(answers.key, answers.secretInputMode, answers.secretStore, store.profiles[answers.profileId], keychainFactory, {
    dryRun: Boolean(flags.dryRun),
  });
  if (decision.notice) output.info(decision.notice);
  if (answers.key.key === undefined && decision.keychain && answers.key.source.kind === 'profile') {
    answers.key.key = await decision.keychain.get(answers.profileId);
  }
  const keyMasked = answers.key.key ? maskSecret(answers.key.key) : '(stored)';

  if (flags.verify) {
    const { verifyKey } = await import('../onboarding/verify.js');
    const verdict = await verifyKey(answers);
    if (verdict.status !== 'ok') {
      throw new CliError(`Verification failed (${verdict.status}): ${verdict.message}`, ExitCode.failure, 'Nothing was written.');
    }
    output.info(`Verified: ${verdict.model} answered in ${verdict.latencyMs} ms.`);
  }

  const dryRun = Boolean(flags.dryRun);
  const result = await applyOnboarding(answers, {
    paths,
    storage: decision.storage,
    dryRun,
    keychain: decision.keychain,
    keychainExec: { command: world.execPath, args: [world.entryPath, 'secrets', 'resolve'] },
    chatModel: answers.chatModel,
    videoModel: answers.videoModel,
  });

  const daemonEnv = answers.writeDaemonEnv && answers.secretInputMode === 'ref' && answers.refEnvVar && answers.key.key;
  if (answers.writeDaemonEnv && !daemonEnv) output.warn('--write-daemon-env only applies with --secret-input-mode ref; nothing written to .env.');
  if (daemonEnv && !dryRun) {
    const { upsertDotenv } = await import('../config/dotenv.js');
    await upsertDotenv(paths.envFilePath, answers.refEnvVar!, answers.key.key!);
  }

  if (flags.json) {
    output.json({
      ok: true,
      dryRun,
      authChoice: answers.choice.id,
      provider: answers.choice.provider,
      profileId: answers.profileId,
      plan: answers.choice.plan ?? null,
      region: answers.region ?? null,
      baseUrl: answers.baseUrl,
      key: { masked: keyMasked, source: keySourceText(answers.key), storage: result.keyStorage },
      model: answers.chatModel ?? null,
      videoModel: answers.videoModel ?? null,
      files: { config: paths.configPath, authStore: paths.authStorePath, ...(daemonEnv ? { daemonEnv: paths.envFilePath } : {}) },
      changed: result.configChanged,
      storeChanged: result.storeChanged,
    });
  } else {
    printHuman(output, answers, result, paths, dryRun, keyMasked);
    if (daemonEnv) output.out(`  Env file  ${paths.envFilePath} (${answers.refEnvVar}, for a Gateway daemon)`);
  }
  return ExitCode.ok;
}

/** What applying these answers would change, for the wizard's summary. */
export async function previewOnboarding(answers: OnboardAnswers, ctx: OnboardContext): Promise<ApplyResult> {
  // The keychain is not probed for a preview: whether the key lands there or in the file, the store changes alike.
  const storage: KeyStorage = answers.key.source.kind === 'profile' ? 'unchanged' : answers.secretInputMode === 'ref' ? 'env-ref' : 'file';
  return applyOnboarding(answers, {
    paths: ctx.paths,
    storage,
    dryRun: true,
    chatModel: answers.chatModel,
    videoModel: answers.videoModel,
  });
}

export function run({ opts, world }: { opts: Record<string, unknown>; world: World }): Promise<number> {
  return runOnboard(opts as OnboardFlags, world);
}
