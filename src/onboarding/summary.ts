/** One renderer for what onboarding will write or wrote: the wizard's summary, the dry run and the result. */
import type { ConfigChange } from '../config/onboard-patch.js';
import type { OpenclawPaths } from '../config/paths.js';
import { normalizeRef } from '../config/model-refs.js';
import { primaryModel, videoPrimaryModel, type ConfigJson } from '../config/agent-config.js';
import { maskSecret, scrubSecrets } from '../credentials/mask.js';
import { labeller, tildify, wrapWords } from '../ui/table.js';
import { local, t } from '../ui/i18n/index.js';
import type { KeyStorage, SavePlan } from '../credentials/lifecycle.js';
import { keySourceText } from './key-sources.js';
import type { OnboardAnswers } from './types.js';

/**
 * Changed key paths, each marked `+` new, `~` changed, `-` removed. A run of
 * more than `limit` paths under one three-segment parent (the allowlist
 * entries, say) is one line with a count, so the summary fits one screen.
 */
export function summarizeChanges(changes: readonly ConfigChange[], limit = 3): string[] {
  const groups = new Map<string, ConfigChange[]>();
  for (const change of changes) {
    const parent = change.path.split('.').slice(0, 3).join('.');
    groups.set(parent, [...(groups.get(parent) ?? []), change]);
  }
  return [...groups].flatMap(([parent, members]) => {
    if (members.length > limit && members.every((m) => m.path !== parent)) {
      const op = members.every((m) => m.op === members[0]!.op) ? members[0]!.op : '~';
      return [`${op} ${parent}.* ${t().foldedKeys(String(members.length))}`];
    }
    return members.map((m) => `${m.op} ${m.path}${valueChange(m)}`);
  });
}

const isValue = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** `: old → new` for one changed value, `: new` for an added one; masked where a remembered secret shows. */
function valueChange(change: ConfigChange): string {
  const shown = (v: string | number | boolean) => scrubSecrets(typeof v === 'string' ? v : JSON.stringify(v));
  if (change.op === '~' && isValue(change.from) && isValue(change.to)) return `: ${shown(change.from)} → ${shown(change.to)}`;
  if (change.op === '+' && isValue(change.to)) return `: ${shown(change.to)}`;
  return '';
}

export type SummaryStage = 'preview' | 'dry-run' | 'done';

function storageText(storage: KeyStorage | 'auto', answers: OnboardAnswers, paths: OpenclawPaths): string {
  const m = t();
  switch (storage) {
    case 'file':
      return m.storageInFile(paths.authStorePath);
    case 'keychain':
      return m.storageInKeychain(answers.profileId);
    case 'env-ref':
      return m.storageAsRef(String(answers.refEnvVar));
    case 'unchanged':
      return m.storageUnchanged;
    case 'auto':
      return m.storageAuto(paths.authStorePath);
  }
}

function videoLine(answers: OnboardAnswers, config: ConfigJson): string {
  const current = videoPrimaryModel(config);
  const m = t();
  if (answers.videoModel === null) return current ? m.removedWas(current) : m.notSetPlain;
  if (answers.videoModel) return answers.videoModel;
  return current ? m.unchangedRef(normalizeRef(current, config)) : m.notSetPlain;
}

/** The key a save replaces, masked: a person sees which one goes before it goes. */
export function replacedText(r: NonNullable<SavePlan['replaces']>): string {
  const m = t();
  if (r.masked) return m.replacesKey(r.masked, r.profileId);
  if (r.storage === 'env-ref') return m.replacesRef(String(r.envVar), r.profileId);
  return m.replacesKeychainItem(r.profileId);
}

export interface SummaryInput {
  answers: OnboardAnswers;
  plan: SavePlan;
  paths: OpenclawPaths;
  config: ConfigJson;
  stage: SummaryStage;
  /** Where the key goes: the decided storage, or (before the keychain is asked) the requested store. */
  storage: KeyStorage | 'auto';
  daemonEnv: boolean;
  /** The home directory, written `~` in paths (people's view only). */
  home?: string;
  /** The display width to wrap at (the terminal's), when there is one. */
  width?: number;
}

export function summaryLines(s: SummaryInput): string[] {
  const { answers, plan } = s;
  const tilde = (file: string) => tildify(file, s.home);
  const paths = { ...s.paths, configPath: tilde(s.paths.configPath), authStorePath: tilde(s.paths.authStorePath), envFilePath: tilde(s.paths.envFilePath) };
  const m = t();
  const label = labeller([m.labelProvider, m.labelProfile, m.labelKey, m.labelEndpoint, m.labelModel, m.labelVideo, m.labelConfig, m.labelStore, m.labelEnvFile]);
  const masked = answers.key.key ? maskSecret(answers.key.key) : m.stored;
  const keyLine = s.stage === 'done' ? m.keyStored : m.keyToBeStored;
  const changes = plan.configChanged.length;
  const configLine = changes === 0 ? m.configUpToDate(paths.configPath) : (s.stage === 'done' ? m.configChanged : m.configToChange)(paths.configPath, String(changes));
  const lines = [
    label(m.labelProvider, local(answers.choice.label)),
    label(m.labelProfile, answers.profileId),
    label(m.labelKey, keyLine(masked, keySourceText(answers.key), storageText(s.storage, answers, paths))),
    ...(plan.replaces ? [label('', replacedText(plan.replaces))] : []),
    label(m.labelEndpoint, answers.baseUrl),
    label(m.labelModel, answers.chatModel ?? (primaryModel(s.config) ? m.unchangedRef(normalizeRef(primaryModel(s.config)!, s.config)) : m.notSetPlain)),
    label(m.labelVideo, videoLine(answers, s.config)),
    label(m.labelConfig, configLine),
  ];
  if (s.stage !== 'done') lines.push(...summarizeChanges(plan.configChanged).map((c) => `    ${c}`));
  if (plan.storeChanged) lines.push(label(m.labelStore, m.storeLine(paths.authStorePath, answers.profileId)));
  if (s.daemonEnv) lines.push(label(m.labelEnvFile, m.envFileLine(paths.envFilePath, String(answers.refEnvVar))));
  return lines.flatMap((line) => wrapWords(line, s.width, line.startsWith('    ') ? 6 : label.valueColumn));
}
