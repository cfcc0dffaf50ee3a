import type { StoredProfile } from './profile-store.js';

/** The exec secret provider name under which the config resolves keychain items (`secrets.providers.keychain`). */
export const KEYCHAIN_PROVIDER = 'keychain';

export function keychainRef(profileId: string): NonNullable<StoredProfile['keyRef']> {
  return { source: 'exec', provider: KEYCHAIN_PROVIDER, id: profileId };
}

export function isKeychainRef(profile: StoredProfile | undefined): boolean {
  return profile?.keyRef?.source === 'exec' && profile.keyRef.provider === KEYCHAIN_PROVIDER;
}

/**
 * What `openclaw secrets resolve` needs from its environment to reach the OS
 * keychain. The Gateway runs an exec secret provider with only the names in
 * its `passEnv` (and its `env` map): on Linux the Secret Service is found
 * through the D-Bus session bus, `DBUS_SESSION_BUS_ADDRESS` or else
 * `$XDG_RUNTIME_DIR/bus`; macOS and Windows reach their keychains without any.
 */
export function keychainPassEnv(platform: NodeJS.Platform): string[] {
  return platform === 'darwin' || platform === 'win32' ? [] : ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'];
}

/** `secrets.providers.keychain` of the config: how a Gateway runs this CLI to read a keychain item. */
export function keychainExecProvider(execPath: string, entryPath: string, platform: NodeJS.Platform): Record<string, unknown> {
  const passEnv = keychainPassEnv(platform);
  return { source: 'exec', command: execPath, args: [entryPath, 'secrets', 'resolve'], jsonOnly: true, ...(passEnv.length ? { passEnv } : {}) };
}

export interface KeychainExecConfig {
  command?: unknown;
  args?: unknown;
  passEnv?: unknown;
  env?: unknown;
}

/** `secrets.providers.<name>` of a config: the exec provider a keyRef names, when it is configured. */
export function execProviderConfig(config: Record<string, unknown>, name: string): KeychainExecConfig | undefined {
  const exec = ((config.secrets as { providers?: Record<string, unknown> } | undefined)?.providers ?? {})[name];
  return typeof exec === 'object' && exec !== null && !Array.isArray(exec) ? (exec as KeychainExecConfig) : undefined;
}

/**
 * The names the Gateway would withhold from the resolver: those it needs on
 * this platform that neither `passEnv` nor the `env` map of the configured
 * provider gives it.
 */
export function keychainEnvGaps(exec: KeychainExecConfig | undefined, platform: NodeJS.Platform): string[] {
  const passEnv = Array.isArray(exec?.passEnv) ? exec.passEnv : [];
  const envMap = typeof exec?.env === 'object' && exec.env !== null ? (exec.env as Record<string, unknown>) : {};
  const needed = keychainPassEnv(platform);
  // Either variable lets the resolver find the session bus; both missing is the gap.
  const given = needed.filter((name) => passEnv.includes(name) || typeof envMap[name] === 'string');
  return given.length ? [] : needed;
}

/** The environment the Gateway gives the resolver: only `passEnv` names (from `env`) and the `env` map. */
export function gatewayResolverEnv(exec: KeychainExecConfig, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Array.isArray(exec.passEnv) ? exec.passEnv : []) {
    if (typeof name === 'string' && env[name] !== undefined) out[name] = env[name]!;
  }
  if (typeof exec.env === 'object' && exec.env !== null) {
    for (const [name, value] of Object.entries(exec.env as Record<string, unknown>)) if (typeof value === 'string') out[name] = value;
  }
  return out;
}
