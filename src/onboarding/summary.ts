/** One renderer for what onboarding will write or wrote: the wizard's summary, the dry run and the result. */
import type { ConfigChange } from '../config/onboard-patch.js';
import type { OpenclawPaths } from '../config/paths.js';
import { normalizeRef } from '../config/model-refs.js';
import { primaryModel, videoPrimaryModel, type ConfigJson } from '../config/agent-config.js';
import { maskSecret } from '../credentials/mask.js';
import { padEnd } from '../ui/table.js';
import type { ApplyResult } from './apply.js';
import type { KeyStorage } from './storage.js';
import { describeKeySource } from './key-sources.js';
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
      return [`${op} ${parent}.* (${members.length} keys)`];
    }
    return members.map((m) => `${m.op} ${m.path}`);
  });
}

export type SummaryStage = 'preview' | 'dry-run' | 'done';

function storageText(storage: KeyStorage | 'auto', answers: OnboardAnswers, paths: OpenclawPaths): string {
  switch (storage) {
    case 'file':
      return `in ${paths.authStorePath}`;
    case 'keychain':
      return `in the OS keychain (service openclaw, account ${answers.profileId})`;
    case 'env-ref':
      return `as a reference to $${answers.refEnvVar}`;
    case 'unchanged':
      return 'as before (store unchanged)';
    case 'auto':
      return `in the OS keychain if one answers, else ${paths.authStorePath}`;
  }
}

function videoLine(answers: OnboardAnswers, config: ConfigJson): string {
  const current = videoPrimaryModel(config);
  if (answers.videoModel === null) return current ? `removed (was ${current})` : 'not set';
  if (answers.videoModel) return answers.videoModel;
  return current ? `unchanged (${normalizeRef(current, config)})` : 'not set';
}

export interface SummaryInput {
  answers: OnboardAnswers;
  result: ApplyResult;
  paths: OpenclawPaths;
  config: ConfigJson;
  stage: SummaryStage;
  /** Where the key goes: the decided storage, or (before the keychain is asked) the requested store. */
  storage: KeyStorage | 'auto';
  daemonEnv: boolean;
}

export function summaryLines(s: SummaryInput): string[] {
  const { answers, result, paths } = s;
  const label = (name: string, value: string) => `  ${padEnd(name, 9)} ${value}`;
  const masked = answers.key.key ? maskSecret(answers.key.key) : '(stored)';
  const verb = s.stage === 'done' ? 'stored' : 'to be stored';
  const changes = result.configChanged.length;
  const lines = [
    label('Provider', answers.choice.label),
    label('Profile', answers.profileId),
    label('Key', `${masked} (from ${describeKeySource(answers.key)}), ${verb} ${storageText(s.storage, answers, paths)}`),
    label('Endpoint', answers.baseUrl),
    label('Model', answers.chatModel ?? (primaryModel(s.config) ? `unchanged (${normalizeRef(primaryModel(s.config)!, s.config)})` : 'not set')),
    label('Video', videoLine(answers, s.config)),
    label('Config', `${paths.configPath} (${changes === 0 ? 'already up to date' : `${changes} ${changes === 1 ? 'key' : 'keys'} ${s.stage === 'done' ? 'changed' : 'to change'}`})`),
  ];
  if (s.stage !== 'done') lines.push(...summarizeChanges(result.configChanged).map((c) => `    ${c}`));
  if (result.storeChanged) lines.push(label('Store', `${paths.authStorePath} (profile ${answers.profileId})`));
  if (s.daemonEnv) lines.push(label('Env file', `${paths.envFilePath} (${answers.refEnvVar}, for a Gateway daemon)`));
  return lines;
}
