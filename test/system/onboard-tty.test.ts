/**
 * `openclaw onboard` in a real terminal: tmux runs the built binary in a
 * temporary HOME, the test types like a person and reads the screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { startFakeDashscope } from '../helpers/fake-dashscope.js';

const KEY = 'sk-tty0123456789abcdefgWXYZ';
/** A Coding Plan key carries the plan's mark. */
const CODING_KEY = 'sk-sp-tty0123456789abcdeWXYZ';
let home: TempHome;
let term: Terminal | undefined;
beforeEach(async () => {
  home = await tempHome('openclaw-tty-');
});
afterEach(async () => {
  await term?.stop();
  term = undefined;
  await home.cleanup();
});

/** The wizard's last steps when the test is about what came before: no key check, write, exit 0. */
async function skipCheckAndWrite(t: Terminal, provider: string): Promise<void> {
  await t.waitFor('Check the key now with one small live request?');
  await t.send('n', 'Enter');
  await t.waitFor('Write these changes?');
  await t.send('Enter');
  await t.waitFor(`Next: openclaw models list --provider ${provider}`);
  expect(await t.exitCode()).toBe(0);
}

async function onboardIn(env: Record<string, string> = {}, args: string[] = []) {
  term = await startTerminal({ command: [process.execPath, BIN, 'onboard', ...args], env: { ...home.env, ...env }, cwd: home.dir });
  return term;
}

describe.skipIf(skipWithout('tmux'))('interactive onboard in tmux', () => {
  it('Coding Plan / Global, from the first question to the files', async () => {
    const t = await onboardIn();
    await t.waitFor('What do you want to connect?');
    await t.send('Enter'); // Qwen Cloud
    await t.waitFor('Which plan is your key for?');
    await t.send('Enter'); // Coding Plan
    await t.waitFor('coding-intl.dashscope.aliyuncs.com');
    await t.send('Enter'); // Global
    await t.waitFor('Paste your Qwen Cloud API key');
    await t.type(CODING_KEY);
    const masked = await t.waitFor(`Paste your Qwen Cloud API key ${'*'.repeat(CODING_KEY.length)}`);
    expect(masked).not.toContain(CODING_KEY);
    await t.send('Enter');
    let s = await t.waitFor('Default chat model');
    expect(s).not.toContain('qwen3.8-max');
    await t.send('Enter');
    await t.waitFor(/Default video model[\s\S]*Set one anyway/);
    await t.send('Enter'); // Skip
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    // No Secret Service here: the wizard says so before asking, and does not offer the keychain.
    s = await t.waitFor('Write these changes?');
    expect(s).toContain('No OS keychain answers here (absent)');
    expect(s).not.toContain('Where should the key be kept?');
    expect(s).toMatch(/\+ models\.providers\.qwen\.baseUrl/);
    expect(s).toContain('Summary');
    expect(s).toContain('sk-s…WXYZ');
    await t.send('Enter');
    s = await t.waitFor('Next: openclaw models list --provider qwen');
    expect(await t.exitCode()).toBe(0);
    expect(s).not.toContain(CODING_KEY);

    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    expect(store.profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', key: CODING_KEY });
    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8'));
    expect(config.agents.defaults.model.primary).toBe('qwen/qwen3.5-plus');
    expect(config.models.providers.qwen.baseUrl).toBe('https://coding-intl.dashscope.aliyuncs.com/v1');
    expect(config.agents.defaults.videoGenerationModel).toBeUndefined();
  });

  it('Token Plan / China, found beside the other Qwen Cloud plans; Esc from the region goes back to the plan', async () => {
    const t = await onboardIn({}, ['--secret-store', 'file']);
    await t.waitFor('What do you want to connect?');
    let s = await t.waitFor('Qwen Cloud (recommended)');
    expect(s).not.toContain('Qwen Token Plan');
    await t.send('Enter'); // Qwen Cloud
    s = await t.waitFor('Token Plan (team subscription)');
    await t.send('Down', 'Down');
    await t.waitFor('Team subscription: chat models only');
    await t.send('Enter');
    await t.waitFor('token-plan.ap-southeast-1.maas.aliyuncs.com');
    await t.send('Escape');
    await t.waitFor(/Which plan is your key for\?[\s\S]*Team subscription: chat models only/);
    await t.send('Enter');
    await t.waitFor('token-plan.ap-southeast-1.maas.aliyuncs.com');
    await t.send('Down');
    await t.waitFor('token-plan.cn-beijing.maas.aliyuncs.com');
    await t.send('Enter'); // China
    await t.waitFor('Paste your Qwen Token Plan API key');
    await t.type(KEY);
    await t.send('Enter');
    s = await t.waitFor('Default chat model');
    expect(s).toContain('qwen-token-plan/qwen3.7-plus');
    expect(s).not.toContain('qwen-token-plan/qwen3-coder-next');
    await t.send('Enter');
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    s = await t.waitFor('Write these changes?');
    expect(s).not.toContain('Default video model');
    await t.send('Enter');
    await t.waitFor('Next: openclaw models list --provider qwen-token-plan');
    expect(await t.exitCode()).toBe(0);
    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    expect(store.profiles['qwen-token-plan:default']).toEqual({ type: 'api_key', provider: 'qwen-token-plan', key: KEY });
    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8'));
    expect(config.agents.defaults.model.primary).toBe('qwen-token-plan/qwen3.7-plus');
    expect(config.models.providers['qwen-token-plan'].baseUrl).toBe('https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1');
  });

  it('Standard / China with a video model, the env key offered masked', async () => {
    const t = await onboardIn({ QWEN_API_KEY: KEY }, ['--secret-store', 'file']);
    await t.waitFor('What do you want to connect?');
    await t.send('Enter');
    await t.waitFor('Which plan is your key for?');
    await t.send('Down', 'Enter'); // Standard
    await t.waitFor('Which region?');
    await t.send('Down', 'Enter'); // China
    const s = await t.waitFor('Use QWEN_API_KEY (sk-t…WXYZ)?');
    expect(s).not.toContain(KEY);
    await t.send('Enter');
    await t.waitFor('Store the key itself, or a reference to the env var?');
    await t.send('Enter');
    await t.waitFor(/Default chat model[\s\S]*qwen3\.6-plus/);
    await t.send('Enter');
    await t.waitFor('qwen/wan2.6-r2v-flash');
    await t.send('Down', 'Down', 'Enter'); // wan2.6-r2v
    await skipCheckAndWrite(t, 'qwen');
    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8'));
    expect(config.models.providers.qwen.baseUrl).toBe('https://dashscope.aliyuncs.com/compatible-mode/v1');
    expect(config.agents.defaults.videoGenerationModel.primary).toBe('qwen/wan2.6-r2v');
  });

  it('Ctrl-C at a question exits 130 with one line and leaves no file', async () => {
    const t = await onboardIn({ QWEN_API_KEY: KEY });
    await t.waitFor('What do you want to connect?');
    await t.send('Enter');
    await t.waitFor('Which plan is your key for?');
    await t.send('C-c');
    const s = await t.waitFor('Cancelled. Nothing was written.');
    expect(await t.exitCode()).toBe(130);
    expect(s.match(/Cancelled/g)).toHaveLength(1);
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('colours the prompts on a terminal, and not with NO_COLOR, FORCE_COLOR=0 or --no-color', async () => {
    const colourCode = /\u001b\[[0-9;]*3[0-9]m/;
    const cases: [Record<string, string>, string[], boolean][] = [
      [{}, [], true],
      [{ NO_COLOR: '1' }, [], false],
      [{ FORCE_COLOR: '0' }, [], false],
      [{}, ['--no-color'], false],
    ];
    for (const [env, args, coloured] of cases) {
      const t = await onboardIn(env, args);
      await t.waitFor('What do you want to connect?');
      expect(colourCode.test(await t.screen({ escapes: true })), JSON.stringify({ env, args })).toBe(coloured);
      await t.send('C-c');
      expect(await t.exitCode()).toBe(130);
      await t.stop();
      term = undefined;
    }
  });

  it('Esc at the first question cancels', async () => {
    const t = await onboardIn({ QWEN_API_KEY: KEY });
    await t.waitFor('What do you want to connect?');
    await t.send('Escape');
    await t.waitFor('Cancelled. Nothing was written.');
    expect(await t.exitCode()).toBe(130);
    expect(await home.exists('.openclaw')).toBe(false);
  });
});

describe.skipIf(skipWithout('tmux'))('a newcomer in the wizard', () => {
  it('opens with the current setup and preselects it', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key-cn', '--model', 'qwen/glm-5', '--secret-store', 'file'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    const t = await onboardIn({}, ['--secret-store', 'file']);
    let s = await t.waitFor('What do you want to connect?');
    expect(s).toContain('Current setup');
    expect(s).toContain('Qwen Cloud · Standard (pay-as-you-go) · China (mainland)');
    expect(s).toContain('Model     qwen/glm-5');
    expect(s).toContain('Video     qwen/wan2.6-t2v');
    expect(s).toMatch(/❯ Qwen Cloud \(recommended\) \(current\)/);
    await t.send('Enter');
    s = await t.waitFor('Which plan is your key for?');
    expect(s).toMatch(/❯ Standard \(pay-as-you-go\) \(current\)/);
    await t.send('Enter');
    s = await t.waitFor('Which region?');
    expect(s).toMatch(/❯ China \(mainland\) \(current\)/);
    await t.send('Enter');
    s = await t.waitFor('Use the stored key of qwen:default');
    expect(s).toContain('stored for Standard (pay-as-you-go), China (mainland)');
    await t.send('Enter');
    s = await t.waitFor('Default chat model');
    expect(s).toMatch(/❯ Keep current \(qwen\/glm-5\)/);
    await t.send('C-c');
    expect(await t.exitCode()).toBe(130);
  });

  it('a stored key is offered before the env key; taking the env key, the summary names the key it replaces', async () => {
    const OLD = 'sk-oldtty0123456789abcdOLD1';
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: OLD } });
    expect(r.exitCode, r.stderr).toBe(0);
    const t = await onboardIn({ QWEN_API_KEY: KEY }, ['--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await t.waitFor('Use the stored key of qwen:default (sk-o…OLD1');
    await t.send('n', 'Enter');
    await t.waitFor('Use QWEN_API_KEY (sk-t…WXYZ)?');
    await t.send('Enter');
    await t.waitFor('Store the key itself, or a reference to the env var?');
    await t.send('Enter');
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    const s = await t.waitFor('Write these changes?');
    expect(s).toContain('replaces sk-o…OLD1, the key qwen:default held');
    expect(s).not.toContain(OLD);
    await t.send('Enter');
    await t.waitFor('Next: openclaw models list --provider qwen');
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key).toBe(KEY);
  });

  it('Esc at the key question goes back to the region, with the earlier answer selected', async () => {
    const t = await onboardIn({}, ['--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await t.waitFor('What do you want to connect?');
    await t.send('Enter'); // Qwen Cloud
    await t.waitFor('Which plan is your key for?');
    await t.send('Down');
    await t.waitFor('Needed for qwen3.6-flash');
    await t.send('Enter'); // Standard
    await t.waitFor('dashscope-intl.aliyuncs.com');
    await t.send('Down');
    await t.waitFor(/❯ China \(mainland\)/);
    await t.send('Enter');
    await t.waitFor('Paste your Qwen Cloud API key');
    await t.send('Escape');
    const s = await t.waitFor(/\? Which region\?[^\n]*\n(.*\n)*❯ China \(mainland\)/);
    expect(s).toContain('dashscope.aliyuncs.com');
    await t.send('Enter');
    await t.waitFor(/\? Paste your Qwen Cloud API key\s*$/m);
    await t.type(KEY);
    await t.send('Enter');
    await skipCheckAndWrite(t, 'qwen');
    expect(JSON.parse(await fs.readFile(home.configPath, 'utf8')).models.providers.qwen.baseUrl).toBe('https://dashscope.aliyuncs.com/compatible-mode/v1');
  });

  it('Esc goes back one question, and the answer can change', async () => {
    const t = await onboardIn({}, ['--secret-store', 'file', '--no-video']);
    await t.waitFor('What do you want to connect?');
    await t.send('Enter');
    await t.waitFor('Which plan is your key for?');
    await t.send('Enter'); // Coding Plan
    await t.waitFor('coding-intl.dashscope.aliyuncs.com');
    await t.send('Escape'); // back to the plan
    await t.waitFor(/Which plan is your key for\?[^\n]*\n[\s\S]*❯ Coding Plan/);
    await t.send('Down', 'Enter'); // Standard this time
    const s = await t.waitFor('dashscope-intl.aliyuncs.com');
    expect(s).toMatch(/Which region\?/);
    await t.send('Enter');
    await t.waitFor('Paste your Qwen Cloud API key');
    await t.type(KEY);
    await t.send('Enter');
    await t.waitFor('Default chat model');
    await t.send('Escape'); // back to the key: asked anew
    await t.waitFor(/Paste your Qwen Cloud API key\s*$/m);
    await t.type(KEY);
    await t.send('Enter');
    await t.waitFor('Default chat model');
    await t.send('Enter');
    await skipCheckAndWrite(t, 'qwen');
    expect(JSON.parse(await fs.readFile(home.configPath, 'utf8')).models.providers.qwen.baseUrl).toBe('https://dashscope-intl.aliyuncs.com/compatible-mode/v1');
  });

  it('a 1 MB paste into the key prompt is refused at once: nothing drawn, nothing written, the rest of it dropped', async () => {
    const t = await onboardIn({}, ['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await t.waitFor('Paste your Qwen Cloud API key');
    const started = Date.now();
    await t.paste('x'.repeat(1024 * 1024));
    const s = await t.waitFor('More than 1024 characters arrived at the key prompt: no key is that long, so nothing was taken or written.', 15_000);
    expect(s).toContain('Copy the key alone and paste it again, or give it with --api-key-stdin');
    expect(await t.exitCode(15_000)).toBe(2);
    // Bounded by the input, not its square: the old prompt took 21 s for 8 KB.
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(s).not.toContain('x'.repeat(200));
    expect(s).not.toContain('*'.repeat(200));
    expect(await home.exists('.openclaw')).toBe(false);
  });

  it('a refused key is cleared: the next paste starts fresh', async () => {
    const t = await onboardIn({}, ['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await t.waitFor('Paste your Qwen Cloud API key');
    await t.type('not a key');
    await t.send('Enter');
    const s = await t.waitFor(/Paste your Qwen Cloud API key \(Refused: the key contains whitespace/);
    expect(s.split('\n').at(-1) ?? '').not.toContain('*');
    await t.type(CODING_KEY);
    await t.send('Enter');
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    await t.waitFor('Write these changes?');
    await t.send('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key).toBe(CODING_KEY);
  });

  it('the key check fails against the endpoint, then "Save anyway" writes it', async () => {
    const api = await startFakeDashscope();
    try {
      const bad = 'sk-sp-revoked-0123456789WXYZ';
      const t = await onboardIn({}, ['--auth-choice', 'qwen-api-key', '--base-url', `${api.url}/v1`, '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
      await t.waitFor('Paste your Qwen Cloud API key');
      await t.type(bad);
      await t.send('Enter');
      await t.waitFor('Check the key now with one small live request?');
      await t.send('Enter');
      const s = await t.waitFor('The key did not pass the check. What now?');
      expect(s).toContain('The key check failed (auth): HTTP 401 invalid_api_key');
      expect(s).toContain('Re-enter the key');
      expect(s).not.toContain(bad);
      expect(api.requests).toHaveLength(1);
      await t.send('Down', 'Enter'); // Save anyway
      await t.waitFor('Write these changes?');
      await t.send('Enter');
      expect(await t.exitCode()).toBe(0);
      expect(JSON.parse(await fs.readFile(home.storePath, 'utf8')).profiles['qwen:default'].key).toBe(bad);
    } finally {
      await api.close();
    }
  });

  it('declining the summary writes nothing and is not an error', async () => {
    const t = await onboardIn({ QWEN_API_KEY: KEY }, ['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await t.waitFor('Use QWEN_API_KEY');
    await t.send('Enter');
    await t.waitFor('Store the key itself');
    await t.send('Enter');
    await t.waitFor('Check the key now with one small live request?');
    await t.send('n', 'Enter');
    await t.waitFor('Write these changes?');
    await t.send('n', 'Enter');
    const s = await t.waitFor('Nothing was written.');
    expect(s).not.toContain('Error');
    expect(await t.exitCode()).toBe(0);
    expect(await home.exists('.openclaw')).toBe(false);
  });
});

describe('without a terminal', () => {
  it('prompts for nothing and names the flags to pass', async () => {
    const r = await openclaw(home, ['onboard']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('pass --auth-choice');
    expect(r.stderr).toContain('There is no terminal to ask on');
    expect(r.stderr).not.toContain('?');
    expect(await home.exists('.openclaw')).toBe(false);
  });
});
