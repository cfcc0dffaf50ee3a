/**
 * A real Secret Service for tests: a private D-Bus session (dbus-run-session)
 * with gnome-keyring's secrets component, living in a temporary HOME.
 *
 *   const keyring = await startKeyring(home.dir);            // unlocked login keyring
 *   await openclaw(home, [...], { env: keyring.env });       // the CLI talks to it
 *   await keyring.stop();
 *
 * `locked: true` starts the daemon without unlocking, so every read asks for an
 * unlock prompt that nobody can answer.
 */
import { execa, type ResultPromise } from 'execa';
import path from 'node:path';

export interface KeyringSession {
  busAddress: string;
  /** Env overrides that point a child at this session's bus. */
  env: Record<string, string>;
  /** Runs secret-tool against this keychain (an independent reader); stdout and stderr interleaved, as search splits them. */
  /** secret-tool in the session; `input` is its stdin (the secret for `store`). */
  secretTool(args: string[], input?: string): Promise<{ exitCode: number; stdout: string }>;
  /** SIGSTOPs the Secret Service daemon (it stays on the bus but never answers); returns a function that resumes it. */
  freeze(): Promise<() => void>;
  stop(): Promise<void>;
}

const PREAMBLE = `
set -e
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/.keyring-run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
`;
const UNLOCK = `printf '%s' test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n`;
const START = `gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1\n`;
/** A first session creates the password-protected login keyring, so that a second one finds it locked. */
const CREATE_LOGIN_KEYRING = `${PREAMBLE}${UNLOCK}${START}printf x | secret-tool store --label=seed seed seed\n`;
const SERVE = (unlock: boolean) => `${PREAMBLE}${unlock ? UNLOCK : ''}${START}echo "BUS=$DBUS_SESSION_BUS_ADDRESS"\nexec sleep 600\n`;

export async function startKeyring(home: string, opts: { locked?: boolean } = {}): Promise<KeyringSession> {
  const env0 = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home };
  if (opts.locked) {
    await execa('dbus-run-session', ['--', 'bash', '-c', CREATE_LOGIN_KEYRING], { env: env0, extendEnv: false, stdin: 'ignore', timeout: 15_000 });
  }
  const child: ResultPromise = execa('dbus-run-session', ['--', 'bash', '-c', SERVE(!opts.locked)], {
    env: env0,
    extendEnv: false,
    detached: true,
    reject: false,
    stdin: 'ignore',
    timeout: 600_000,
  });
  const busAddress = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`keyring session did not start in 10 s: ${seen}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /^BUS=(.+)$/m.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void child.then((r) => {
      clearTimeout(timer);
      reject(new Error(`keyring session exited early: ${r.stderr}`));
    });
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: busAddress };
  return {
    busAddress,
    env,
    async secretTool(args, input) {
      const r = await execa('secret-tool', args, {
        env: { PATH: process.env.PATH ?? '', HOME: home, DBUS_SESSION_BUS_ADDRESS: busAddress, XDG_RUNTIME_DIR: path.join(home, '.keyring-run') },
        extendEnv: false,
        reject: false,
        timeout: 10_000,
        ...(input !== undefined ? { input } : { stdin: 'ignore' as const }),
        all: true,
      });
      return { exitCode: r.exitCode ?? -1, stdout: String(r.all) };
    },
    async freeze() {
      const r = await execa(
        'dbus-send',
        ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.GetConnectionUnixProcessID', 'string:org.freedesktop.secrets'],
        { env: { PATH: process.env.PATH ?? '', DBUS_SESSION_BUS_ADDRESS: busAddress }, extendEnv: false, timeout: 10_000, stdin: 'ignore' },
      );
      const pid = Number(/uint32 (\d+)/.exec(String(r.stdout))?.[1]);
      if (!pid) throw new Error(`no Secret Service pid in: ${r.stdout}`);
      process.kill(pid, 'SIGSTOP');
      return () => process.kill(pid, 'SIGCONT');
    },
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([child, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}
