import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { modeOf, openclaw, ROOT, tempHome, type TempHome } from '../helpers/cli.js';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(async () => {
  await home.cleanup();
});

const FILES = { bash: 'openclaw.bash', zsh: 'openclaw.zsh', fish: 'openclaw.fish', powershell: 'openclaw.ps1' } as const;
const START = '# >>> openclaw completion >>>';

describe('openclaw completion', () => {
  it.each(Object.entries(FILES))('the committed completions/%s script is what the command tree generates', async (shell, file) => {
    const r = await openclaw(home, ['completion', '--shell', shell]);
    expect(r.exitCode, r.stderr).toBe(0);
    const committed = await fs.readFile(path.join(ROOT, 'completions', file), 'utf8');
    // execa strips the final newline of stdout.
    expect(`${r.stdout}\n`, `completions/${file} is out of date: run npm run completions`).toBe(committed);
  });

  it('the scripts carry every command, flag and fixed value of the tree', async () => {
    const bash = (await openclaw(home, ['completion', '--shell', 'bash'])).stdout;
    for (const word of ['set-video', 'logout', '--secret-store', '--probe-provider', 'modelstudio-standard-api-key-cn', 'qwen-portal', 'powershell', '@chat-model', '@profile']) {
      expect(bash).toContain(word);
    }
    expect(bash).not.toContain('--accept-risk');
    expect(bash).not.toContain('__complete\n');
    const ps = (await openclaw(home, ['completion', '--shell', 'powershell'])).stdout;
    expect(ps).toContain("'onboard|--auth-choice' = @('qwen-api-key'");
    expect(ps).toContain('Register-ArgumentCompleter -Native -CommandName openclaw');
  });

  it('takes the shell from $SHELL, and says what to pass when it cannot', async () => {
    const zsh = await openclaw(home, ['completion'], { env: { SHELL: '/usr/bin/zsh' } });
    expect(zsh.stdout.startsWith('#compdef openclaw')).toBe(true);
    const pwsh = await openclaw(home, ['completion'], { env: { SHELL: '/opt/microsoft/powershell/7/pwsh' } });
    expect(pwsh.stdout).toContain('Register-ArgumentCompleter');
    const unknown = await openclaw(home, ['completion'], { env: { SHELL: '/bin/tcsh' } });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('No completion for the shell "tcsh"');
    expect(unknown.stderr).toContain('--shell bash|zsh|fish|powershell');
    const bad = await openclaw(home, ['completion', '--shell', 'tcsh']);
    expect(bad.exitCode).toBe(2);
  });

  it('--write-state caches every script under <state>/completions', async () => {
    const r = await openclaw(home, ['completion', '--write-state']);
    expect(r.exitCode, r.stderr).toBe(0);
    for (const file of Object.values(FILES)) {
      const cached = path.join(home.stateDir, 'completions', file);
      expect(r.stdout).toContain(`Wrote ${cached}`);
      expect(await fs.readFile(cached, 'utf8')).toBe(await fs.readFile(path.join(ROOT, 'completions', file), 'utf8'));
    }
    expect(await modeOf(home.stateDir)).toBe('700');
  });

  it('--install without a cache names the fix and writes nothing', async () => {
    const r = await openclaw(home, ['completion', '--install', '--shell', 'bash', '--yes']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('No cached bash completion script');
    expect(r.stderr).toContain('--write-state');
    expect(await home.exists('.bashrc')).toBe(false);
  });

  it('--install without a terminal needs --yes', async () => {
    expect((await openclaw(home, ['completion', '--write-state'])).exitCode).toBe(0);
    const r = await openclaw(home, ['completion', '--install', '--shell', 'zsh']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(await home.exists('.zshrc')).toBe(false);
  });

  it('--install twice leaves one block, keeps the rest of the profile and its mode', async () => {
    await fs.writeFile(path.join(home.dir, '.bashrc'), '# my bashrc\nalias ll="ls -l"\n', { mode: 0o640 });
    await fs.chmod(path.join(home.dir, '.bashrc'), 0o640);
    const first = await openclaw(home, ['completion', '--write-state', '--install', '--shell', 'bash', '--yes']);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Added the openclaw completion block to ${path.join(home.dir, '.bashrc')}`);
    const cached = path.join(home.stateDir, 'completions', 'openclaw.bash');
    const expected = `# my bashrc\nalias ll="ls -l"\n\n${START}\n[ -f '${cached}' ] && . '${cached}'\n# <<< openclaw completion <<<\n`;
    expect(await home.read('.bashrc')).toBe(expected);
    const second = await openclaw(home, ['completion', '--install', '--shell', 'bash', '--yes']);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('already sources');
    expect(await home.read('.bashrc')).toBe(expected);
    expect(await modeOf(path.join(home.dir, '.bashrc'))).toBe('640');
  });

  it('--install picks each shell profile: .bash_profile, $ZDOTDIR/.zshrc, fish config.fish, the PowerShell profile', async () => {
    expect((await openclaw(home, ['completion', '--write-state'])).exitCode).toBe(0);
    await fs.writeFile(path.join(home.dir, '.bash_profile'), 'export A=1\n');
    const cases: [string, string, Record<string, string>][] = [
      ['bash', '.bash_profile', {}],
      ['zsh', 'zdot/.zshrc', { ZDOTDIR: path.join(home.dir, 'zdot') }],
      ['fish', '.config/fish/config.fish', {}],
      ['powershell', '.config/powershell/Microsoft.PowerShell_profile.ps1', {}],
    ];
    for (const [shell, rel, env] of cases) {
      const r = await openclaw(home, ['completion', '--install', '--shell', shell, '--yes'], { env });
      expect(r.exitCode, r.stderr).toBe(0);
      const text = await home.read(rel);
      expect(text.split(START)).toHaveLength(2);
      expect(text).toContain(path.join(home.stateDir, 'completions', FILES[shell as keyof typeof FILES]));
    }
    expect(await home.read('.bash_profile')).toMatch(/^export A=1\n\n# >>> openclaw completion >>>/);
    expect(await home.read('.config/fish/config.fish')).toContain("test -f '");
  });

  it('__complete answers from the catalog and the config, and writes nothing', async () => {
    const none = await openclaw(home, ['__complete', 'chat-model']);
    expect(none.exitCode).toBe(0);
    expect(none.stdout.split('\n')).toContain('qwen/qwen3.5-plus');
    expect(await home.exists('.openclaw')).toBe(false);
    await fs.mkdir(home.stateDir, { recursive: true });
    await fs.writeFile(home.configPath, '// hand-edited\n{ agents: { defaults: { models: { "lab/x-1": { alias: "Lab" } } } }, }\n');
    const refs = (await openclaw(home, ['__complete', 'chat-model'])).stdout.split('\n');
    expect(refs).toContain('lab/x-1');
    expect(refs).toContain('Lab');
    const video = (await openclaw(home, ['__complete', 'video-model'])).stdout.split('\n');
    expect(video).toContain('alibaba/wan2.7-r2v');
    expect(video).not.toContain('qwen/qwen3.5-plus');
    await fs.writeFile(home.configPath, '{ broken');
    const broken = await openclaw(home, ['__complete', 'chat-model']);
    expect(broken.exitCode).toBe(0);
    expect(broken.stderr).toBe('');
    expect(broken.stdout.split('\n')).toContain('qwen/kimi-k2.5');
    expect((await openclaw(home, ['__complete', 'nonsense'])).stdout).toBe('');
    expect(await fs.readdir(home.stateDir)).toEqual(['openclaw.json']);
  });
});
