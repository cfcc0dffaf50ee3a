import type { AuthChoice, Region } from '../catalog/types.js';

export type { KeyAnswer, KeySource, SecretInputMode, SecretStoreChoice } from '../credentials/key-answer.js';
import type { KeyAnswer, SecretInputMode, SecretStoreChoice } from '../credentials/key-answer.js';

/** Everything onboarding needs to write: the one flow produces it, whoever answered the questions. */
export interface OnboardAnswers {
  choice: AuthChoice;
  legacyChoiceId?: string;
  region?: Region;
  baseUrl: string;
  profileId: string;
  key: KeyAnswer;
  secretInputMode: SecretInputMode;
  /** In ref mode: the env var the keyRef names. */
  refEnvVar?: string;
  secretStore: SecretStoreChoice;
  /** Ref to set as default chat model; undefined keeps the current one. */
  chatModel?: string;
  /** Ref to set as default video model; undefined leaves it as it is, null removes it. */
  videoModel?: string | null;
  /** In ref mode: also write the env var to `<state>/.env` for a Gateway daemon. */
  writeDaemonEnv?: boolean;
  /** A legacy-named profile the person agreed to move to `profileId`: it is removed from the store and the config. */
  moveFrom?: string;
}
