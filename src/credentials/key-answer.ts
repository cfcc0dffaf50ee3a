/** A key as the credential owner found it, with where it came from: that decides what is stored and what the output says. */

export type SecretInputMode = 'plaintext' | 'ref';
export type SecretStoreChoice = 'auto' | 'keychain' | 'file';

export type KeySource =
  | { kind: 'flag'; flag: string }
  | { kind: 'stdin' }
  | { kind: 'env'; envVar: string }
  /** A variable of `<state>/.env`, the file a Gateway daemon reads. */
  | { kind: 'dotenv'; envVar: string; path: string }
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

/** Where the key came from, for `--json` (fixed words). */
export function describeKeySource(key: KeyAnswer): string {
  switch (key.source.kind) {
    case 'flag':
      return `--${key.source.flag}`;
    case 'stdin':
      return 'stdin';
    case 'env':
      return key.source.envVar;
    case 'dotenv':
      return `${key.source.path} (${key.source.envVar})`;
    case 'prompt':
      return 'prompt';
    case 'profile':
      return `stored profile ${key.source.profileId}`;
    case 'legacy':
      return `legacy profile ${key.source.profileId}`;
  }
}
