import type { AuthChoice, Region } from '../catalog/types.js';

export type SecretInputMode = 'plaintext' | 'ref';
export type SecretStoreChoice = 'auto' | 'keychain' | 'file';

/** Where the key came from; decides what is stored and what the output says. */
export type KeySource =
  | { kind: 'flag'; flag: string }
  | { kind: 'stdin' }
  | { kind: 'env'; envVar: string }
  | { kind: 'prompt' }
  /** The key of a legacy-named profile of this provider (`qwen-portal:default` for qwen-oauth). */
  | { kind: 'legacy'; profileId: string }
  /** Reuse what the store already holds for this profile; the store is left as is. */
  | { kind: 'profile'; profileId: string; storage: 'file' | 'keychain' | 'env-ref'; envVar?: string };

export interface KeyAnswer {
  /** The secret, when known (undefined only for a reused keychain profile that was not read). */
  key?: string;
  source: KeySource;
}

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
