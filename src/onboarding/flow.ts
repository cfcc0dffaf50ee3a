/**
 * The one onboarding flow (SPEC §4): the same questions in the same order,
 * each answered by a flag, the env, the store or, on a terminal, the person.
 * Without a terminal an unanswered question is a usage error naming its flag.
 * On a terminal Esc goes back one question.
 */
import { CancelledError, UsageError } from '../errors.js';
import { findAuthChoice, findProvider, getProvider, providerById, wizardGroupOf, wizardGroups, wizardPlans, wizardProviders } from '../catalog/registry.js';
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
import { defaultProfileId } from '../credentials/locate.js';
import { maskSecret } from '../credentials/mask.js';
import { validateKey } from '../credentials/key-format.js';
import type { Dialogs } from '../ui/dialogs.js';
import { GoBack } from '../ui/dialogs.js';
import { printFindings, type Output } from '../ui/output.js';
import { canOpenBrowser, openBrowser } from '../ui/browser.js';
import { local, t } from '../ui/i18n/index.js';
import { describeFinding, keychainFailureWord, planName, probeStatusWord, regionName } from '../ui/i18n/terms.js';
import { labeller } from '../ui/table.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { choiceFromFlags, type OnboardFlags } from './flags.js';
import { checkedKey, explicitKey, keyFlagsFor, missingKeyError, promptForKey, refModeNeedsEnv } from './key-sources.js';
import type { Credentials } from '../credentials/lifecycle.js';
import type { KeyAnswer, OnboardAnswers, SecretInputMode, SecretStoreChoice } from './types.js';

export interface FlowContext {
  world: World;
  output: Output;
  paths: OpenclawPaths;
  config: ConfigJson;
  /** The owner of the agent's credentials: where a key comes from, what is stored. */
  credentials: Credentials;
  flags: OnboardFlags;
  deps: Deps;
  /** A provider fixed by the command (`models auth login --provider`): the provider question is answered. */
  provider?: string;
  /** Present on a terminal without --non-interactive: the person answers what flags, env and store leave open. */
  dialogs?: Dialogs;
  /** The bound of the key check (`--verify-timeout`). */
  verifyTimeoutMs: number;
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
  /** The wizard's first answer: Qwen Cloud's group holds the Token Plan provider as one of its plans. */
  group?: ProviderSpec;
  provider?: ProviderSpec;
  plan?: Plan;
  region?: Region;
  /** The choice the flags gave; plan and region are then never asked. */
  flagChoice?: AuthChoice;
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

/** Where an answer may come from before the person is asked. */
type AnswerSource = 'command' | 'flag' | 'env' | 'dotenv' | 'store' | 'config' | 'default';

/**
 * One question of the flow, as data: the runner takes its answer from the
 * sources (settle), else asks the person on a terminal (ask), else stops with
 * the error that names the flag. Esc-back, the earlier answer selected and the
 * redraw are the runner's too.
 */
interface Question {
  id: 'provider' | 'plan' | 'region' | 'endpoint' | 'key' | 'chat-model' | 'video-model' | 'key-check' | 'daemon-env' | 'secret-store';
  /** The flag that answers it, named when there is no terminal to ask on. */
  flag: (draft: Draft) => string;
  /** The question as people read it, for that error. */
  what: () => string;
  /** Where else an answer comes from, in the order they are tried. */
  sources: readonly AnswerSource[];
  /** Takes the answer from the sources: true when there is nothing to ask (it may also refuse, with its own error). */
  settle(draft: Draft, ctx: FlowContext): boolean | Promise<boolean>;
  /** Asks the person, with the earlier answer selected. */
  ask(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void>;
}

const nothingToAsk = async () => undefined;

function settleProvider(draft: Draft, ctx: FlowContext): boolean {
  const preset = choiceFromFlags(ctx.flags);
  if (ctx.provider && preset.choice && preset.choice.provider !== ctx.provider) {
    throw new UsageError(t().choiceOfOtherProvider(preset.choice.id, preset.choice.provider, ctx.provider), t().pickOneOf(getProvider(ctx.provider).authChoices.map((c) => c.id).join(', ')));
  }
  if (!preset.choice && ctx.provider) {
    draft.provider = draft.group = getProvider(ctx.provider);
    draft.choice = undefined;
    return true;
  }
  if (preset.choice) {
    draft.choice = draft.flagChoice = preset.choice;
    draft.legacyChoiceId = preset.legacyId;
    draft.provider = getProvider(preset.choice.provider);
    draft.group = wizardGroupOf(draft.provider);
    return true;
  }
  if (!ctx.dialogs) {
    const ids = wizardProviders().flatMap((p) => p.authChoices.map((c) => c.id));
    throw new UsageError(t().noAuthChoice(ids.join(', ')), t().noTerminalHint);
  }
  return false;
}

async function askProvider(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const current = currentSetup(ctx.config);
  const currentGroup = current ? wizardGroupOf(current.provider).id : undefined;
  const id = await d.select({
    message: t().askProvider,
    flag: '--auth-choice',
    choices: wizardGroups().map((p) => ({ name: p.id === currentGroup ? t().withCurrent(local(p.wizard.group)) : local(p.wizard.group), value: p.id, description: local(p.wizard.description) })),
    // Back here with Esc: the earlier answer is selected.
    default: draft.group?.id ?? currentGroup,
  });
  draft.provider = draft.group = getProvider(id);
  draft.choice = undefined;
}

/** The plan question; in the Qwen Cloud group a plan may belong to another provider (Token Plan), which the answer then picks. */
function planOptions(draft: Draft, ctx: FlowContext) {
  const group = draft.group ?? draft.provider!;
  return ctx.provider ? (draft.provider!.plans ?? []).map((plan) => ({ provider: draft.provider!, plan })) : wizardPlans(group);
}

function settlePlan(draft: Draft, ctx: FlowContext): boolean {
  if (draft.flagChoice) return true;
  const options = planOptions(draft, ctx);
  if (options.length > 1) return false;
  draft.plan = options[0]?.plan.id;
  if (options[0]) draft.provider = options[0].provider;
  return true;
}

async function askPlan(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const options = planOptions(draft, ctx);
  const current = currentSetup(ctx.config);
  const key = (provider: ProviderSpec, plan: Plan | undefined) => `${provider.id}:${plan ?? ''}`;
  const currentKey = current && options.some((o) => o.provider.id === current.provider.id) ? key(current.provider, current.plan) : undefined;
  const earlier = draft.plan ? key(draft.provider!, draft.plan) : undefined;
  const preselected = earlier && options.some((o) => key(o.provider, o.plan.id) === earlier) ? earlier : currentKey;
  const picked = await d.select<string>({
    message: t().askPlan,
    flag: '--auth-choice',
    choices: options.map((o) => {
      const name = planName(o.plan.id);
      const value = key(o.provider, o.plan.id);
      return { name: value === currentKey ? t().withCurrent(name) : name, value, description: local(o.plan.description) };
    }),
    default: preselected,
  });
  const option = options.find((o) => key(o.provider, o.plan.id) === picked)!;
  draft.provider = option.provider;
  draft.plan = option.plan.id;
}

/** The host of an endpoint, as the region choices and the key check's line show it. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function settleRegion(draft: Draft, ctx: FlowContext): boolean {
  const preset = draft.flagChoice;
  const flagRegion = ctx.flags.region;
  if (preset && !preset.regionFlag) {
    if (flagRegion !== undefined) {
      const right = flagRegion === preset.region ? undefined : choiceInRegion(preset, flagRegion);
      throw new UsageError(t().regionNotForChoice(preset.id), right ? t().regionOwnChoice(right.id) : undefined);
    }
    draft.region = preset.region;
    return true;
  }
  if (flagRegion !== undefined) draft.region = flagRegion;
  else if (preset?.regionFlag && (ctx.flags.baseUrl !== undefined || !ctx.dialogs)) draft.region = ctx.flags.baseUrl !== undefined ? undefined : preset.region;
  else if ((draft.provider!.regions ?? []).length) return false;
  return true;
}

async function askRegion(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const provider = draft.provider!;
  const preset = draft.flagChoice;
  const regions = provider.regions ?? [];
  {
    const current = currentSetup(ctx.config);
    const currentRegion = current?.provider.id === provider.id ? current.region : undefined;
    const plan = draft.plan;
    const hostFor = (r: Region) => {
      const c = preset ?? choiceFor(provider.id, { plan, region: r });
      return hostOf(c.regionFlag ? (provider.videoHosts?.[r] ?? c.baseUrl) : choiceFor(provider.id, { plan, region: r }).baseUrl);
    };
    draft.region = await d.select<Region>({
      message: t().askRegion,
      flag: preset?.regionFlag ? '--region' : '--auth-choice',
      choices: regions.map((r) => ({ name: r.id === currentRegion ? t().withCurrent(regionName(r.id)!) : regionName(r.id)!, value: r.id, description: hostFor(r.id) })),
      default: draft.region ?? currentRegion,
    });
  }
}

/** Base URL and profile id: flags or defaults, never a question. */
function settleEndpoint(draft: Draft, ctx: FlowContext): boolean {
  // Plan and region, answered however they were, make the choice (a flag's choice stands as given).
  if (!draft.flagChoice) draft.choice = choiceFor(draft.provider!.id, { plan: draft.plan, region: draft.region });
  const choice = draft.choice!;
  const blocked = pluginBlock(ctx.config, draft.provider!.pluginId, ctx.paths.configPath);
  if (blocked) throw blocked;
  draft.baseUrl = ctx.flags.baseUrl !== undefined ? validateBaseUrl(ctx.flags.baseUrl, choice.baseUrl) : baseUrlForChoice(choice, draft.region);
  if (draft.region === undefined) draft.region = endpointOf(choice.provider, draft.baseUrl).region ?? choice.region;
  draft.profileId = profileIdFor(choice.provider, ctx.flags.profileId);
  return true;
}

/** `<provider>:<name>`; a full id must name the same provider. */
export function profileIdFor(provider: string, requested: string | undefined): string {
  if (requested === undefined) return defaultProfileId(provider);
  const value = requested.trim();
  const [prefix, ...rest] = value.split(':');
  const name = rest.length ? rest.join(':') : prefix!;
  if (rest.length && prefix !== provider) {
    throw new UsageError(t().profileIdOtherProvider(value, prefix!, provider));
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new UsageError(t().profileIdInvalid(value));
  return defaultProfileId(provider, name);
}

/** The plan and region a stored profile was set up for, when it is the profile the config uses now. */
function storedFor(ctx: FlowContext, provider: string): string | undefined {
  const current = currentSetup(ctx.config);
  if (current?.provider.id !== provider || !current.plan) return undefined;
  return [planName(current.plan), regionName(current.region)].filter(Boolean).join(t().listSep);
}

/** An answer found in the shell's environment or in `<state>/.env`: its variable. */
const envVarOf = (key: KeyAnswer): string | undefined => (key.source.kind === 'env' || key.source.kind === 'dotenv' ? key.source.envVar : undefined);

async function settleKey(draft: Draft, ctx: FlowContext): Promise<boolean> {
  const choice = draft.choice!;
  const { flags, world } = ctx;
  const preset = choiceFromFlags(flags);
  const explicit = await explicitKey(preset.keyFlag, flags.apiKeyStdin, world);
  draft.mode = flags.secretInputMode;
  draft.refEnvVar = undefined;
  draft.moveFrom = undefined;
  const profileId = draft.profileId!;
  if (flags.secretInputMode === 'ref') {
    // A reference names a variable the Gateway reads: from its environment or its .env file.
    const env = ctx.credentials.locate({ provider: choice.provider, profileId, terminal: false }).find((k) => envVarOf(k));
    if (!env) throw refModeNeedsEnv(choice);
    const envVar = envVarOf(env)!;
    if (explicit && explicit.key !== env.key) throw new UsageError(t().refModeOtherKey(envVar));
    draft.key = { key: checkedKey(env.key!, envVar), source: env.source };
    draft.refEnvVar = envVar;
    return true;
  }
  if (explicit) {
    draft.key = explicit;
    return true;
  }
  if (ctx.dialogs) return false;
  // Without a terminal: the first key of the one order (flag or stdin, env, .env, the store, a legacy profile).
  const first = ctx.credentials.locate({ provider: choice.provider, profileId, terminal: false })[0];
  if (!first) throw missingKeyError(choice);
  const where = envVarOf(first) ?? (first.source.kind === 'legacy' ? first.source.profileId : undefined);
  draft.key = where !== undefined ? { key: checkedKey(first.key!, where), source: first.source } : first;
  return true;
}

async function askKey(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const choice = draft.choice!;
  const provider = draft.provider!;
  const { world } = ctx;
  const profileId = draft.profileId!;
  // The same order, the profile's stored key offered first.
  const found = ctx.credentials.locate({ provider: choice.provider, profileId, terminal: true });
  const stored = found.some((k) => k.source.kind === 'profile');
  // On a terminal: the profile's stored key first, then the environment's, then a legacy profile's; each offered, in that order.
  for (const answer of found) {
    const envVar = envVarOf(answer);
    if (answer.source.kind === 'profile') {
      const storageWord = { keychain: t().storageKeychainWord, file: t().storageFileWord, 'env-ref': t().storageEnvRefWord };
      const shown = answer.key ? maskSecret(answer.key) : storageWord[answer.source.storage];
      const wasFor = storedFor(ctx, choice.provider);
      const samePlan = !wasFor || (currentSetup(ctx.config)?.plan === choice.plan && currentSetup(ctx.config)?.region === draft.region);
      const message = wasFor ? t().useStoredKeyFor(profileId, shown, wasFor) : t().useStoredKey(profileId, shown);
      if (await d.confirm({ message, default: samePlan, flag: '--api-key-stdin' })) {
        draft.key = answer;
        return;
      }
    } else if (envVar !== undefined) {
      const message = answer.source.kind === 'dotenv' ? t().useDotenvKey(envVar, answer.source.path, maskSecret(answer.key!)) : t().useEnvKey(envVar, maskSecret(answer.key!));
      if (!(await d.confirm({ message, default: true, flag: '--api-key-stdin' }))) continue;
      const checked = validateKey(answer.key!);
      if (!checked.ok) {
        ctx.output.warn(t().envKeyUnusable(envVar, checked.reason));
        continue;
      }
      draft.key = { key: checked.key, source: answer.source };
      draft.mode = await d.select<SecretInputMode>({
        message: t().askKeyOrRef,
        flag: '--secret-input-mode',
        choices: [
          { name: t().storeKey, value: 'plaintext', description: t().storeKeyHint },
          { name: t().referenceEnv(envVar), value: 'ref', description: t().referenceEnvHint },
        ],
      });
      if (draft.mode === 'ref') draft.refEnvVar = envVar;
      return;
    } else if (answer.source.kind === 'legacy' && !stored) {
      const legacyId = answer.source.profileId;
      if (await d.confirm({ message: t().moveLegacy(legacyId, maskSecret(answer.key!), profileId), default: true, flag: '--api-key-stdin' })) {
        draft.key = { key: checkedKey(answer.key!, legacyId), source: answer.source };
        draft.moveFrom = legacyId;
        return;
      }
    }
  }
  if (provider.keyPageUrl) {
    if (canOpenBrowser(world)) {
      if (await d.confirm({ message: t().openKeyPage(provider.keyPageUrl), default: false, flag: '--api-key-stdin' })) {
        await openBrowser(world, provider.keyPageUrl, ctx.output);
      }
    } else {
      ctx.output.info(t().keysCreatedAt(provider.keyPageUrl));
    }
  }
  const raw = await promptForKey(d, local(provider.keyNoun), `--api-key-stdin${t().orSep}${keyFlagsFor(choice)[0]}`);
  const checked = validateKey(raw);
  draft.key = { key: checked.ok ? checked.key : raw.trim(), source: { kind: 'prompt' } };
  await offerPlanSwitch(draft, ctx, d);
}

/**
 * A key that carries another plan's mark (an `sk-sp-` key on Standard), or lacks the
 * mark its plan's keys carry, is said right after the paste, with an offer to switch
 * to the plan it belongs to; the endpoint and profile follow the switch.
 */
async function offerPlanSwitch(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const finding = keyFindings(draft.choice!, draft.key!.key!).find((f) => f.rule === 'key-of-other-plan' || f.rule === 'key-without-plan-mark');
  if (!finding || (finding.rule !== 'key-of-other-plan' && finding.rule !== 'key-without-plan-mark')) return;
  const right = findAuthChoice(finding.rightChoice)?.choice;
  if (!right?.plan || !draft.choice!.plan) return;
  ctx.output.warn(describeFinding(finding).message);
  const picked = await d.select({
    message: t().askSwitchPlan,
    flag: '--auth-choice',
    default: 'switch',
    choices: [
      { name: t().switchToPlan(planName(right.plan)), value: 'switch', description: right.id },
      { name: t().keepPlan(planName(draft.choice!.plan)), value: 'keep', description: draft.choice!.id },
    ],
  });
  if (picked !== 'switch') return;
  draft.provider = getProvider(right.provider);
  draft.plan = right.plan;
  draft.choice = right;
  draft.baseUrl = baseUrlForChoice(right, draft.region);
  draft.profileId = profileIdFor(right.provider, ctx.flags.profileId);
  ctx.output.info(t().switchedPlan(planName(right.plan), draft.baseUrl));
}

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

/** The chat model question's facts: the current default, the endpoint's catalog, and the default this endpoint would keep or pick. */
function chatModelFacts(draft: Draft, ctx: FlowContext) {
  const provider = draft.provider!;
  const current = primaryModel(ctx.config);
  const catalog = endpointChatCatalog(provider.id, draft.baseUrl, userModelIds(ctx.config, provider.id));
  const ofProvider = current && normalizeRef(current, ctx.config).startsWith(`${provider.id}/`) ? normalizeRef(current, ctx.config) : undefined;
  // A plan switch re-picks a default the new endpoint serves: the current one is kept only where it is served.
  // Rows in the config were written for the endpoint configured now: after a switch they opt nothing in on the new one.
  const configured = configuredBaseUrl(ctx.config, provider.id);
  const switching = configured !== undefined && configured !== draft.baseUrl;
  const optedIn = switching ? new Set<string>() : userModelIds(ctx.config, provider.id);
  const servedHere = (ref: string) => !chatModelFindings(provider.id, parseRef(ref)!.model, { baseUrl: draft.baseUrl, userModelIds: optedIn }).some((f) => f.rule === 'plan-only-model');
  const endpointDefault = provider.defaultModel && servedHere(provider.defaultModel) ? provider.defaultModel : catalog[0] ? `${provider.id}/${catalog[0].id}` : provider.defaultModel;
  const keepable = ofProvider && servedHere(ofProvider) ? ofProvider : undefined;
  const suggested = keepable ?? endpointDefault;
  return { provider, current, catalog, ofProvider, keepable, suggested, endpointDefault };
}

function settleChatModel(draft: Draft, ctx: FlowContext): boolean {
  const provider = draft.provider!;
  if (provider.chatModels.length === 0) {
    draft.chatModel = ctx.flags.model !== undefined ? resolveDefaultRef('chat', ctx.flags.model, ctx.config).ref : undefined;
    return true;
  }
  if (ctx.flags.model !== undefined) {
    const resolved = resolveDefaultRef('chat', ctx.flags.model, ctx.config);
    if (!resolved.known) ctx.output.warn(t().notInCatalog(resolved.ref, resolved.provider));
    draft.chatModel = resolved.ref;
    return true;
  }
  const { ofProvider, keepable, suggested, endpointDefault } = chatModelFacts(draft, ctx);
  const plan = draft.choice!.plan;
  if (ofProvider && !keepable && endpointDefault && plan) ctx.output.info(t().defaultNotServedHere(ofProvider, planName(plan), endpointDefault));
  if (ctx.dialogs) return false;
  // Keeping the current default is no write: a `models set` that lands while this command runs is not undone.
  draft.chatModel = keepable ? undefined : suggested;
  return true;
}

async function askChatModel(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const { provider, current, catalog, ofProvider, keepable, suggested } = chatModelFacts(draft, ctx);
  // What the endpoint said it serves, when `models list --refresh` asked it lately (no request from here).
  const { readCachedList } = await import('../probe/discovery.js');
  const cached = (await readCachedList(ctx.paths.stateDir, provider.id, draft.baseUrl!, ctx.world.now()))?.models;
  const served = cached && new Set(cached);
  const listed = new Set(catalog.map((m) => m.id));
  const rows = [...catalog.map((m) => ({ id: m.id, name: m.name, note: m.note ? local(m.note) : undefined })), ...(cached ?? []).filter((id) => !listed.has(id)).map((id) => ({ id, name: id, note: t().liveMark }))];
  const choices = rows.map((m) => {
    const ref = `${provider.id}/${m.id}`;
    const notServed = served && listed.has(m.id) && !served.has(m.id) ? t().notServedMark : undefined;
    const marks = [m.note, notServed, ref === current ? t().currentMark : undefined].filter(Boolean).join(t().listSep);
    return { name: marks ? `${ref}  (${marks})` : ref, value: ref, description: m.name };
  });
  if (current && (!ofProvider || keepable)) choices.unshift({ name: t().keepCurrent(current), value: KEEP, description: t().keepChatHint });
  const picked = await d.select({ message: t().askChatModel, flag: '--model', choices, default: current && current === suggested ? KEEP : suggested });
  draft.chatModel = picked === KEEP ? undefined : picked;
}

function videoModelFacts(draft: Draft, ctx: FlowContext) {
  const provider = draft.provider!;
  const servesVideo = endpointOf(provider.id, draft.baseUrl).servesVideo;
  const current = videoPrimaryModel(ctx.config);
  const ofProvider = current && normalizeRef(current, ctx.config).startsWith(`${provider.id}/`) ? normalizeRef(current, ctx.config) : undefined;
  return { provider, servesVideo, current, ofProvider };
}

function settleVideoModel(draft: Draft, ctx: FlowContext): boolean {
  const { flags } = ctx;
  const provider = draft.provider!;
  if (flags.videoModel !== undefined && flags.video === false) throw new UsageError(t().videoFlagsContradict);
  if (flags.videoModel !== undefined) {
    draft.videoModel = resolveDefaultRef('video', flags.videoModel, ctx.config).ref;
    return true;
  }
  if (flags.video === false) {
    draft.videoModel = null;
    return true;
  }
  draft.videoModel = undefined;
  if (videoCatalog(provider.id).length === 0) return true;
  if (ctx.dialogs) return false;
  const { servesVideo, ofProvider } = videoModelFacts(draft, ctx);
  if (servesVideo && !ofProvider) draft.videoModel = provider.defaultVideoModel;
  return true;
}

async function askVideoModel(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  const { provider, servesVideo, current, ofProvider } = videoModelFacts(draft, ctx);
  if (!servesVideo) {
    const video = provider.plans?.find((p) => p.servesVideo);
    ctx.output.info(t().videoNeedsPlan(video ? planName(video.id) : t().videoPlanFallback, planName(draft.choice?.plan)));
    const answer = await d.select<string>({
      message: t().askVideoModel,
      flag: `--video-model${t().orSep}--no-video`,
      choices: [
        { name: current ? t().keepCurrent(current) : t().skip, value: SKIP, description: current ? t().keepVideoHint : t().skipVideoHint },
        { name: t().setAnyway, value: ANYWAY, description: t().setAnywayHint },
        ...(current ? [{ name: t().removeCurrent(current), value: REMOVE, description: t().removeVideoHint }] : []),
      ],
      default: SKIP,
    });
    if (answer === SKIP) return;
    if (answer === REMOVE) {
      draft.videoModel = null;
      return;
    }
  }
  const models = endpointVideoCatalog(provider.id, draft.baseUrl).length ? endpointVideoCatalog(provider.id, draft.baseUrl) : videoCatalog(provider.id);
  const choices = models.map((m) => {
    const ref = `${provider.id}/${m.id}`;
    const label = local(m.label).replace(/ ?[(（](.*)[)）]$/, `${t().listSep}$1`);
    return { name: `${ref}  (${ref === current ? `${label}${t().listSep}${t().currentMark}` : label})`, value: ref };
  });
  if (current) choices.unshift({ name: t().keepCurrent(current), value: KEEP });
  choices.push({ name: current ? t().removeCurrent(current) : t().skip, value: current ? REMOVE : SKIP });
  const suggested = ofProvider ? KEEP : (provider.defaultVideoModel ?? choices[0]!.value);
  const picked = await d.select({ message: t().askVideoModel, flag: `--video-model${t().orSep}--no-video`, choices, default: current && !ofProvider ? KEEP : suggested });
  draft.videoModel = picked === KEEP || picked === SKIP ? undefined : picked === REMOVE ? null : picked;
}

/** The wizard offers the --verify probe before anything is written; a failure offers re-enter, save anyway or cancel. */
async function askKeyCheck(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  if (!(await d.confirm({ message: t().askKeyCheck, default: true, flag: '--verify' }))) return;
  const { verifyKey } = await import('./verify.js');
  const provider = draft.provider!;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = { chat: primaryModel(ctx.config) ? normalizeRef(primaryModel(ctx.config)!, ctx.config) : undefined, video: videoPrimaryModel(ctx.config) ? normalizeRef(videoPrimaryModel(ctx.config)!, ctx.config) : undefined };
    // A visible sign of life while the request runs (bounded by --verify-timeout).
    ctx.output.info(t().checkingKey(hostOf(draft.baseUrl!)));
    const verdict = await verifyKey(answersOf(draft), ctx.verifyTimeoutMs, ctx.deps.fetch, current);
    if (verdict.status === 'ok') {
      ctx.output.info(t().verified(verdict.model, String(verdict.latencyMs)));
      return;
    }
    // No answer (DNS, refused, timeout) is not a bad key: the key was not checked, and saving it is the default.
    const unreached = !verdict.reached;
    ctx.output.warn(unreached ? t().keyNotChecked(verdict.message) : t().keyCheckFailed(probeStatusWord(verdict.status), verdict.message));
    const next = await d.select({
      message: unreached ? t().askAfterUnreachedCheck : t().askAfterFailedCheck,
      flag: '--verify',
      default: unreached ? 'save' : 'again',
      choices: unreached
        ? [
            { name: t().saveWithoutChecking, value: 'save', description: t().saveWithoutCheckingHint },
            { name: t().checkAgain, value: 'retry', description: t().checkAgainHint },
            { name: t().reenterKey, value: 'again', description: t().reenterKeyHint },
            { name: t().cancel, value: 'cancel', description: t().cancelHint },
          ]
        : [
            { name: t().reenterKey, value: 'again', description: t().reenterKeyHint },
            { name: t().saveAnyway, value: 'save', description: t().saveAnywayHint },
            { name: t().cancel, value: 'cancel', description: t().cancelHint },
          ],
    });
    if (next === 'save') return;
    if (next === 'cancel') throw new CancelledError();
    if (next === 'retry') continue;
    const raw = await promptForKey(d, local(provider.keyNoun), `--api-key-stdin${t().orSep}${keyFlagsFor(draft.choice!)[0]}`);
    draft.key = { key: checkedKey(raw, t().thePrompt), source: { kind: 'prompt' } };
    draft.moveFrom = undefined;
  }
  ctx.output.info(t().checkedThreeTimes);
}

function settleDaemonEnv(draft: Draft, ctx: FlowContext): boolean {
  draft.writeDaemonEnv = ctx.flags.writeDaemonEnv;
  return draft.mode !== 'ref' || Boolean(ctx.flags.writeDaemonEnv) || !ctx.dialogs;
}

async function askDaemonEnv(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  draft.writeDaemonEnv = await d.confirm({
    message: t().askDaemonEnv(draft.refEnvVar!, ctx.paths.envFilePath),
    default: true,
    flag: '--write-daemon-env',
  });
}

async function settleSecretStore(draft: Draft, ctx: FlowContext): Promise<boolean> {
  draft.secretStore = ctx.flags.secretStore ?? 'auto';
  if (draft.key!.source.kind === 'profile' || (draft.mode ?? 'plaintext') !== 'plaintext' || ctx.flags.secretStore !== undefined || !ctx.dialogs) return true;
  // Known before asking: a keychain is only recommended where one answers (the probe is bounded).
  const probe = await (await ctx.deps.keychain()).probe({ readOnly: Boolean(ctx.flags.dryRun) });
  if (probe.ok) return false;
  ctx.output.info(t().noKeychainHere(keychainFailureWord(probe.reason), ctx.paths.authStorePath));
  draft.secretStore = 'file';
  return true;
}

async function askSecretStore(draft: Draft, ctx: FlowContext, d: Dialogs): Promise<void> {
  draft.secretStore = await d.select<SecretStoreChoice>({
    message: t().askSecretStore,
    flag: '--secret-store',
    choices: [
      { name: t().keychainRecommended, value: 'keychain', description: t().keychainChoiceHint },
      { name: t().profileStoreFile, value: 'file', description: ctx.paths.authStorePath },
    ],
    default: 'keychain',
  });
}

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

/** The flow's questions, in order. */
const QUESTIONS: readonly Question[] = [
  { id: 'provider', flag: () => '--auth-choice', what: () => t().askProvider, sources: ['command', 'flag'], settle: settleProvider, ask: askProvider },
  { id: 'plan', flag: () => '--auth-choice', what: () => t().askPlan, sources: ['flag', 'default'], settle: settlePlan, ask: askPlan },
  { id: 'region', flag: (draft) => (draft.flagChoice?.regionFlag ? '--region' : '--auth-choice'), what: () => t().askRegion, sources: ['flag', 'default'], settle: settleRegion, ask: askRegion },
  { id: 'endpoint', flag: () => '--base-url', what: () => t().labelEndpoint, sources: ['flag', 'default'], settle: settleEndpoint, ask: nothingToAsk },
  { id: 'key', flag: (draft) => keyFlagsFor(draft.choice!)[0] ?? '--api-key-stdin', what: () => t().labelKey, sources: ['flag', 'env', 'dotenv', 'store'], settle: settleKey, ask: askKey },
  { id: 'chat-model', flag: () => '--model', what: () => t().askChatModel, sources: ['flag', 'config', 'default'], settle: settleChatModel, ask: askChatModel },
  { id: 'video-model', flag: () => `--video-model${t().orSep}--no-video`, what: () => t().askVideoModel, sources: ['flag', 'config', 'default'], settle: settleVideoModel, ask: askVideoModel },
  { id: 'key-check', flag: () => '--verify', what: () => t().askKeyCheck, sources: ['flag'], settle: (draft, ctx) => !ctx.dialogs || Boolean(ctx.flags.verify) || !draft.key?.key, ask: askKeyCheck },
  { id: 'daemon-env', flag: () => '--write-daemon-env', what: () => t().labelEnvFile, sources: ['flag'], settle: settleDaemonEnv, ask: askDaemonEnv },
  { id: 'secret-store', flag: () => '--secret-store', what: () => t().askSecretStore, sources: ['flag', 'default'], settle: settleSecretStore, ask: askSecretStore },
];
/** Forward moves plus Esc-backs; far above any real run, so a stuck terminal cannot loop forever. */
const MAX_MOVES = 500;

/** The setup the wizard opens with: what is configured now, in one block, and how Esc works. */
function openingLines(ctx: FlowContext): string[] {
  const m = t();
  const c = ctx.output.errColor;
  const escLine = c.dim(m.escGoesBack);
  const current = currentSetup(ctx.config);
  if (!current) return [escLine];
  const p = current.provider;
  const plan = current.plan ? planName(current.plan) : undefined;
  const region = regionName(current.region);
  const profiles = Object.entries(ctx.credentials.state.store.profiles).filter(([, sp]) => sp.provider === p.id).map(([id]) => id);
  const label = labeller([m.labelProvider, m.labelEndpoint, m.labelProfile, m.labelModel, m.labelVideo]);
  return [
    c.bold(m.currentSetup),
    label(m.labelProvider, [p.label, plan, region].filter(Boolean).join(' · ')),
    ...(current.baseUrl ? [label(m.labelEndpoint, current.baseUrl)] : []),
    label(m.labelProfile, profiles.length ? profiles.join(', ') : m.noneStored),
    label(m.labelModel, current.model ?? m.notSet),
    label(m.labelVideo, current.video ?? m.notSet),
    m.preselectedNote,
    escLine,
  ];
}

/** Runs the questions; the wizard's confirmation is the last one (Esc there goes back too). */
export async function runOnboardingFlow(ctx: FlowContext): Promise<OnboardAnswers> {
  const draft: Draft = {};
  const opening = ctx.dialogs ? openingLines(ctx) : [];
  for (const line of opening) ctx.output.info(line);
  /** Where each step's answers start among the dialogs' answers, for the redraw after Esc. */
  const marks: number[] = [];
  const asked: number[] = [];
  let noticeShown = false;
  let i = 0;
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    try {
      if (i < QUESTIONS.length) {
        const question = QUESTIONS[i]!;
        marks[i] = ctx.dialogs?.mark() ?? 0;
        // Precedence: the flag and the other sources first; the person only for what they leave open.
        if (!(await question.settle(draft, ctx))) {
          if (!ctx.dialogs) throw new UsageError(t().noAnswer(question.what(), question.flag(draft)), t().noTerminalHint);
          await question.ask(draft, ctx, ctx.dialogs);
          asked.push(i);
        }
        if (i === 0 && draft.legacyChoiceId && !noticeShown) {
          ctx.output.info(t().deprecatedChoice(draft.legacyChoiceId, draft.choice!.id));
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
      ctx.dialogs?.rewind(marks[previous] ?? 0, opening);
    }
  }
  throw new UsageError(t().tooManySteps);
}

