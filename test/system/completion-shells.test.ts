/**
 * The generated scripts in the real shells (.ci/run installs bash-completion,
 * zsh and fish; under CI=true none of this may skip). A shim named `openclaw`
 * on PATH runs the built CLI, as an installed package would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { startTerminal } from '../helpers/tmux.js';

let home: TempHome;
let env: Record<string, string>;
let scripts: Record<'bash' | 'zsh' | 'fish', string>;

beforeAll(async () => {
  home = await tempHome('openclaw-completion-');
  const bin = path.join(home.dir, 'bin');
  await fs.mkdir(bin);
  await fs.writeFile(path.join(bin, 'openclaw'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`, { mode: 0o755 });
  env = { ...home.env, PATH: `${bin}:${process.env.PATH}` };
  // A configured custom model and a stored profile, so the dynamic candidates have something of the user's.
  const onboard = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file'], {
    env: { QWEN_API_KEY: 'sk-completion0123456789abcdWXYZ' },
  });
  expect(onboard.exitCode, onboard.stderr).toBe(0);
  const config = JSON.parse(await fs.readFile(home.configPath, 'utf8'));
  config.models.providers.mylab = { baseUrl: 'http://127.0.0.1:9/v1', api: 'openai-completions', models: [{ id: 'lab-model-1', name: 'Lab 1' }] };
  await fs.writeFile(home.configPath, JSON.stringify(config, null, 2));
  scripts = { bash: '', zsh: '', fish: '' };
  for (const shell of ['bash', 'zsh', 'fish'] as const) {
    const r = await openclaw(home, ['completion', '--shell', shell]);
    expect(r.exitCode, r.stderr).toBe(0);
    scripts[shell] = path.join(home.dir, `openclaw.${shell}`);
    await fs.writeFile(scripts[shell], `${r.stdout}\n`);
  }
});
afterAll(async () => {
  await home.cleanup();
});

const skipBash = skipWithout('bash') || (process.env.CI !== 'true' && !(await fs.access('/usr/share/bash-completion/bash_completion').then(() => true, () => false)));

describe.skipIf(skipBash)('bash', () => {
  /** Sets COMP_LINE/COMP_POINT/COMP_WORDS/COMP_CWORD as readline would for a cursor at the end, calls the function. */
  async function complete(line: string): Promise<string[]> {
    const script = `
      source /usr/share/bash-completion/bash_completion
      source "$SCRIPT"
      COMP_LINE=$LINE; COMP_POINT=\${#LINE}
      read -r -a COMP_WORDS <<<"$LINE"
      COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); [[ $LINE == *' ' ]] && COMP_CWORD=\${#COMP_WORDS[@]}
      complete -p openclaw >/dev/null || exit 3
      _openclaw
      printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = await execa('bash', ['--norc', '--noprofile', '-c', script], { env: { ...env, SCRIPT: scripts.bash, LINE: line }, extendEnv: false, timeout: 15_000 });
    return String(r.stdout).split('\n').filter(Boolean);
  }

  it('completes commands, flag values, model refs and profile ids', async () => {
    expect(await complete('openclaw mo')).toEqual(['models']);
    expect(await complete('openclaw models ')).toEqual(['list', 'set', 'set-video', 'status', 'auth']);
    // Bare `models` is `models status`: its flags complete there too.
    expect(await complete('openclaw models --probe-provider qwen-o')).toEqual(['qwen-oauth']);
    expect(await complete('openclaw onboard --auth-choice qwen-')).toEqual([
      'qwen-api-key',
      'qwen-api-key-cn',
      'qwen-standard-api-key',
      'qwen-standard-api-key-cn',
      'qwen-token-plan',
      'qwen-token-plan-cn',
      'qwen-oauth',
    ]);
    expect(await complete('openclaw onboard --auth-choice=modelstudio-api-key-')).toEqual(['modelstudio-api-key-cn']);
    const refs = await complete('openclaw models set qwen/');
    expect(refs).toContain('qwen/qwen3.5-plus');
    expect(refs).toContain('qwen/qwen3.8-max');
    expect(refs.every((r) => r.startsWith('qwen/'))).toBe(true);
    expect(await complete('openclaw models set qwen-token-plan/qwen3.8-')).toEqual(['qwen-token-plan/qwen3.8-max', 'qwen-token-plan/qwen3.8-flash']);
    expect(await complete('openclaw models set my')).toEqual(['mylab/lab-model-1']);
    expect(await complete('openclaw onboard --video-model alibaba/wan2.6-r')).toEqual(['alibaba/wan2.6-r2v', 'alibaba/wan2.6-r2v-flash']);
    expect(await complete('openclaw models list --provider qwen-')).toEqual(['qwen-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli']);
    expect(await complete('openclaw models list --provider my')).toEqual(['mylab']);
    // bash splits words at ":", so only the part after the colon is offered.
    expect(await complete('openclaw models auth logout qwen:')).toEqual(['default']);
    expect(await complete('openclaw completion --shell ')).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(await complete('openclaw models set qwen/glm-5 ')).toEqual([]);
  });

  it('an installed block is live in a new interactive bash', async () => {
    const install = await openclaw(home, ['completion', '--write-state', '--install', '--shell', 'bash', '--yes']);
    expect(install.exitCode, install.stderr).toBe(0);
    const r = await execa('bash', ['-i', '-c', 'complete -p openclaw'], { env, extendEnv: false, timeout: 15_000, reject: false, stdin: 'ignore' });
    expect(String(r.stdout)).toBe('complete -F _openclaw openclaw');
  });
});

describe.skipIf(skipWithout('fish'))('fish', () => {
  async function complete(line: string): Promise<string[]> {
    const r = await execa('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', scripts.fish, line], { env, extendEnv: false, timeout: 15_000 });
    return String(r.stdout)
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]!);
  }

  it('completes commands, flag values, model refs and profile ids', async () => {
    expect(await complete('openclaw mo')).toEqual(['models']);
    expect((await complete('openclaw onboard --auth-choice qwen-')).sort()).toEqual(
      ['qwen-api-key', 'qwen-api-key-cn', 'qwen-oauth', 'qwen-standard-api-key', 'qwen-standard-api-key-cn', 'qwen-token-plan', 'qwen-token-plan-cn'].sort(),
    );
    expect(await complete('openclaw onboard --auth-choice=qwen-o')).toEqual(['--auth-choice=qwen-oauth']);
    const refs = await complete('openclaw models set qwen/');
    expect(refs).toContain('qwen/kimi-k2.5');
    expect(refs.every((r) => r.startsWith('qwen/'))).toBe(true);
    expect(await complete('openclaw models auth logout qwen')).toEqual(['qwen:default']);
    expect(await complete('openclaw models list --pr')).toEqual(['--probe-timeout', '--provider']);
    expect(await complete('openclaw models list --re')).toEqual(['--refresh']);
  });
});

describe.skipIf(skipWithout('zsh', 'tmux'))('zsh (a real <Tab> in tmux)', () => {
  it('completes at the cursor through compinit', async () => {
    const zdotdir = path.join(home.dir, 'zdot');
    await fs.mkdir(zdotdir, { recursive: true });
    await fs.writeFile(path.join(zdotdir, '.zshrc'), `PROMPT='%% '\nautoload -Uz compinit && compinit -u -D\nsource ${scripts.zsh}\n`);
    const term = await startTerminal({ command: ['zsh', '-i'], env: { ...env, ZDOTDIR: zdotdir }, cwd: home.dir });
    try {
      await term.waitFor(/^% $/m);
      await term.type('openclaw mo');
      await term.send('Tab');
      await term.waitFor('% openclaw models ');
      await term.type('set qwen/kimi');
      await term.send('Tab');
      await term.waitFor('% openclaw models set qwen/kimi-k2.5 ');
      await term.send('C-u');
      await term.type('openclaw onboard --auth-choice qwen-standard-api-key-');
      await term.send('Tab');
      await term.waitFor('--auth-choice qwen-standard-api-key-cn ');
      await term.send('C-u');
      await term.type('openclaw models a');
      await term.send('Tab');
      await term.waitFor('% openclaw models auth ');
      await term.send('C-u');
      await term.type('openclaw models s');
      await term.send('Tab');
      // Ambiguous subcommands are listed with their descriptions.
      await term.waitFor(/set-video +-- Set the default video generation model/);
      await term.send('C-u');
      await term.type('openclaw onboard --auth-choice qwen-');
      await term.send('Tab');
      // Ambiguous: zsh lists the candidates under the line.
      const screen = await term.waitFor('qwen-standard-api-key-cn');
      for (const id of ['qwen-api-key', 'qwen-api-key-cn', 'qwen-oauth', 'qwen-standard-api-key', 'qwen-token-plan-cn']) expect(screen).toContain(id);
      expect(screen).not.toContain('alibaba-model-studio-api-key');
    } finally {
      await term.stop();
    }
  });
});
