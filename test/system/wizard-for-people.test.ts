/**
 * The wizard for people (SPEC §4), in a real terminal, in English and in
 * Japanese: Esc from the key back to the region, a key check that cannot reach
 * its host, a key of another plan caught at the paste, a plan switch that
 * re-picks the default. The expected words come from each locale's catalog.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { loadMessages, type Messages } from '../../src/ui/i18n/index.js';

const STANDARD_KEY = 'sk-people0123456789abcdeWXYZ';
const CODING_KEY = 'sk-sp-people0123456789abcWXYZ';

let home: TempHome;
let term: Terminal | undefined;
beforeEach(async () => {
  home = await tempHome('openclaw-people-');
});
afterEach(async () => {
  await term?.stop();
  term = undefined;
  await home.cleanup();
});

const LOCALES = [
  { name: 'English', locale: 'en', env: { LANG: 'C.UTF-8' } },
  { name: 'Japanese', locale: 'ja', env: { LANG: 'ja_JP.UTF-8', LC_CTYPE: 'C.UTF-8' } },
] as const;

async function wizard(env: Record<string, string>, args: string[]): Promise<Terminal> {
  term = await startTerminal({ command: [process.execPath, BIN, 'onboard', ...args], env: { ...home.env, ...env }, cwd: home.dir });
  return term;
}

/** The longest stretch of a message between its placeholders: words a screen shows whatever the values (never empty). */
function first(f: (...a: string[]) => string, n: number): string {
  const parts = f(...Array.from({ length: n }, (_, i) => `⟦${i}⟧`)).split(/⟦\d+⟧/).map((part) => part.trim());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 3) throw new Error(`no fixed words in ${JSON.stringify(parts)}`);
  return longest;
}
/** The last steps when a test is about what came before: no key check, write, exit 0. */
async function skipCheckAndWrite(t: Terminal, m: Messages): Promise<void> {
  await t.waitFor(m.askKeyCheck);
  await t.send('n', 'Enter');
  await t.waitFor(m.confirmWrite);
  await t.send('Enter');
  await t.waitFor(first(m.nextStep, 1));
  expect(await t.exitCode()).toBe(0);
}

const say = <A extends string[]>(f: (...a: A) => string, ...args: A) => f(...args);

describe.skipIf(skipWithout('tmux'))('the wizard for people', () => {
  describe.each(LOCALES)('$name', ({ locale, env }) => {
    let m: Messages;
    beforeEach(async () => {
      m = await loadMessages(locale);
    });

    it('Esc at the key question goes back to the region, with the earlier answer selected, and says Esc goes back on the first screen', async () => {
      const t = await wizard(env, ['--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
      let s = await t.waitFor(m.askProvider);
      expect(s).toContain(m.escGoesBack);
      await t.send('Enter');
      await t.waitFor(m.askPlan);
      await t.send('Down', 'Enter'); // Standard
      await t.waitFor(m.askRegion);
      await t.send('Down', 'Enter'); // China
      await t.waitFor(first(m.pasteYour, 1));
      await t.send('Escape');
      s = await t.waitFor(new RegExp(`${m.askRegion.replace(/[?？]/g, '.')}[^\\n]*\\n(.*\\n)*❯ ${m.regionCn.replace(/[()（）]/g, '.')}`));
      expect(s).toContain('dashscope.aliyuncs.com');
      await t.send('C-c');
      expect(await t.exitCode()).toBe(130);
    });

    it('offline, Enter at every question saves the key without checking it', async () => {
      const t = await wizard(env, ['--auth-choice', 'qwen-api-key', '--base-url', 'http://127.0.0.1:9/v1', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus', '--verify-timeout', '3000']);
      await t.waitFor(first(m.pasteYour, 1));
      await t.type(CODING_KEY);
      await t.send('Enter');
      await t.waitFor(m.askKeyCheck);
      await t.send('Enter'); // check: yes
      let s = await t.waitFor(m.askAfterUnreachedCheck);
      expect(s).toContain(say(m.checkingKey, '127.0.0.1:9'));
      expect(s).toContain(first(m.keyNotChecked, 1));
      expect(s).toMatch(new RegExp(`❯ ${m.saveWithoutChecking}`));
      await t.send('Enter'); // the default: save without checking
      s = await t.waitFor(m.confirmWrite);
      await t.send('Enter');
      await t.waitFor(first(m.nextStep, 1));
      expect(await t.exitCode()).toBe(0);
      expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key).toBe(CODING_KEY);
    });

    it('a Coding Plan key pasted on Standard is caught at the paste; switching moves to the Coding Plan endpoint', async () => {
      const t = await wizard(env, ['--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video']);
      await t.waitFor(first(m.pasteYour, 1));
      await t.type(CODING_KEY);
      await t.send('Enter');
      let s = await t.waitFor(m.askSwitchPlan);
      expect(s).toContain(first(m.keyOfOtherPlan, 4));
      expect(s).toMatch(new RegExp(`❯ ${first(m.switchToPlan, 1).replace(/[()（）]/g, '.')}|❯ ${m.planCoding.replace(/[()（）]/g, '.')}`));
      await t.send('Enter'); // switch
      s = await t.waitFor(m.askChatModel);
      expect(s).toContain(say(m.switchedPlan, m.planCoding, 'https://coding-intl.dashscope.aliyuncs.com/v1'));
      expect(s).not.toContain('qwen3.8-max');
      await t.send('Enter');
      await skipCheckAndWrite(t, m);
      expect(JSON.parse(await fs.readFile(home.configPath, 'utf8')).models.providers.qwen.baseUrl).toBe('https://coding-intl.dashscope.aliyuncs.com/v1');
    });

    it('switching a Standard setup to Coding Plan re-picks a default the new endpoint serves', async () => {
      const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--model', 'qwen/qwen3.8-max', '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: STANDARD_KEY } });
      expect(r.exitCode, r.stderr).toBe(0);
      const t = await wizard(env, ['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video']);
      await t.waitFor(first(m.useStoredKeyFor, 3));
      await t.send('n', 'Enter');
      await t.waitFor(first(m.pasteYour, 1));
      await t.type(CODING_KEY);
      await t.send('Enter');
      const s = await t.waitFor(m.askChatModel);
      expect(s).toContain(say(m.defaultNotServedHere, 'qwen/qwen3.8-max', m.planCoding, 'qwen/qwen3.5-plus'));
      expect(s).not.toContain(first(m.keepCurrent, 1));
      expect(s).toMatch(/❯ qwen\/qwen3\.5-plus/);
      await t.send('Enter');
      await skipCheckAndWrite(t, m);
      expect(JSON.parse(await fs.readFile(home.configPath, 'utf8')).agents.defaults.model.primary).toBe('qwen/qwen3.5-plus');
    });
  });

  it('`openclaw onboard | cat` still asks: the prompts are on the terminal, the result goes down the pipe', async () => {
    term = await startTerminal({
      command: ['sh', '-c', `'${process.execPath}' '${BIN}' onboard --auth-choice qwen-standard-api-key --secret-store file --no-video --model qwen/qwen3.5-plus | cat > out.txt`],
      env: home.env,
      cwd: home.dir,
    });
    const t = term;
    await t.waitFor('Paste your Qwen Cloud API key');
    await t.type(STANDARD_KEY);
    await t.send('Enter');
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    await t.waitFor('Write these changes?');
    await t.send('Enter');
    expect(await t.exitCode()).toBe(0);
    const out = await fs.readFile(`${home.dir}/out.txt`, 'utf8');
    expect(out).toContain('Onboarded Qwen Cloud');
    expect(out).not.toContain('Write these changes?');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('colour is decided per stream: the terminal gets a coloured warning, the file stdout goes to gets none', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    // The shell waits for a key after the command, so the screen is read while the pane is alive.
    term = await startTerminal({ command: ['sh', '-c', `'${process.execPath}' '${BIN}' models set qwen/qwen3.5-plsu > out.txt; echo "status $?"; read x`], env: home.env, cwd: home.dir });
    await term.waitFor('status 0');
    expect(await term.screen({ escapes: true })).toMatch(/\u001b\[[0-9;]*33mWarning: /);
    await term.send('Enter');
    expect(await term.exitCode()).toBe(0);
    expect(await fs.readFile(`${home.dir}/out.txt`, 'utf8')).toBe('Default model: qwen/qwen3.5-plsu\n');
  });

  it('logout without an id offers the stored profiles; login without --provider asks for the provider', async () => {
    for (const profile of ['work', 'personal']) {
      const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--profile-id', profile, '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: STANDARD_KEY } });
      expect(r.exitCode, r.stderr).toBe(0);
    }
    term = await startTerminal({ command: [process.execPath, BIN, 'models', 'auth', 'logout'], env: home.env, cwd: home.dir });
    let s = await term.waitFor('Which profile should be removed?');
    expect(s).toContain('qwen:work');
    expect(s).toContain('qwen:personal');
    await term.send('Down', 'Enter');
    await term.waitFor('Remove qwen:personal from the store and the config?');
    await term.send('y', 'Enter');
    s = await term.waitFor('Removed qwen:personal');
    expect(await term.exitCode()).toBe(0);
    await term.stop();

    term = await startTerminal({ command: [process.execPath, BIN, 'models', 'auth', 'login'], env: home.env, cwd: home.dir });
    await term.waitFor('What do you want to connect?');
    await term.send('C-c');
    expect(await term.exitCode()).toBe(130);
  });
});
