import type { Keychain } from './credentials/keychain.js';
import type { Dialogs } from './ui/dialogs.js';
import type { World } from './world.js';

/**
 * What commands reach outside the world through: the keychain, the person at
 * the terminal, the network. Tests pass doubles; the defaults load their
 * modules only when first used.
 */
export interface Deps {
  keychain(): Promise<Keychain>;
  dialogs(world: World): Promise<Dialogs>;
  fetch: typeof fetch;
}

export function defaultDeps(overrides: Partial<Deps> = {}): Deps {
  let keychain: Promise<Keychain> | undefined;
  return {
    keychain: () => (keychain ??= import('./credentials/keychain.js').then((m) => m.systemKeychain())),
    dialogs: async (world) => (await import('./ui/dialogs.js')).createDialogs(world),
    fetch: (...args) => fetch(...args),
    ...overrides,
  };
}
