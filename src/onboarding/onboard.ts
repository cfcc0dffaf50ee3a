/** `openclaw onboard`: the flow's answers, the key check, then one write of keychain, store, config and .env. */
import { CliError, ExitCode } from '../errors.js';
import { local, t } from '../ui/i18n/index.js';
import { canPrompt, type World } from '../world.js';
import type { Deps } from '../deps.js';
import { primaryModel, videoPrimaryModel } from '../config/agent-config.js';
import { normalizeRef } from '../config/model-refs.js';
import { openCredentials, type KeyStorage, type SaveRequest } from '../credentials/lifecycle.js';
import { pluginInstall } from '../config/gateway-plugins.js';
import { getProvider } from '../catalog/registry.js';
import { maskSecret } from '../credentials/mask.js';
import { createOutput } from '../ui/output.js';
import { tildify } from '../ui/table.js';
import { requestTimeout } from '../probe/timeout.js';
import { probeStatusWord } from '../ui/i18n/terms.js';
import type { OnboardFlags } from './flags.js';
import { Declined, hostOf, runOnboardingFlow, type FlowContext } from './flow.js';
import { summaryLines } from './summary.js';
import { describeKeySource } from '../credentials/key-answer.js';
import type { OnboardAnswers } from './types.js';

/** The save the answers ask for: one request, planned for the preview and written by the credential owner. */
function saveRequest(answers: OnboardAnswers, storage: KeyStorage, daemonEnv?: { name: string; value: string }): SaveRequest {
  return {
    provider: answers.choice.provider,
    profileId: answers.profileId,
    key: answers.key,
    storage,
    refEnvVar: answers.refEnvVar,
    moveFrom: answers.moveFrom,
    setup: { baseUrl: answers.baseUrl, chatModel: answers.chatModel, videoModel: answers.videoModel },
    daemonEnv,
  };
}

export async function runOnboarding(flags: OnboardFlags, world: World, deps: Deps, gatewayFlags: readonly string[] = [], provider?: string): Promise<number> {
  const output = createOutput(world);
  // Checked whether or not a key check runs: a typo in a script is said at once.
  const verifyTimeoutMs = requestTimeout(flags.verifyTimeout, '--verify-timeout');
  // The answers are worked out from this read; the write reads again under the lock (and reuses this parse if nothing changed).
  const credentials = await openCredentials(world, deps, { forEdit: true });
  const { config, stores } = credentials.state;
  const agentPaths = credentials.paths;
  // What people are told is where the key is kept: for today's Gateway, its database.
  const paths = { ...agentPaths, authStorePath: stores.profiles.location };
  if (gatewayFlags.length) output.info(t().gatewayFlagsIgnored(gatewayFlags.join(', ')));
  const dryRun = Boolean(flags.dryRun);
  const interactive = !flags.nonInteractive && canPrompt(world);
  const dialogs = interactive ? await deps.dialogs(world) : undefined;

  const ctx: FlowContext = {
    world,
    output,
    paths,
    config,
    credentials,
    flags,
    deps,
    dialogs,
    provider,
    verifyTimeoutMs,
    confirm: dialogs
      ? async (answers) => {
          // The keychain is not written for a preview: whether the key lands there or in the file, the store changes alike.
          const planned: KeyStorage = answers.key.source.kind === 'profile' ? 'unchanged' : answers.secretInputMode === 'ref' ? 'env-ref' : 'file';
          const plan = await credentials.plan(saveRequest(answers, planned));
          // Nothing would change: said, and not asked.
          if (plan.configChanged.length === 0 && !plan.storeChanged && !plan.keychain.set && !plan.keychain.remove && !answers.writeDaemonEnv) {
            output.info(t().nothingToChange(tildify(paths.configPath, world.homedir)));
            return false;
          }
          // The summary says where the key will go as asked for (the keychain is only asked at the write).
          const storage = planned === 'file' ? answers.secretStore : planned;
          output.info('');
          output.info(output.errColor.bold(t().summaryTitle));
          for (const line of summaryLines({ answers, plan, paths, config, stage: 'preview', storage, daemonEnv: Boolean(answers.writeDaemonEnv), home: world.homedir, width: world.stderr.columns })) output.info(line);
          return dialogs.confirm({ message: t().confirmWrite, default: true, flag: '--non-interactive' });
        }
      : undefined,
  };

  let answers: OnboardAnswers;
  try {
    answers = await runOnboardingFlow(ctx);
  } catch (error) {
    if (error instanceof Declined) {
      output.out(t().nothingWritten);
      return ExitCode.ok;
    }
    throw error;
  }

  const decision = await credentials.storage(answers.key, answers.secretInputMode, answers.secretStore, answers.profileId, { dryRun });
  if (decision.notice) output.info(decision.notice);
  if (answers.key.key === undefined && decision.keychain && answers.key.source.kind === 'profile') {
    answers.key.key = await decision.keychain.get(answers.profileId);
  }

  const currentRef = (ref: string | undefined) => (ref ? normalizeRef(ref, config) : null);
  if (flags.verify) {
    const { verifyKey } = await import('./verify.js');
    const current = { chat: currentRef(primaryModel(config)) ?? undefined, video: currentRef(videoPrimaryModel(config)) ?? undefined };
    output.info(t().checkingKey(hostOf(answers.baseUrl)));
    const verdict = await verifyKey(answers, verifyTimeoutMs, deps.fetch, current);
    if (verdict.status !== 'ok') throw new CliError(verdict.reached ? t().verificationFailed(probeStatusWord(verdict.status), verdict.message) : t().keyNotChecked(verdict.message), ExitCode.failure, t().nothingWritten);
    output.info(t().verified(verdict.model, String(verdict.latencyMs)));
  }

  const daemonEnv = Boolean(answers.writeDaemonEnv && answers.secretInputMode === 'ref' && answers.refEnvVar && answers.key.key);
  if (answers.writeDaemonEnv && !daemonEnv) output.warn(t().daemonEnvOnlyRef);
  const plan = await credentials.save(saveRequest(answers, decision.storage, daemonEnv ? { name: answers.refEnvVar!, value: answers.key.key! } : undefined), { dryRun });

  const today = stores.target.generation === 'today';
  const spec = getProvider(answers.choice.provider);
  const plugin = today && spec.externalPluginPackage ? { id: spec.pluginId, ...(await pluginInstall(agentPaths, config, spec.pluginId)), installCommand: `openclaw plugins install ${spec.externalPluginPackage}` } : undefined;
  const keyMasked = answers.key.key ? maskSecret(answers.key.key) : '(stored)'; // --json: fixed words
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
      key: { masked: keyMasked, source: describeKeySource(answers.key), storage: decision.storage },
      model: answers.chatModel ?? currentRef(primaryModel(config)),
      videoModel: answers.videoModel === null ? null : (answers.videoModel ?? currentRef(videoPrimaryModel(config))),
      files: { config: paths.configPath, authStore: paths.authStorePath, ...(daemonEnv ? { daemonEnv: paths.envFilePath } : {}) },
      changed: plan.configChanged.map((c) => c.path),
      storeChanged: plan.storeChanged,
      ...(plan.replaces ? { replaces: { profileId: plan.replaces.profileId, storage: plan.replaces.storage, masked: plan.replaces.masked ?? null, envVar: plan.replaces.envVar ?? null } } : {}),
      order: plan.order ?? null,
      otherProfiles: plan.otherProfiles,
      gateway: { generation: stores.target.generation, version: stores.target.version ?? null, reason: stores.target.reason },
      ...(plugin ? { plugin } : {}),
    });
    return ExitCode.ok;
  }
  const c = output.color;
  const said = dryRun ? t().wouldOnboard : t().onboarded;
  output.out(`${c.green('✓')} ${said(local(answers.choice.label), c.bold(answers.profileId))}`);
  for (const line of summaryLines({ answers, plan, paths, config, stage: dryRun ? 'dry-run' : 'done', storage: decision.storage, daemonEnv, home: world.stdout.isTTY ? world.homedir : undefined, width: world.stdout.isTTY ? world.stdout.columns : undefined })) output.out(line);
  if (plan.otherProfiles.length) output.out(t().sharedEndpoint(plan.otherProfiles.join(', '), answers.baseUrl));
  if (dryRun) output.out(t().dryRunNothingWritten);
  if (plugin?.installed) output.info(t().pluginInstalled(plugin.id, plugin.version ?? '?'));
  if (plugin && !plugin.installed) {
    output.warn(t().pluginMissing(plugin.id));
    output.info(t().pluginInstallHint(plugin.installCommand));
  }
  if (today && spec.retiredTodayFor) output.info(t().portalRetired(spec.retiredTodayFor));
  output.out(t().nextStep(answers.choice.provider));
  return ExitCode.ok;
}
