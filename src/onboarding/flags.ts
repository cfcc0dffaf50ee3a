/**
 * The flags of `openclaw onboard` (and `models auth login`), as a spec: the
 * command declares them with these, and the flow reads them with the types
 * inferred from it.
 */
import { flag, negated, value, type OptionValues, type ValueOption } from '../commands/command.js';
import { local, t } from '../ui/i18n/index.js';
import { allAuthChoiceIds, authChoices, findAuthChoice, keyFlags, removedChoiceOwner, type KeyFlag } from '../catalog/registry.js';
import type { AuthChoice } from '../catalog/types.js';
import { UsageError } from '../errors.js';

export const onboardOptions = {
  nonInteractive: flag('neverPromptMissingAnswers'),
  authChoice: value('<id>', 'howAuthenticateSeeList', { values: allAuthChoiceIds }),
  apiKeyStdin: flag('readKeyStdin'),
  secretInputMode: value('<mode>', 'storeKeyReferenceEnv', { choices: ['plaintext', 'ref'] as const }),
  secretStore: value('<store>', 'wherePlaintextKeyGoes', { choices: ['auto', 'keychain', 'file'] as const }),
  profileId: value('<name>', 'profileNameDefaultDefault'),
  baseUrl: value('<url>', 'customEndpointBaseUrl'),
  region: value('<region>', 'regionChoiceTakesAlibaba', { choices: ['global', 'cn'] as const }),
  model: value('<ref>', 'defaultChatModel', { dynamic: 'chat-model' }),
  videoModel: value('<ref>', 'defaultVideoModel', { dynamic: 'video-model' }),
  video: negated('removeDefaultVideoModel'),
  writeDaemonEnv: flag('refModeAlsoWrite'),
  dryRun: flag('printPlannedChangesWrite'),
  json: flag('printJsonResultObject'),
  verify: flag('makeSmallLiveRequest'),
  verifyTimeout: value('<ms>', 'howLongKeyCheck'),
  mode: value('<mode>', 'gatewayModeAcceptedCompatibility', { choices: ['local'] as const, gateway: true }),
  acceptRisk: flag('', { hidden: true, gateway: true }),
  skipHealth: flag('', { hidden: true, gateway: true }),
  skipDaemon: flag('', { hidden: true, gateway: true }),
  installDaemon: flag('', { hidden: true, gateway: true }),
  noInstallDaemon: negated('', { hidden: true, gateway: true, long: '--no-install-daemon' }),
  skipChannels: flag('', { hidden: true, gateway: true }),
  skipSkills: flag('', { hidden: true, gateway: true }),
  skipSearch: flag('', { hidden: true, gateway: true }),
  skipUi: flag('', { hidden: true, gateway: true }),
  reset: flag('', { hidden: true, gateway: true }),
  workspace: value('<dir>', '', { hidden: true, gateway: true }),
  flow: value('<flow>', '', { hidden: true, gateway: true }),
  gatewayPort: value('<port>', '', { hidden: true, gateway: true }),
  gatewayBind: value('<bind>', '', { hidden: true, gateway: true }),
  gatewayAuth: value('<mode>', '', { hidden: true, gateway: true }),
  gatewayToken: value('<token>', '', { hidden: true, gateway: true }),
  gatewayPassword: value('<password>', '', { hidden: true, gateway: true }),
  remoteUrl: value('<url>', '', { hidden: true, gateway: true }),
  remoteToken: value('<token>', '', { hidden: true, gateway: true }),
  tailscale: value('<mode>', '', { hidden: true, gateway: true }),
  tailscaleResetOnExit: flag('', { hidden: true, gateway: true }),
  daemonRuntime: value('<runtime>', '', { hidden: true, gateway: true }),
  nodeManager: value('<manager>', '', { hidden: true, gateway: true }),
  skipBootstrap: flag('', { hidden: true, gateway: true }),
  // Today's (2026.9) Gateway-side onboarding flags: accepted so that automation written for it runs unchanged.
  classic: flag('', { hidden: true, gateway: true }),
  modern: flag('', { hidden: true, gateway: true }),
  tui: flag('', { hidden: true, gateway: true }),
  team: flag('', { hidden: true, gateway: true }),
  agentName: value('<name>', '', { hidden: true, gateway: true }),
  importFrom: value('<provider>', '', { hidden: true, gateway: true }),
  importSource: value('<path>', '', { hidden: true, gateway: true }),
  importSecrets: flag('', { hidden: true, gateway: true }),
  resetScope: value('<scope>', '', { hidden: true, gateway: true }),
  gatewayTokenRefEnv: value('<name>', '', { hidden: true, gateway: true }),
  skipHooks: flag('', { hidden: true, gateway: true }),
  suppressGatewayTokenOutput: flag('', { hidden: true, gateway: true }),
  token: value('<token>', '', { hidden: true, gateway: true }),
  tokenProvider: value('<id>', '', { hidden: true, gateway: true }),
  tokenProfileId: value('<id>', '', { hidden: true, gateway: true }),
  tokenExpiresIn: value('<duration>', '', { hidden: true, gateway: true }),
} as const;

export type OnboardFlags = OptionValues<typeof onboardOptions> & {
  /** Key flags by name (without dashes): the catalog decides which exist. */
  keys: Record<string, string | undefined>;
};

/** The key flags as value options, for the command tree: one per choice, plus each provider's generic flag. */
export function keyFlagOptions(): Record<string, ValueOption> {
  const out: Record<string, ValueOption> = {};
  for (const k of keyFlags()) {
    const provider = k.choices[0]!.provider;
    const choice = k.choices[0]!.id;
    out[k.flag] = {
      ...value('<key>', ''),
      help: () => (k.generic ? t().keyFlagGeneric(provider) : t().keyFlagChoice(choice)),
      englishHelp: k.generic ? `key for any ${provider} choice` : `key for ${choice} (prefer --api-key-stdin or the env var)`,
    };
  }
  return out;
}

export interface GivenKeyFlag extends KeyFlag {
  value: string;
}

export function keyFlagsGiven(flags: Pick<OnboardFlags, 'keys'>): GivenKeyFlag[] {
  return keyFlags().flatMap((k) => {
    const given = flags.keys[k.flag];
    return given === undefined ? [] : [{ ...k, value: given }];
  });
}

function choiceList(): string {
  return authChoices()
    .map((c) => c.id)
    .join(', ');
}

/** The auth choice from --auth-choice, or inferred from a single key flag; undefined when neither says. */
export function choiceFromFlags(flags: Pick<OnboardFlags, 'authChoice' | 'keys'>): { choice?: AuthChoice; legacyId?: string; keyFlag?: GivenKeyFlag } {
  const given = keyFlagsGiven(flags);
  let choice: AuthChoice | undefined;
  let legacyId: string | undefined;
  if (flags.authChoice !== undefined) {
    const asked = flags.authChoice.trim().toLowerCase();
    const removed = removedChoiceOwner(asked);
    if (removed) {
      const portal = authChoices().find((c) => c.provider !== removed.id && !c.plan && !c.regionFlag);
      const standard = authChoices().find((c) => c.provider === removed.id && c.plan && removed.plans?.find((p) => p.id === c.plan)?.servesVideo);
      throw new UsageError(
        t().removedChoice(removed.removedChoiceHint ? local(removed.removedChoiceHint) : t().removedLoginDefault, asked),
        portal && standard ? t().removedFixBoth(portal.id, standard.id) : portal ? t().removedFixPortal(portal.id) : standard ? t().removedFixKey(standard.id) : undefined,
      );
    }
    const found = findAuthChoice(asked);
    if (!found) throw new UsageError(t().unknownAuthChoice(flags.authChoice), t().validChoices(choiceList()));
    choice = found.choice;
    if (found.legacy) legacyId = asked;
  }
  if (given.length > 1) {
    const names = given.map((k) => `--${k.flag}`);
    throw new UsageError(choice ? t().oneKeyFlag(names.join(t().andSep)) : t().twoKeyFlags(names.join(', ')));
  }
  const keyFlag = given[0];
  if (keyFlag) {
    if (!choice) {
      choice = keyFlag.choices[0]!;
    } else if (!keyFlag.choices.some((c) => c.id === choice!.id)) {
      const generic = keyFlags().find((k) => k.generic && k.choices.some((c) => c.id === choice!.id));
      const right = `--${choice.keyFlag}${generic ? `${t().orSep}--${generic.flag}` : ''}`;
      throw new UsageError(t().keyFlagMismatch(`--${keyFlag.flag}`, choice.id, right));
    }
  }
  return { choice, legacyId, keyFlag };
}
