/**
 * A real terminal for tests: a tmux server on a private socket, one window
 * running a command, keys sent with send-keys and the screen read with
 * capture-pane. Every wait is bounded.
 *
 *   const term = await startTerminal({ command: ['node', BIN, 'onboard'], env, cwd });
 *   await term.waitFor('Which provider');
 *   await term.send('Enter');
 *   await term.stop();
 */
import { execa } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Terminal {
  /** send-keys arguments: literal text with `{ literal: true }`, else key names like 'Enter', 'Down', 'C-c', 'Tab'. */
  send(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  /** Pastes text as a terminal paste does (tmux load-buffer + paste-buffer): one burst of input. */
  paste(text: string): Promise<void>;
  /** The visible screen; with `escapes`, colour and attribute sequences included. */
  screen(opts?: { escapes?: boolean }): Promise<string>;
  /** Polls the screen until it matches, or throws with the last screen after `timeoutMs`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the command to end and returns its exit code (the window stays open via remain-on-exit). */
  exitCode(timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function startTerminal(opts: { command: string[]; env: Record<string, string>; cwd: string; width?: number; height?: number }): Promise<Terminal> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-tmux-'));
  const socket = path.join(dir, 'sock');
  const tmux = (args: string[]) => execa('tmux', ['-S', socket, ...args], { timeout: 10_000, stdin: 'ignore', env: { ...opts.env, TERM: 'xterm-256color' }, extendEnv: false });
  // The command runs through env(1) so it sees exactly opts.env, not the tmux server's environment.
  const envArgs = Object.entries(opts.env).map(([k, v]) => shellQuote(`${k}=${v}`));
  // The exit status goes to a file: tmux's pane_dead_status is not reliable across versions.
  const statusFile = path.join(dir, 'status');
  const commandLine = `${['env', '-i', ...envArgs, 'TERM=xterm-256color', ...opts.command.map(shellQuote)].join(' ')}; echo $? > ${shellQuote(statusFile)}`;
  const conf = path.join(dir, 'tmux.conf');
  // remain-on-exit keeps a finished pane readable (and its exit status); no status bar on the captured screen.
  await fs.writeFile(conf, 'set -g remain-on-exit on\nset -g status off\n');
  await tmux(['-f', conf, 'new-session', '-d', '-x', String(opts.width ?? 120), '-y', String(opts.height ?? 40), '-c', opts.cwd, 'sh', '-c', `${commandLine}`]);

  const screen = async (o: { escapes?: boolean } = {}) => String((await tmux(['capture-pane', '-p', '-J', ...(o.escapes ? ['-e'] : [])])).stdout);
  const term: Terminal = {
    async send(...keys) {
      await tmux(['send-keys', ...keys]);
    },
    async type(text) {
      await tmux(['send-keys', '-l', text]);
    },
    screen,
    async paste(text) {
      const file = path.join(dir, 'paste');
      await fs.writeFile(file, text);
      await tmux(['load-buffer', '-b', 'paste', file]);
      await tmux(['paste-buffer', '-d', '-b', 'paste']);
    },
    async waitFor(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      while (Date.now() < deadline) {
        last = await screen().catch(() => last);
        if (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last)) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}; screen:\n${last}`);
    },
    async exitCode(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const status = await fs.readFile(statusFile, 'utf8').catch(() => '');
        if (/^\d+\n$/.test(status)) return Number(status);
        await new Promise((res) => setTimeout(res, 50));
      }
      throw new Error(`command still running after ${timeoutMs} ms; screen:\n${await screen()}`);
    },
    async stop() {
      await tmux(['kill-server']).catch(() => undefined);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  return term;
}
