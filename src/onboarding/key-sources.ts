/** Keys given on the command line or piped in, and how the flow asks for and names a key (where else one comes from: credentials/locate). */
import { UsageError } from '../errors.js';
import { local, t } from '../ui/i18n/index.js';
import { providerById } from '../catalog/registry.js';
import type { AuthChoice } from '../catalog/types.js';
import { validateKey } from '../credentials/key-format.js';
import { describeKeySource } from '../credentials/key-answer.js';
import { readAllStdin } from '../stdin.js';
import type { World } from '../world.js';
import type { Dialogs } from '../ui/dialogs.js';
import { keyFlags } from '../catalog/registry.js';
import type { GivenKeyFlag } from './flags.js';
import type { KeyAnswer } from './types.js';

const API_KEY_STDIN = {
  maxBytes: 64 * 1024,
  timeoutMs: 10_000,
  reader: '--api-key-stdin',
  ttyHint: 'printenv QWEN_API_KEY | openclaw onboard --api-key-stdin ...',
};

export function checkedKey(raw: string, where: string): string {
  const result = validateKey(raw);
  if (!result.ok) throw new UsageError(t().keyRefusedFrom(where, result.reason));
  return result.key;
}

/** A key given on the command line or piped in, if any. */
export async function explicitKey(keyFlag: GivenKeyFlag | undefined, apiKeyStdin: boolean | undefined, world: World): Promise<KeyAnswer | undefined> {
  if (keyFlag) {
    if (apiKeyStdin) throw new UsageError(t().keyFlagAndStdin(`--${keyFlag.flag}`));
    return { key: checkedKey(keyFlag.value, `--${keyFlag.flag}`), source: { kind: 'flag', flag: keyFlag.flag } };
  }
  if (apiKeyStdin) return { key: checkedKey(await readAllStdin(world.stdin, API_KEY_STDIN), 'stdin'), source: { kind: 'stdin' } };
  return undefined;
}

/** The flags that give a key for a choice: its own, and its provider's generic one. */
export function keyFlagsFor(choice: AuthChoice): string[] {
  return keyFlags()
    .filter((k) => k.choices.some((c) => c.id === choice.id))
    .map((k) => `--${k.flag}`);
}

export function missingKeyError(choice: AuthChoice): UsageError {
  const provider = providerById(choice.provider)!;
  const [own, ...generic] = keyFlagsFor(choice);
  const m = t();
  const envVars = provider.envVars.join(m.orSep);
  return new UsageError(
    m.missingKey(local(provider.keyNoun), choice.id),
    generic.length ? m.missingKeyHintGeneric(envVars, own!, generic.join(', ')) : m.missingKeyHint(envVars, own!),
  );
}

export function refModeNeedsEnv(choice: AuthChoice): UsageError {
  return new UsageError(t().refModeNoEnv(providerById(choice.provider)!.envVars.join(t().orSep)));
}

export function keySourceText(key: KeyAnswer): string {
  switch (key.source.kind) {
    case 'prompt':
      return t().sourcePrompt;
    case 'profile':
      return t().sourceStoredProfile(key.source.profileId);
    case 'legacy':
      return t().sourceLegacyProfile(key.source.profileId);
    case 'dotenv':
      return t().sourceDotenv(key.source.envVar, key.source.path);
    default:
      return describeKeySource(key);
  }
}

/** The masked key prompt: a refused paste is asked again, empty, with the reason (the dialogs do that). */
export function promptForKey(dialogs: Dialogs, keyNoun: string, flag: string): Promise<string> {
  return dialogs.password({
    message: t().pasteYour(keyNoun),
    flag,
    validate: (value) => {
      const result = validateKey(value);
      return result.ok ? true : t().pasteRefused(result.reason);
    },
  });
}
