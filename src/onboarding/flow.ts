/**
 * The one onboarding flow (SPEC §4): the same questions in the same order,
 * each answered by a flag, the env, the store or, on a terminal, the person.
 * Without a terminal an unanswered question is a usage error naming its flag.
 * On a terminal Esc goes back one question.
 */
import { CancelledError, UsageError } from '../errors.js';
import { findProvider, getProvider, providerById, wizardProviders } from '../catalog/registry.js';
import { baseUrlForChoice, choiceFor, endpointChatCatalog, endpointOf, endpointVideoCatalog, videoCatalog } from '../catalog/endpoints.js';
import { choiceInRegion, keyFindings, refProviderFindings, videoModelFindings, chatModelFindings, type PlanFinding } from '../catalog/policy.js';
import type { AuthChoice, Plan, ProviderSpec, Region } from '../catalog/types.js';
import { primaryModel, videoPrimaryModel, type ConfigJson } from '../config/agent-config.js';
import { configuredBaseUrl } from '../config/model-inventory.js';
import { normalizeRef, parseRef, userModelIds } from '../config/model-refs.js';
import { resolveDefaultRef } from '../config/default-model.js';
import { validateBaseUrl } from '../config/values.js';
import { pluginBlock } from '../config/plugin-policy.js';
import type { OpenclawPaths } from '../config/paths.js';
import { defaultProfileId, type ProfileStoreData } from '../credentials/profile-store.js';
import { maskSecret } from '../credentials/mask.js';
import { validateKey } from '../credentials/key-format.js';
import type { Dialogs } from '../ui/dialogs.js';
import { GoBack } from '../ui/dialogs.js';
import { printFindings, type Output } from '../ui/output.js';
import { canOpenBrowser, openBrowser } from '../ui/browser.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { choiceFromFlags, type OnboardFlags } from './flags.js';
import { checkedKey, envKeyFor, explicitKey, keyFlagsFor, legacyProfiles, missingKeyError, promptForKey, refModeNeedsEnv, storedProfileAnswer } from './key-sources.js';
import type { KeyAnswer, OnboardAnswers, SecretInputMode, SecretStoreChoice } from './types.js';

export interface FlowContext {
  world: World;
  output: Output;
  paths: OpenclawPaths;
  config: ConfigJson;
  store: ProfileStoreData;
  flags: OnboardFlags;
  deps: Deps;
  /** A provider fixed by the command (`models auth login --provider`): the provider question is answered. */
  provider?: string;
  /** Present on a terminal without --non-interactive: the person answers what flags, env and store leave open. */
  dialogs?: Dialogs;
  /** Shows the summary of a complete draft and asks to write it (the wizard's last question). */
  confirm?: (answers: OnboardAnswers) => Promise<boolean>;
}

/** The person declined the summary: nothing is written, and that is not an error. */
export class Declined extends Error {
  constructor() {
    super('declined');
    this.name = 'Declined';
  }
}

interface Draft {
  provider?: ProviderSpec;
  plan?: Plan;
  region?: Region;
  choice?: AuthChoice;
  legacyChoiceId?: string;
  baseUrl?: string;
  profileId?: string;
  key?: KeyAnswer;
  moveFrom?: string;
  mode?: SecretInputMode;
  refEnvVar?: string;
  chatModel?: string;
  videoModel?: string | null;
  writeDaemonEnv?: boolean;
  secretStore?: SecretStoreChoice;
}

/** The setup the config holds now: what the wizard opens with and preselects. */
export interface CurrentSetup {
  provider: ProviderSpec;
  choice?: AuthChoice;
  plan?: Plan;
  region?: Region;
  baseUrl?: string;
  model?: string;
  video?: string;
}

export function currentSetup(config: ConfigJson): CurrentSetup | undefined {
  const model = primaryModel(config);
  const video = videoPrimaryModel(config);
  const ref = parseRef(normalizeRef(model ?? video ?? '', config));
  const provider = ref ? providerById(ref.provider) : undefined;
  if (!provider) return undefined;
  const baseUrl = configuredBaseUrl(config, provider.id);
  const endpoint = endpointOf(provider, baseUrl);
  return { provider, choice: endpoint.choice, plan: endpoint.plan, region: endpoint.region, baseUrl, model, video };
}

const KEEP = '\u0000keep';
const REMOVE = '\u0000remove';
const SKIP = '\u0000skip';
const ANYWAY = '\u0000anyway';

type Step = (draft: Draft, ctx: FlowContext) => Promise<boolean>;

function need(ctx: FlowContext, flag: string, what: string): Dialogs {
  if (ctx.dialogs) return ctx.dialogs;
  throw new UsageError(`No answer for "${what}": pass ${flag}.`, 'There is no terminal to ask on (or --non-interactive was given), so nothing is prompted.');
}

const askProvider: Step = async (draft, ctx) => {
  const preset = choiceFromFlags(ctx.flags);
  if (ctx.provider && preset.choice && preset.choice.provider !== ctx.provider) {
    throw new UsageError(`--auth-choice ${preset.choice.id} is for ${preset.choice.provider}, not ${ctx.provider}.`, `Pick one of: ${getProvider(ctx.provider).authChoices.map((c) => c.id).join(', ')}.`);
  }
  if (!preset.choice && ctx.provider) {
    draft.provider = getProvider(ctx.provider);
    draft.choice = undefined;
    return false;
  }
  if (preset.choice) {
    draft.choice = preset.choice;
    draft.legacyChoiceId = preset.legacyId;
    draft.provider = getProvider(preset.choice.provider);
    return false;
  }
  if (!ctx.dialogs) {
    const ids = wizardProviders().flatMap((p) => p.authChoices.map((c) => c.id));
    throw new UsageError(`No auth choice: pass --auth-choice (${ids.join(', ')}) or one key flag.`, 'There is no terminal to ask on (or --non-interactive was given), so nothing is prompted.');
  }
  const current = currentSetup(ctx.config);
  const id = await ctx.dialogs.select({
    message: 'What do you want to connect?',
    flag: '--auth-choice',
    choices: wizardProviders().map((p) => ({ name: p.id === current?.provider.id ? `${p.wizard.group} (current)` : p.wizard.group, value: p.id, description: p.wizard.description })),
    default: current?.provider.id,
  });
  draft.provider = getProvider(id);
  draft.choice = undefined;
  return true;
};

const askPlan: Step = async (draft, ctx) => {
  const plans = draft.provider!.plans;
  if (draft.choice || !plans?.length) return false;
  const current = currentSetup(ctx.config);
  const currentPlan = current?.provider.id === draft.provider!.id ? current.plan : undefined;
  draft.plan = await need(ctx, '--auth-choice', 'Which plan is your key for?').select<Plan>({
    message: 'Which plan is your key for?',
    flag: '--auth-choice',
    choices: plans.map((p) => ({ name: p.id === currentPlan ? `${p.label} (current)` : p.label, value: p.id, description: p.description })),
    default: currentPlan,
  });
  return true;
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const askRegion: Step = async (draft, ctx) => {
  const provider = draft.provider!;
  const preset = draft.choice;
  const flagRegion = ctx.flags.region;
  if (preset && !preset.regionFlag) {
    if (flagRegion !== undefined) {
      const right = flagRegion === preset.region ? undefined : choiceInRegion(preset, flagRegion);
      throw new UsageError(`--region is for a choice that takes one; ${preset.id} already names its region.`, right ? `Pick that region with its own choice: --auth-choice ${right.id}.` : undefined);
    }
    draft.region = preset.region;
    return false;
  }
  const regions = provider.regions ?? [];
  let asked = false;
  if (flagRegion !== undefined) draft.region = flagRegion;
  else if (preset?.regionFlag && (ctx.flags.baseUrl !== undefined || !ctx.dialogs)) draft.region = ctx.flags.baseUrl !== undefined ? undefined : preset.region;
  else if (regions.length) {
    const current = currentSetup(ctx.config);
    const currentRegion = current?.provider.id === provider.id ? current.region : undefined;
    const plan = draft.plan;
    const hostFor = (r: Region) => {
      const c = preset ?? choiceFor(provider.id, { plan, region: r });
      return hostOf(c.regionFlag ? (provider.videoHosts?.[r] ?? c.baseUrl) : choiceFor(provider.id, { plan, region: r }).baseUrl);
    };
    draft.region = await need(ctx, preset?.regionFlag ? '--region' : '--auth-choice', 'Which region?').select<Region>({
      message: 'Which region?',
      flag: preset?.regionFlag ? '--region' : '--auth-choice',
      choices: regions.map((r) => ({ name: r.id === currentRegion ? `${r.label} (current)` : r.label, value: r.id, description: hostFor(r.id) })),
      default: currentRegion,
    });
    asked = true;
  }
  if (!preset) draft.choice = choiceFor(provider.id, { plan: draft.plan, region: draft.region });
  return asked;
};

/** Base URL and profile id: flags or defaults, never a question. */
const settleEndpoint: Step = async (draft, ctx) => {
  const choice = draft.choice!;
  const blocked = pluginBlock(ctx.config, draft.provider!.pluginId, ctx.paths.configPath);
  if (blocked) throw blocked;
  draft.baseUrl = ctx.flags.baseUrl !== undefined ? validateBaseUrl(ctx.flags.baseUrl, choice.baseUrl) : baseUrlForChoice(choice, draft.region);
  if (draft.region === undefined) draft.region = endpointOf(choice.provider, draft.baseUrl).region ?? choice.region;
  draft.profileId = profileIdFor(choice.provider, ctx.flags.profileId);
  return false;
};

/** `<provider>:<name>`; a full id must name the same provider. */
export function profileIdFor(provider: string, requested: string | undefined): string {
  if (requested === undefined) return defaultProfileId(provider);
  const value = requested.trim();
  const [prefix, ...rest] = value.split(':');
  const name = rest.length ? rest.join(':') : prefix!;
  if (rest.length && prefix !== provider) {
    throw new UsageError(`--profile-id ${value} belongs to provider "${prefix}", not ${provider}: pass just the name, like --profile-id work.`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new UsageError(`--profile-id "${value}" is not a valid name: use letters, digits, dot, dash or underscore.`);
  return defaultProfileId(provider, name);
}

/** The plan and region a stored profile was set up for, when it is the profile the config uses now. */
function storedFor(ctx: FlowContext, provider: string): string | undefined {
  const current = currentSetup(ctx.config);
  if (current?.provider.id !== provider || !current.plan) return undefined;
  const plan = current.provider.plans?.find((p) => p.id === current.plan)?.label;
  const region = current.provider.regions?.find((r) => r.id === current.region)?.label;
  return [plan, region].filter(Boolean).join(', ');
}

const askKey: Step = async (draft, ctx) => {
  const choice = draft.choice!;
  const provider = draft.provider!;
  const { flags, world } = ctx;
  const preset = choiceFromFlags(flags);
  const explicit = await explicitKey(preset.keyFlag, flags.apiKeyStdin, world);
  const env = envKeyFor(choice.provider, world.env);
  draft.mode = flags.secretInputMode;
  draft.refEnvVar = undefined;
  draft.moveFrom = undefined;
  const legacy = legacyProfiles(ctx.store, choice.provider)[0];
  if (flags.secretInputMode === 'ref') {
    if (!env) throw refModeNeedsEnv(choice);
    if (explicit && explicit.key !== env.key) {
      throw new UsageError(`--secret-input-mode ref stores a reference to ${env.envVar}, but a different key was given on the command line: put that key in ${env.envVar} instead.`);
    }
    draft.key = { key: checkedKey(env.key, env.envVar), source: { kind: 'env', envVar: env.envVar } };
    draft.refEnvVar = env.envVar;
    return false;
  }
  if (explicit) {
    draft.key = explicit;
    return false;
  }
  const d = ctx.dialogs;
  if (!d) {
    const stored = ctx.store.profiles[draft.profileId!];
    if (env) draft.key = { key: checkedKey(env.key, env.envVar), source: { kind: 'env', envVar: env.envVar } };
    else if (stored && stored.provider === choice.provider) draft.key = storedProfileAnswer(draft.profileId!, stored);
    else if (legacy) draft.key = { key: checkedKey(String(legacy[1].key), legacy[0]), source: { kind: 'legacy', profileId: legacy[0] } };
    else throw missingKeyError(choice);
    return false;
  }
  if (env && (await d.confirm({ message: `Use ${env.envVar} (${maskSecret(env.key)})?`, default: true, flag: '--api-key-stdin' }))) {
    const checked = validateKey(env.key);
    if (checked.ok) {
      draft.key = { key: checked.key, source: { kind: 'env', envVar: env.envVar } };
      draft.mode = await d.select<SecretInputMode>({
        message: 'Store the key itself, or a reference to the env var?',
        flag: '--secret-input-mode',
        choices: [
          { name: 'Store the key', value: 'plaintext', description: 'In the OS keychain when one answers, else the 0600 profile store' },
          { name: `Reference ${env.envVar}`, value: 'ref', description: 'The key stays in the environment; the profile names the variable' },
        ],
      });
      if (draft.mode === 'ref') draft.refEnvVar = env.envVar;
      return true;
    }
    ctx.output.warn(`${env.envVar} is not usable: ${checked.reason}.`);
  }
  const stored = ctx.store.profiles[draft.profileId!];
  if (stored && stored.provider === choice.provider) {
    const answer = storedProfileAnswer(draft.profileId!, stored);
    const shown = answer.key ? maskSecret(answer.key) : answer.source.kind === 'profile' ? answer.source.storage : '';
    const wasFor = storedFor(ctx, choice.provider);
    const samePlan = !wasFor || (currentSetup(ctx.config)?.plan === choice.plan && currentSetup(ctx.config)?.region === draft.region);
    const note = wasFor ? `, stored for ${wasFor}` : '';
    if (await d.confirm({ message: `Use the stored key of ${draft.profileId} (${shown}${note})?`, default: samePlan, flag: '--api-key-stdin' })) {
      draft.key = answer;
      return true;
    }
  }
  if (legacy && !stored) {
    const [legacyId, legacyProfile] = legacy;
    if (await d.confirm({ message: `Move the legacy profile ${legacyId} (${maskSecret(String(legacyProfile.key))}) to ${draft.profileId}?`, default: true, flag: '--api-key-stdin' })) {
      draft.key = { key: checkedKey(String(legacyProfile.key), legacyId), source: { kind: 'legacy', profileId: legacyId } };
      draft.moveFrom = legacyId;
      return true;
    }
  }
  if (provider.keyPageUrl) {
    if (canOpenBrowser(world)) {
      if (await d.confirm({ message: `Open ${provider.keyPageUrl} in your browser to create a key?`, default: false, flag: '--api-key-stdin' })) {
        await openBrowser(world, provider.keyPageUrl, ctx.output);
      }
    } else {
      ctx.output.info(`Keys are created at ${provider.keyPageUrl}`);
    }
  }
  const raw = await promptForKey(d, provider.keyNoun, `--api-key-stdin or ${keyFlagsFor(choice)[0]}`);
  const checked = validateKey(raw);
  draft.key = { key: checked.ok ? checked.key : raw.trim(), source: { kind: 'prompt' } };
  return true;
};

/** Plan-rule warnings for what the flow settled, said once when the answers are complete. */
function findingsOf(draft: Draft, ctx: FlowContext): PlanFinding[] {
  const choice = draft.choice!;
  const out: PlanFinding[] = [];
  if (draft.key?.key) out.push(...keyFindings(choice, draft.key.key));
  const ctxFor = (provider: string) => ({
    baseUrl: provider === choice.provider ? draft.baseUrl : configuredBaseUrl(ctx.config, provider),
    userModelIds: userModelIds(ctx.config, provider),
  });
  const chat = parseRef(draft.chatModel ?? (primaryModel(ctx.config) ? normalizeRef(primaryModel(ctx.config)!, ctx.config) : ''));
  if (chat) out.push(...refProviderFindings(choice.provider, chat), ...chatModelFindings(chat.provider, chat.model, ctxFor(chat.provider)));
  const video = draft.videoModel === null ? undefined : parseRef(draft.videoModel ?? videoPrimaryModel(ctx.config) ?? '');
  if (video) {
    const provider = findProvider(video.provider)?.id ?? video.provider;
    if (provider === choice.provider || draft.videoModel) out.push(...videoModelFindings(provider, video.model, ctxFor(provider)));
  }
  return out;
}

const askChatModel: Step = async (draft, ctx) => {
  const provider = draft.provider!;
  if (provider.chatModels.length === 0) {
    draft.chatModel = ctx.flags.model !== undefined ? resolveDefaultRef('chat', ctx.flags.model, ctx.config).ref : undefined;
    return false;
  }
  if (ctx.flags.model !== undefined) {
    const resolved = resolveDefaultRef('chat', ctx.flags.model, ctx.config);
    if (!resolved.known) ctx.output.warn(`${resolved.ref} is not in the catalog of ${resolved.provider}; saving it anyway (the provider decides whether it exists).`);
    draft.chatModel = resolved.ref;
    return false;
  }
  const current = primaryModel(ctx.config);
  const ofProvider = current && normalizeRef(current, ctx.config).startsWith(`${provider.id}/`) ? normalizeRef(current, ctx.config) : undefined;
  const suggested = ofProvider ?? provider.defaultModel;
  if (!ctx.dialogs) {
    // Keeping the current default is no write: a `models set` that lands while this command runs is not undone.
    draft.chatModel = ofProvider ? undefined : suggested;
    return false;
  }
  const catalog = endpointChatCatalog(provider.id, draft.baseUrl, userModelIds(ctx.config, provider.id));
  const choices = catalog.map((m) => {
    const ref = `${provider.id}/${m.id}`;
    const marks = [m.note, ref === current ? 'current' : undefined].filter(Boolean).join(', ');
    return { name: marks ? `${ref}  (${marks})` : ref, value: ref, description: m.name };
  });
  if (current) choices.unshift({ name: `Keep current (${current})`, value: KEEP, description: 'Leave the default chat model as it is' });
  const picked = await ctx.dialogs.select({ message: 'Default chat model', flag: '--model', choices, default: current && current === suggested ? KEEP : suggested });
  draft.chatModel = picked === KEEP ? undefined : picked;
  return true;
};

const askVideoModel: Step = async (draft, ctx) => {
  const { flags } = ctx;
  const provider = draft.provider!;
  if (flags.videoModel !== undefined && flags.video === false) throw new UsageError('--video-model and --no-video contradict each other: pass one.');
  if (flags.videoModel !== undefined) {
    draft.videoModel = resolveDefaultRef('video', flags.videoModel, ctx.config).ref;
    return false;
  }
  if (flags.video === false) {
    draft.videoModel = null;
    return false;
  }
  draft.videoModel = undefined;
  if (videoCatalog(provider.id).length === 0) return false;
  const servesVideo = endpointOf(provider.id, draft.baseUrl).servesVideo;
  const current = videoPrimaryModel(ctx.config);
  const ofProvider = current && normalizeRef(current, ctx.config).startsWith(`${provider.id}/`) ? normalizeRef(current, ctx.config) : undefined;
  if (!ctx.dialogs) {
    if (servesVideo && !ofProvider) draft.videoModel = provider.defaultVideoModel;
    return false;
  }
  const d = ctx.dialogs;
  if (!servesVideo) {
    const video = provider.plans?.find((p) => p.servesVideo);
    ctx.output.info(`Video generation (Wan) needs a ${video?.label ?? 'video'} key: ${provider.plans?.find((p) => p.id === draft.choice?.plan)?.label ?? 'this plan'} keys serve chat models only.`);
    const answer = await d.select<string>({
      message: 'Default video model',
      flag: '--video-model or --no-video',
      choices: [
        { name: current ? `Keep current (${current})` : 'Skip', value: SKIP, description: current ? 'Leave the default video model as it is' : 'Leave the default video model unset' },
        { name: 'Set one anyway', value: ANYWAY, description: 'For when you also have a key that serves video' },
        ...(current ? [{ name: `Remove (${current})`, value: REMOVE, description: 'Delete the default video model' }] : []),
      ],
      default: SKIP,
    });
    if (answer === SKIP) return true;
    if (answer === REMOVE) {
      draft.videoModel = null;
      return true;
    }
  }
  const models = endpointVideoCatalog(provider.id, draft.baseUrl).length ? endpointVideoCatalog(provider.id, draft.baseUrl) : videoCatalog(provider.id);
  const choices = models.map((m) => {
    const ref = `${provider.id}/${m.id}`;
    const label = m.label.replace(/ \((.*)\)$/, ', $1');
    return { name: ref === current ? `${ref}  (${label}, current)` : `${ref}  (${label})`, value: ref };
  });
  if (current) choices.unshift({ name: `Keep current (${current})`, value: KEEP });
  choices.push({ name: current ? `Remove (${current})` : 'Skip', value: current ? REMOVE : SKIP });
  const suggested = ofProvider ? KEEP : (provider.defaultVideoModel ?? choices[0]!.value);
  const picked = await d.select({ message: 'Default video model', flag: '--video-model or --no-video', choices, default: current && !ofProvider ? KEEP : suggested });
  draft.videoModel = picked === KEEP || picked === SKIP ? undefined : picked === REMOVE ? null : picked;
  return true;
};

/** The wizard offers the --verify probe before anything is written; a failure offers re-enter, save anyway or cancel. */
const askKeyCheck: Step = async (draft, ctx) => {
  const d = ctx.dialogs;
  if (!d || ctx.flags.verify || !draft.key?.key) return false;
  if (!(await d.confirm({ message: 'Check the key now with one small live request?', default: true, flag: '--verify' }))) return true;
  const { verifyKey } = await import('./verify.js');
  const provider = draft.provider!;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = { chat: primaryModel(ctx.config) ? normalizeRef(primaryModel(ctx.config)!, ctx.config) : undefined, video: videoPrimaryModel(ctx.config) ? normalizeRef(videoPrimaryModel(ctx.config)!, ctx.config) : undefined };
    const verdict = await verifyKey(answersOf(draft), ctx.deps.fetch, current);
    if (verdict.status === 'ok') {
      ctx.output.info(`Verified: ${verdict.model} answered in ${verdict.latencyMs} ms.`);
      return true;
    }
    ctx.output.warn(`The key check failed (${verdict.status}): ${verdict.message}`);
    const next = await d.select({
      message: 'The key did not pass the check. What now?',
      flag: '--verify',
      choices: [
        { name: 'Re-enter the key', value: 'again', description: 'Paste another key and check it' },
        { name: 'Save anyway', value: 'save', description: 'Write it as it is (the check can fail for reasons other than the key)' },
        { name: 'Cancel', value: 'cancel', description: 'Write nothing' },
      ],
    });
    if (next === 'save') return true;
    if (next === 'cancel') throw new CancelledError();
    const raw = await promptForKey(d, provider.keyNoun, `--api-key-stdin or ${keyFlagsFor(draft.choice!)[0]}`);
    draft.key = { key: checkedKey(raw, 'the prompt'), source: { kind: 'prompt' } };
    draft.moveFrom = undefined;
  }
  ctx.output.info('Checked three times; saving the key as it is.');
  return true;
};

const askDaemonEnv: Step = async (draft, ctx) => {
  draft.writeDaemonEnv = ctx.flags.writeDaemonEnv;
  if (draft.mode !== 'ref' || ctx.flags.writeDaemonEnv || !ctx.dialogs) return false;
  draft.writeDaemonEnv = await ctx.dialogs.confirm({
    message: `Also write ${draft.refEnvVar} to ${ctx.paths.envFilePath}, so a Gateway daemon (launchd/systemd) sees it?`,
    default: true,
    flag: '--write-daemon-env',
  });
  return true;
};

const askSecretStore: Step = async (draft, ctx) => {
  draft.secretStore = ctx.flags.secretStore ?? 'auto';
  if (draft.key!.source.kind === 'profile' || (draft.mode ?? 'plaintext') !== 'plaintext' || ctx.flags.secretStore !== undefined || !ctx.dialogs) return false;
  // Known before asking: a keychain is only recommended where one answers (the probe is bounded).
  const probe = await (await ctx.deps.keychain()).probe({ readOnly: Boolean(ctx.flags.dryRun) });
  if (!probe.ok) {
    ctx.output.info(`No OS keychain answers here (${probe.reason}): the key goes to the profile store file (0600), ${ctx.paths.authStorePath}.`);
    draft.secretStore = 'file';
    return false;
  }
  draft.secretStore = await ctx.dialogs.select<SecretStoreChoice>({
    message: 'Where should the key be kept?',
    flag: '--secret-store',
    choices: [
      { name: 'OS keychain (recommended)', value: 'keychain', description: 'The store keeps only a reference; the Gateway reads the key through openclaw secrets resolve' },
      { name: 'Profile store file (0600)', value: 'file', description: ctx.paths.authStorePath },
    ],
    default: 'keychain',
  });
  return true;
};

function answersOf(draft: Draft): OnboardAnswers {
  return {
    choice: draft.choice!,
    legacyChoiceId: draft.legacyChoiceId,
    region: draft.region,
    baseUrl: draft.baseUrl!,
    profileId: draft.profileId!,
    key: draft.key!,
    secretInputMode: draft.mode ?? 'plaintext',
    refEnvVar: draft.refEnvVar,
    secretStore: draft.secretStore ?? 'auto',
    chatModel: draft.chatModel,
    videoModel: draft.videoModel,
    writeDaemonEnv: draft.writeDaemonEnv,
    moveFrom: draft.moveFrom,
  };
}

const STEPS: Step[] = [askProvider, askPlan, askRegion, settleEndpoint, askKey, askChatModel, askVideoModel, askKeyCheck, askDaemonEnv, askSecretStore];
/** Forward moves plus Esc-backs; far above any real run, so a stuck terminal cannot loop forever. */
const MAX_MOVES = 500;

/** Runs the questions; the wizard's confirmation is the last one (Esc there goes back too). */
/** The setup the wizard opens with: what is configured now, in one block. */
function showCurrentSetup(ctx: FlowContext): void {
  const current = currentSetup(ctx.config);
  if (!current) return;
  const p = current.provider;
  const plan = p.plans?.find((x) => x.id === current.plan)?.label;
  const region = p.regions?.find((x) => x.id === current.region)?.label;
  const profiles = Object.entries(ctx.store.profiles).filter(([, sp]) => sp.provider === p.id).map(([id]) => id);
  const c = ctx.output.color;
  ctx.output.info(c.bold('Current setup'));
  ctx.output.info(`  Provider  ${[p.label, plan, region].filter(Boolean).join(' · ')}`);
  if (current.baseUrl) ctx.output.info(`  Endpoint  ${current.baseUrl}`);
  ctx.output.info(`  Profile   ${profiles.length ? profiles.join(', ') : '(none stored)'}`);
  ctx.output.info(`  Model     ${current.model ?? '(not set)'}`);
  ctx.output.info(`  Video     ${current.video ?? '(not set)'}`);
  ctx.output.info('It is preselected below; Esc goes back one question.');
}

export async function runOnboardingFlow(ctx: FlowContext): Promise<OnboardAnswers> {
  const draft: Draft = {};
  if (ctx.dialogs) showCurrentSetup(ctx);
  const asked: number[] = [];
  let noticeShown = false;
  let i = 0;
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    try {
      if (i < STEPS.length) {
        if (await STEPS[i]!(draft, ctx)) asked.push(i);
        if (i === 0 && draft.legacyChoiceId && !noticeShown) {
          ctx.output.info(`Notice: --auth-choice ${draft.legacyChoiceId} is deprecated; using ${draft.choice!.id}.`);
          noticeShown = true;
        }
        i++;
        continue;
      }
      const answers = answersOf(draft);
      printFindings(ctx.output, findingsOf(draft, ctx));
      if (ctx.confirm && !(await ctx.confirm(answers))) throw new Declined();
      return answers;
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      const previous = asked.pop();
      if (previous === undefined) throw error;
      i = previous;
    }
  }
  throw new UsageError('Too many steps back and forth; run openclaw onboard again.');
}

