import { CancelledError } from '../errors.js';
import { getProvider } from '../catalog/providers.js';
import { getAuthChoice, qwenChoiceFor, type AuthChoice } from '../catalog/auth-choices.js';
import { API_KEYS_URL, QWEN_BASE_URLS, VIDEO_HOSTS, type Plan, type Region } from '../catalog/endpoints.js';
import { endpointChatCatalog } from '../catalog/chat-models.js';
import { WAN_VIDEO_MODELS } from '../catalog/video-models.js';
import { configuredModelIds, primaryModel, videoPrimaryModel } from '../config/agent-config.js';
import { validateKey } from '../credentials/key.js';
import type { OnboardContext } from '../commands/onboard.js';
import type { ApplyResult } from '../onboarding/apply.js';
import { baseUrlFor, chatModelFor, choiceFromFlags, envKeyFor, profileIdFor, videoModelFor } from '../onboarding/resolve.js';
import { explicitKey, storedProfileAnswer } from '../onboarding/key.js';
import type { KeyAnswer, OnboardAnswers, SecretInputMode, SecretStoreChoice } from '../onboarding/types.js';
import { createDialogs, type Dialogs } from './dialogs.js';
import { maskSecret } from './mask.js';
import { summarizeKeyPaths } from './key-paths.js';
import { canOpenBrowser, openBrowser } from './browser.js';

export interface WizardHooks {
  preview(draft: OnboardAnswers): Promise<ApplyResult>;
}

const host = (url: string) => new URL(url).host;

async function askChoice(d: Dialogs, ctx: OnboardContext): Promise<AuthChoice> {
  const group = await d.select({
    message: 'What do you want to connect?',
    flag: '--auth-choice',
    choices: [
      { name: 'Qwen Cloud (recommended)', value: 'qwen', description: 'Alibaba DashScope / Model Studio API key: chat, multimodal, video' },
      {
        name: 'Qwen Portal token (legacy Qwen OAuth / Qwen CLI setups)',
        value: 'qwen-oauth',
        description: 'Not the first choice for new users: pick Qwen Cloud unless you already have a portal token',
      },
      { name: 'Alibaba Model Studio (Wan video)', value: 'alibaba', description: 'Wan video generation only' },
    ],
  });
  if (group === 'qwen-oauth') return getAuthChoice('qwen-oauth');
  if (group === 'alibaba') return getAuthChoice('alibaba-model-studio-api-key');
  const plan = await d.select<Plan>({
    message: 'Which plan is your key for?',
    flag: '--auth-choice',
    choices: [
      { name: 'Coding Plan (subscription)', value: 'coding', description: 'Chat and coding models only' },
      { name: 'Standard (pay-as-you-go)', value: 'standard', description: 'Needed for qwen3.6-plus, image/video understanding and video generation' },
    ],
  });
  const region = await askRegion(d, plan, ctx);
  return qwenChoiceFor(plan, region);
}

function askRegion(d: Dialogs, plan: Plan | 'video', _ctx: OnboardContext): Promise<Region> {
  const hostFor = (r: Region) => host(plan === 'video' ? VIDEO_HOSTS[r] : QWEN_BASE_URLS[plan][r]);
  return d.select<Region>({
    message: 'Which region?',
    flag: plan === 'video' ? '--region' : '--auth-choice',
    choices: [
      { name: 'Global / International', value: 'global', description: hostFor('global') },
      { name: 'China (mainland)', value: 'cn', description: hostFor('cn') },
    ],
  });
}

async function askKey(d: Dialogs, ctx: OnboardContext, choice: AuthChoice, profileId: string): Promise<{ key: KeyAnswer; mode: SecretInputMode; refEnvVar?: string }> {
  const preset = choiceFromFlags(ctx.flags);
  const explicit = await explicitKey(preset.keyFlag, ctx.flags.apiKeyStdin, ctx.world);
  const provider = getProvider(choice.provider);
  const mode = ctx.flags.secretInputMode;
  if (explicit) return { key: explicit, mode: mode ?? 'plaintext' };
  const env = envKeyFor(choice.provider, ctx.world.env);
  if (env && (await d.confirm({ message: `Use ${env.envVar} (${maskSecret(env.key)})?`, default: true, flag: '--api-key-stdin' }))) {
    const checked = validateKey(env.key);
    if (checked.ok) {
      const key: KeyAnswer = { key: checked.key, source: { kind: 'env', envVar: env.envVar } };
      const chosenMode =
        mode ??
        (await d.select<SecretInputMode>({
          message: 'Store the key itself, or a reference to the env var?',
          flag: '--secret-input-mode',
          choices: [
            { name: 'Store the key', value: 'plaintext', description: 'In the OS keychain when one answers, else the 0600 profile store' },
            { name: `Reference ${env.envVar}`, value: 'ref', description: 'The key stays in the environment; the profile names the variable' },
          ],
        }));
      return { key, mode: chosenMode, refEnvVar: chosenMode === 'ref' ? env.envVar : undefined };
    }
    ctx.output.warn(`${env.envVar} is not usable: ${checked.reason}.`);
  }
  const stored = ctx.store.profiles[profileId];
  if (stored && stored.provider === choice.provider) {
    const answer = storedProfileAnswer(profileId, stored);
    const shown = answer.key ? maskSecret(answer.key) : answer.source.kind === 'profile' ? answer.source.storage : '';
    if (await d.confirm({ message: `Use the stored key of ${profileId} (${shown})?`, default: true, flag: '--api-key-stdin' })) {
      return { key: answer, mode: 'plaintext' };
    }
  }
  if (choice.provider !== 'qwen-oauth' && canOpenBrowser(ctx.world)) {
    if (await d.confirm({ message: `Open ${API_KEYS_URL} in your browser to create a key?`, default: false, flag: '--api-key-stdin' })) {
      await openBrowser(ctx.world, API_KEYS_URL, ctx.output);
    }
  } else if (choice.provider !== 'qwen-oauth') {
    ctx.output.info(`Keys are created at ${API_KEYS_URL}`);
  }
  const raw = await d.password({
    message: `Paste your ${provider.keyNoun}`,
    flag: `--api-key-stdin or --${choice.keyFlag}`,
    validate: (value) => {
      const result = validateKey(value);
      return result.ok ? true : `Refused: ${result.reason}. Paste it again.`;
    },
  });
  const checked = validateKey(raw);
  return { key: { key: checked.ok ? checked.key : raw.trim(), source: { kind: 'prompt' } }, mode: mode === 'ref' ? 'plaintext' : mode ?? 'plaintext' };
}

const KEEP = '\u0000keep';

async function askChatModel(d: Dialogs, ctx: OnboardContext, choice: AuthChoice, baseUrl: string): Promise<string | undefined> {
  if (ctx.flags.model !== undefined || choice.provider === 'alibaba') return chatModelFor(choice.provider, ctx.flags.model, ctx.config);
  const current = primaryModel(ctx.config);
  const suggested = chatModelFor(choice.provider, undefined, ctx.config)!;
  const catalog = endpointChatCatalog(choice.provider, baseUrl, configuredModelIds(ctx.config, choice.provider));
  const choices = catalog.map((m) => {
    const ref = `${choice.provider}/${m.id}`;
    const marks = [m.note, ref === current ? 'current' : undefined].filter(Boolean).join(', ');
    return { name: marks ? `${ref}  (${marks})` : ref, value: ref, description: m.name };
  });
  if (current) choices.unshift({ name: `Keep current (${current})`, value: KEEP, description: 'Leave the default chat model as it is' });
  const picked = await d.select({ message: 'Default chat model', flag: '--model', choices, default: current === suggested ? KEEP : suggested });
  return picked === KEEP ? current : picked;
}

async function askVideoModel(d: Dialogs, ctx: OnboardContext, choice: AuthChoice): Promise<string | undefined> {
  if (ctx.flags.videoModel !== undefined || ctx.flags.video === false || choice.provider === 'qwen-oauth') {
    return videoModelFor(choice, ctx.flags, ctx.config);
  }
  if (choice.plan === 'coding') {
    ctx.output.info('Video generation (Wan) needs a Standard (pay-as-you-go) key: Coding Plan keys serve chat models only.');
    const anyway = await d.select({
      message: 'Default video model',
      flag: '--video-model or --no-video',
      choices: [
        { name: 'Skip', value: false, description: 'Leave the default video model unset' },
        { name: 'Set one anyway', value: true, description: 'For when you also have a Standard key' },
      ],
      default: false,
    });
    if (!anyway) return undefined;
  }
  const suggested = videoModelFor(choice, {}, ctx.config) ?? `${choice.provider}/wan2.6-t2v`;
  const current = videoPrimaryModel(ctx.config);
  const choices = WAN_VIDEO_MODELS.map((m) => {
    const ref = `${choice.provider}/${m.id}`;
    const label = m.label.replace(/ \((.*)\)$/, ', $1');
    return { name: ref === current ? `${ref}  (${label}, current)` : `${ref}  (${label})`, value: ref as string | undefined };
  });
  choices.push({ name: 'Skip', value: undefined });
  return d.select({ message: 'Default video model', flag: '--video-model or --no-video', choices, default: suggested });
}

function storageLine(answers: OnboardAnswers, ctx: OnboardContext): string {
  if (answers.key.source.kind === 'profile') return `kept as stored in ${answers.profileId}`;
  if (answers.secretInputMode === 'ref') return `a reference to $${answers.refEnvVar} in ${ctx.paths.authStorePath}`;
  if (answers.secretStore === 'file') return ctx.paths.authStorePath;
  if (answers.secretStore === 'keychain') return 'the OS keychain (service openclaw)';
  return `the OS keychain if one answers, else ${ctx.paths.authStorePath}`;
}

/** The interactive onboarding: each question is skipped when a flag already answered it. */
export async function runOnboardWizard(ctx: OnboardContext, hooks: WizardHooks, dialogs: Dialogs = createDialogs(ctx.world)): Promise<OnboardAnswers> {
  const d = dialogs;
  const { output, flags } = ctx;
  const c = output.color;
  const preset = choiceFromFlags(flags);
  if (preset.legacyId) output.info(`Notice: --auth-choice ${preset.legacyId} is deprecated; using ${preset.choice!.id}.`);
  const choice = preset.choice ?? (await askChoice(d, ctx));
  const region = choice.provider === 'alibaba' && flags.region === undefined && flags.baseUrl === undefined ? await askRegion(d, 'video', ctx) : flags.region;
  const { baseUrl, region: resolvedRegion } = baseUrlFor(choice, { baseUrl: flags.baseUrl, region });
  const profileId = profileIdFor(choice.provider, flags.profileId);
  const { key, mode, refEnvVar } = await askKey(d, ctx, choice, profileId);
  const chatModel = await askChatModel(d, ctx, choice, baseUrl);
  const videoModel = await askVideoModel(d, ctx, choice);
  const answers: OnboardAnswers = {
    choice,
    legacyChoiceId: preset.legacyId,
    region: resolvedRegion,
    baseUrl,
    profileId,
    key,
    secretInputMode: mode,
    refEnvVar,
    secretStore: flags.secretStore ?? 'auto',
    chatModel,
    videoModel,
    writeDaemonEnv: flags.writeDaemonEnv,
  };
  if (mode === 'ref' && !flags.writeDaemonEnv) {
    answers.writeDaemonEnv = await d.confirm({
      message: `Also write ${refEnvVar} to ${ctx.paths.envFilePath}, so a Gateway daemon (launchd/systemd) sees it?`,
      default: true,
      flag: '--write-daemon-env',
    });
  }

  if (key.source.kind !== 'profile' && mode === 'plaintext' && flags.secretStore === undefined) {
    answers.secretStore = await d.select<SecretStoreChoice>({
      message: 'Where should the key be kept?',
      flag: '--secret-store',
      choices: [
        { name: 'OS keychain (recommended)', value: 'auto', description: 'Falls back to the 0600 profile store file when no keychain answers' },
        { name: 'Profile store file (0600)', value: 'file', description: ctx.paths.authStorePath },
      ],
      default: 'auto',
    });
  }

  const preview = await hooks.preview(answers);
  const masked = key.key ? maskSecret(key.key) : '(stored)';
  output.info('');
  output.info(c.bold('Summary'));
  output.info(`  Provider  ${choice.label}`);
  output.info(`  Endpoint  ${baseUrl}`);
  output.info(`  Profile   ${profileId}`);
  output.info(`  Key       ${masked} → ${storageLine(answers, ctx)}`);
  output.info(`  Model     ${chatModel ?? '(unchanged)'}`);
  output.info(`  Video     ${videoModel ?? '(not set)'}`);
  output.info(`  Config    ${ctx.paths.configPath}`);
  for (const changed of summarizeKeyPaths(preview.configChanged)) output.info(`    ~ ${changed}`);
  if (preview.configChanged.length === 0) output.info('    (already up to date)');
  if (preview.storeChanged) output.info(`  Store     ${ctx.paths.authStorePath} (profile ${profileId})`);
  if (answers.writeDaemonEnv) output.info(`  Env file  ${ctx.paths.envFilePath} (${refEnvVar})`);
  const go = await d.confirm({ message: 'Write these changes?', default: true, flag: '--non-interactive' });
  if (!go) throw new CancelledError();
  return answers;
}
