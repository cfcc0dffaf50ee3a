/**
 * The interactive onboarding, step by step, with the real @inquirer prompts
 * rendered on @inquirer/testing's virtual screen (it replaces the prompts'
 * input/output). The World says "TTY", so the dialogs module lets them run.
 */
import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { memoryKeychain } from '../../src/credentials/keychain.js';
import { runIn, testDeps, testWorld, type TestWorld } from '../helpers/world.js';

const KEY = 'sk-wizard0123456789abcdeWXYZ';
/** A Coding Plan key carries the plan's mark. */
const CODING_KEY = 'sk-sp-wizard0123456789abcWXYZ';
let world: TestWorld | undefined;
/** Terminal worlds opened in another world's HOME (terminalIn). */
const extraWorlds: TestWorld[] = [];
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
  await Promise.all(extraWorlds.splice(0).map((w) => w.cleanup()));
});

async function start(argv: string[] = [], env: Record<string, string> = {}) {
  world = await testWorld({ tty: true, env });
  const keychain = memoryKeychain();
  const result = runIn(world, ['onboard', ...argv], testDeps({ keychain }));
  result.catch(() => undefined);
  return { result, keychain, w: world };
}

/** Waits for the next prompt (or re-render) and returns the screen. */
async function next(step = ''): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no new screen within 5 s ${step}; screen:\n${screen.getScreen()}`)), 5000);
  });
  try {
    await Promise.race([screen.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return screen.getScreen();
}

/** The wizard's offer to check the key: answered No (the check itself has its own test). */
async function skipCheck(): Promise<void> {
  const s = await next('(key check)');
  expect(s).toContain('Check the key now with one small live request?');
  screen.type('n');
  screen.keypress('enter');
}

/** A terminal world in an existing HOME (a second run after a first one); its own temporary directory is cleaned up after the test. */
async function terminalIn(home: string, env: Record<string, string> = {}): Promise<TestWorld> {
  const tty = await testWorld({ tty: true, env: { HOME: home, ...env } });
  extraWorlds.push(tty);
  return { ...tty, home, homedir: home, cwd: home, env: { ...tty.env, HOME: home } };
}

async function config(w: TestWorld) {
  return JSON.parse(await fs.readFile(path.join(w.home, '.openclaw/openclaw.json'), 'utf8'));
}

/** A Standard onboarding whose endpoint answered `models list --refresh` with these ids, `ageMs` ago. */
async function standardWithServedList(ageMs: number, models: string[]): Promise<{ result: Promise<number>; w: TestWorld }> {
  world = await testWorld({ tty: true });
  const cache = path.join(world.home, '.openclaw', 'cache', 'models', 'qwen.json');
  await fs.mkdir(path.dirname(cache), { recursive: true });
  const fetchedAt = new Date(world.now().getTime() - ageMs).toISOString();
  await fs.writeFile(cache, JSON.stringify({ version: 1, provider: 'qwen', baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', fetchedAt, models }));
  const result = runIn(world, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--modelstudio-standard-api-key', KEY, '--secret-store', 'file', '--no-video'], testDeps({ keychain: memoryKeychain() }));
  result.catch(() => undefined);
  return { result, w: world };
}

describe('interactive onboard', () => {
  it('Coding Plan / Global: plan and region hints, bad key re-asked, no Standard-only model, video skipped', async () => {
    const { result, keychain, w } = await start();
    let s = await next();
    expect(s).toContain('What do you want to connect?');
    expect(s).toContain('Qwen Cloud (recommended)');
    expect(s).toContain('Qwen Portal token');
    expect(s).toContain('Alibaba Model Studio (Wan video)');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Which plan is your key for?');
    expect(s).toContain('Coding Plan (subscription)');
    expect(s).toContain('Standard (pay-as-you-go)');
    expect(s).toContain('Token Plan (team subscription)');
    screen.keypress('down');
    s = screen.getScreen();
    expect(s).toContain('Needed for qwen3.6-flash, qwen3.7-max, the 3.8 models, image/video understanding and video generation');
    screen.keypress('up');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Which region?');
    expect(s).toContain('coding-intl.dashscope.aliyuncs.com');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Paste your Qwen Cloud API key');
    screen.type('not a key');
    screen.keypress('enter');
    s = await next();
    // Asked anew and empty: the key typed next is not appended to the refused one.
    expect(s).toMatch(/Paste your Qwen Cloud API key \(Refused: .*Paste it again\.\)/);
    screen.type(CODING_KEY);
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Default chat model');
    expect(s).toContain('qwen/qwen3.5-plus');
    expect(s).toContain('qwen/qwen3.7-plus');
    expect(s).not.toContain('qwen3.8-max');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Default video model');
    expect(s).toContain('Skip');
    expect(s).toContain('Set one anyway');
    screen.keypress('enter');
    await skipCheck();

    s = await next();
    expect(s).toContain('Where should the key be kept?');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);

    const full = await screen.getFullOutput();
    expect(full + w.stdout.text() + w.stderr.text()).not.toContain(CODING_KEY);
    expect(w.stderr.text()).toContain('Keys are created at https://home.qwencloud.com/api-keys');
    expect(w.stderr.text()).toContain('Video generation (Wan) needs a Standard (pay-as-you-go) key');
    // Wrapped at the terminal's width: read with the line breaks undone.
    expect(w.stderr.text().replace(/\n +/g, ' ')).toMatch(/Summary[\s\S]*Key +sk-s…WXYZ \(from prompt\), to be stored in the OS keychain \(service openclaw, account qwen:default\)/);
    expect(w.stdout.text()).toContain('Next: openclaw models list --provider qwen');
    expect(keychain.items.get('qwen:default')).toBe(CODING_KEY);
    const c = await config(w);
    expect(c.agents.defaults.model.primary).toBe('qwen/qwen3.5-plus');
    expect(c.agents.defaults.videoGenerationModel).toBeUndefined();
    expect(c.models.providers.qwen.baseUrl).toBe('https://coding-intl.dashscope.aliyuncs.com/v1');
  });

  it('Standard / China: qwen3.6-plus offered, a Wan model with its mode picked', async () => {
    const { result, w } = await start(['--secret-store', 'file'], { QWEN_API_KEY: KEY });
    await next();
    screen.keypress('enter'); // Qwen Cloud
    await next();
    screen.keypress('down');
    screen.keypress('enter'); // Standard
    await next();
    screen.keypress('down');
    let s = screen.getScreen();
    expect(s).toContain('dashscope.aliyuncs.com');
    screen.keypress('enter'); // China

    s = await next();
    expect(s).toContain('Use QWEN_API_KEY (sk-w…WXYZ)?');
    expect(s).not.toContain(KEY);
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Store the key itself, or a reference to the env var?');
    screen.keypress('enter'); // store the key

    s = await next();
    expect(s).toContain('qwen/qwen3.6-plus');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('qwen/wan2.6-t2v  (text-to-video, default)');
    expect(s).toContain('qwen/wan2.6-r2v-flash  (reference-to-video, fast)');
    expect(s).toContain('qwen/wan2.6-i2v  (image-to-video)');
    expect(s).toContain('Skip');
    screen.keypress('down');
    screen.keypress('enter');
    await skipCheck();

    s = await next();
    expect(s).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    const c = await config(w);
    expect(c.models.providers.qwen.baseUrl).toBe('https://dashscope.aliyuncs.com/compatible-mode/v1');
    expect(c.agents.defaults.videoGenerationModel.primary).toBe('qwen/wan2.6-i2v');
    const store = JSON.parse(await fs.readFile(path.join(w.home, '.openclaw/agents/main/agent/auth-profiles.json'), 'utf8'));
    expect(store.profiles['qwen:default'].key).toBe(KEY);
  });

  it('keeps the current default model, and the video skip path leaves it unset', async () => {
    world = await testWorld({ env: { QWEN_API_KEY: KEY } });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--model', 'qwen/qwen3.7-plus', '--no-video', '--secret-store', 'file'])).toBe(0);
    const home = world.home;
    const w = await terminalIn(home, { QWEN_API_KEY: KEY });
    const result = runIn(w, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file'], testDeps({ keychain: memoryKeychain() }));
    result.catch(() => undefined);

    // The stored key of the profile is offered before the environment's (the same key here).
    let s = await next();
    expect(s).toContain('Use the stored key of qwen:default');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Keep current (qwen/qwen3.7-plus)');
    expect(s).toContain('qwen/qwen3.7-plus  (reasoning, current)');
    screen.keypress('enter');

    s = await next();
    expect(s).toContain('Default video model');
    for (let i = 0; i < 5; i++) screen.keypress('down');
    s = screen.getScreen();
    expect(s).toMatch(/❯ (Skip|Remove)/);
    screen.keypress('enter');
    await skipCheck();
    // Nothing changes (the same key, the same default, no video): nothing is asked.
    expect(await result).toBe(0);
    expect(w.stderr.text()).toContain('Nothing to change');
    const c = JSON.parse(await fs.readFile(path.join(home, '.openclaw/openclaw.json'), 'utf8'));
    expect(c.agents.defaults.model.primary).toBe('qwen/qwen3.7-plus');
    expect(c.agents.defaults.videoGenerationModel).toBeUndefined();
  });

  it('offers the stored key before an env key; taking the env key, the summary names the key it replaces (masked)', async () => {
    const OLD = 'sk-oldkey0123456789abcdOLD1';
    world = await testWorld({ env: { QWEN_API_KEY: OLD } });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--no-video', '--secret-store', 'file'])).toBe(0);
    const home = world.home;
    const w = await terminalIn(home, { QWEN_API_KEY: KEY });
    const result = runIn(w, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus'], testDeps({ keychain: memoryKeychain() }));
    result.catch(() => undefined);

    let s = await next();
    expect(s).toContain('Use the stored key of qwen:default (sk-o…OLD1');
    screen.type('n');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Use QWEN_API_KEY (sk-w…WXYZ)?');
    screen.keypress('enter');
    await next();
    screen.keypress('enter'); // store the key
    await skipCheck();
    s = await next();
    expect(s).toContain('Write these changes?');
    // The summary is on stderr, before the question.
    expect(w.stderr.text()).toContain('replaces sk-o…OLD1, the key qwen:default held');
    expect(w.stderr.text() + s).not.toContain(OLD);
    screen.keypress('enter');
    expect(await result).toBe(0);
    const store = JSON.parse(await fs.readFile(path.join(home, '.openclaw/agents/main/agent/auth-profiles.json'), 'utf8'));
    expect(store.profiles['qwen:default'].key).toBe(KEY);
  });

  it('when nothing would change, the wizard says so and asks nothing; the summary shows old → new and ~ paths', async () => {
    world = await testWorld({ env: { QWEN_API_KEY: KEY } });
    expect(await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--model', 'qwen/qwen3.5-plus', '--no-video', '--secret-store', 'file'])).toBe(0);
    const home = world.home;
    const w = await terminalIn(home);
    let result = runIn(w, ['onboard', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video'], testDeps({ keychain: memoryKeychain() }));
    result.catch(() => undefined);
    let s = await next();
    expect(s).toContain('Use the stored key of qwen:default');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Keep current (qwen/qwen3.5-plus)');
    screen.keypress('enter');
    await skipCheck();
    expect(await result).toBe(0);
    expect(w.stderr.text()).toContain('Nothing to change: ~/.openclaw/openclaw.json and the stored key already say this.');
    expect(w.stderr.text()).not.toContain('Write these changes?');
    expect(w.stdout.text()).toContain('Nothing was written.');

    // The same profile on the China endpoint: the change list shows the old and the new value.
    const again = await terminalIn(home);
    result = runIn(again, ['onboard', '--auth-choice', 'qwen-standard-api-key-cn', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus'], testDeps({ keychain: memoryKeychain() }));
    result.catch(() => undefined);
    s = await next();
    // Stored for the Global endpoint: offered, but not taken by default.
    expect(s).toContain('Use the stored key of qwen:default');
    screen.type('y');
    screen.keypress('enter');
    await skipCheck();
    s = await next();
    expect(s).toContain('Write these changes?');
    // Wrapped at the terminal's width: read with the line breaks undone.
    expect(again.stderr.text().replace(/\n +/g, ' ')).toContain('~ models.providers.qwen.baseUrl: https://dashscope-intl.aliyuncs.com/compatible-mode/v1 → https://dashscope.aliyuncs.com/compatible-mode/v1');
    expect(again.stderr.text()).toMatch(/Config +~\/\.openclaw\/openclaw\.json/);
    screen.keypress('enter');
    expect(await result).toBe(0);
  });

  it('the model question merges a fresh `models list --refresh` answer: what the endpoint serves now, and what it does not', async () => {
    const { result, w } = await standardWithServedList(3600_000, ['qwen3.5-plus', 'qwen3.6-plus', 'qwen3.9-preview']);
    let s = await next();
    expect(s).toContain('Default chat model');
    expect(s).toContain('qwen/qwen3.7-plus  (reasoning, not served now)');
    screen.keypress('up'); // the list wraps: the last row is the one only the endpoint knows
    s = screen.getScreen();
    expect(s).toContain('❯ qwen/qwen3.9-preview  (served now)');
    screen.keypress('enter');
    await skipCheck();
    expect(await next()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    expect((await config(w)).agents.defaults.model.primary).toBe('qwen/qwen3.9-preview');
  });

  it('an expired answer is not merged', async () => {
    const { result } = await standardWithServedList(25 * 3600_000, ['qwen3.9-preview']);
    const s = await next();
    expect(s).toContain('Default chat model');
    screen.keypress('up');
    expect(screen.getScreen()).not.toContain('qwen3.9-preview');
    expect(screen.getScreen()).not.toContain('not served now');
    screen.keypress('down');
    screen.keypress('enter');
    await skipCheck();
    expect(await next()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
  });

  it('a flag skips its question: --auth-choice jumps straight to the key; a legacy id shows the notice', async () => {
    const { result, w } = await start(['--auth-choice', 'modelstudio-standard-api-key-cn', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    const s = await next();
    expect(s).toContain('Paste your Qwen Cloud API key');
    expect(w.stderr.text()).toContain('--auth-choice modelstudio-standard-api-key-cn is deprecated; using qwen-standard-api-key-cn');
    screen.type(KEY);
    screen.keypress('enter');
    await skipCheck();
    expect(await next()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    expect((await config(w)).models.providers.qwen.baseUrl).toBe('https://dashscope.aliyuncs.com/compatible-mode/v1');
  });

  it('Alibaba: region with the video host, alibaba Wan models, no chat model question', async () => {
    const { result, w } = await start(['--secret-store', 'file']);
    await next();
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    let s = await next();
    expect(s).toContain('Which region?');
    expect(s).toContain('dashscope-intl.aliyuncs.com');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Paste your Alibaba Model Studio API key');
    screen.type(KEY);
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('alibaba/wan2.6-t2v  (text-to-video, default)');
    screen.keypress('enter');
    await skipCheck();
    expect(await next()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    const c = await config(w);
    expect(c.models.providers.alibaba).toEqual({ baseUrl: 'https://dashscope-intl.aliyuncs.com', models: [] });
    expect(c.agents.defaults.videoGenerationModel.primary).toBe('alibaba/wan2.6-t2v');
    expect(c.agents.defaults.model).toBeUndefined();
  });

  it('Qwen Portal: a token, the portal catalog, no video question', async () => {
    const { result, w } = await start(['--secret-store', 'file']);
    let s = await next();
    expect(s).toContain('Qwen Portal token (legacy Qwen OAuth / Qwen CLI setups)');
    screen.keypress('down');
    s = screen.getScreen();
    expect(s).toContain('Not the first choice for new users');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Paste your Qwen Portal token');
    screen.type(KEY);
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('qwen-oauth/qwen3.5-plus');
    expect(s).not.toContain('qwen-oauth/glm-5');
    screen.keypress('enter');
    await skipCheck();
    expect(await next()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    expect(w.stderr.text()).not.toContain('home.qwencloud.com/api-keys');
    const c = await config(w);
    expect(c.agents.defaults.model.primary).toBe('qwen-oauth/qwen3.5-plus');
    expect(c.plugins.entries.qwen.enabled).toBe(true);
  });

  it('offers the browser only when there is a display, and defaults to no', async () => {
    const { result } = await start(['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus'], { DISPLAY: ':99' });
    let s = await next();
    expect(s).toContain('Open https://home.qwencloud.com/api-keys in your browser to create a key? (y/N)');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Paste your Qwen Cloud API key');
    screen.type(CODING_KEY);
    screen.keypress('enter');
    await skipCheck();
    await next();
    screen.keypress('enter');
    expect(await result).toBe(0);
  });

  it('declining the summary writes nothing', async () => {
    const { result, w } = await start(['--auth-choice', 'qwen-api-key', '--secret-store', 'file', '--no-video', '--model', 'qwen/qwen3.5-plus']);
    await next();
    screen.type(CODING_KEY);
    screen.keypress('enter');
    await skipCheck();
    await next();
    screen.type('n');
    screen.keypress('enter');
    // Declining is an answer, not an error: exit 0, "Nothing was written.", and nothing was.
    expect(await result).toBe(0);
    expect(w.stdout.text()).toContain('Nothing was written.');
    await expect(fs.access(path.join(w.home, '.openclaw'))).rejects.toThrow();
  });

  it('offers to move a legacy qwen-portal profile to qwen-oauth, and moves it', async () => {
    world = await testWorld({ tty: true });
    const agentDir = path.join(world.home, '.openclaw/agents/main/agent');
    await fs.mkdir(agentDir, { recursive: true });
    await fs.writeFile(path.join(agentDir, 'auth-profiles.json'), JSON.stringify({ version: 1, profiles: { 'qwen-portal:default': { type: 'api_key', provider: 'qwen-portal', key: KEY } } }));
    const w = world;
    const result = runIn(w, ['onboard', '--auth-choice', 'qwen-oauth', '--secret-store', 'file'], testDeps());
    result.catch(() => undefined);
    let s = await next();
    expect(s).toContain('Move the legacy profile qwen-portal:default (sk-w…WXYZ) to qwen-oauth:default?');
    screen.keypress('enter');
    s = await next();
    expect(s).toContain('Default chat model');
    screen.keypress('enter');
    await skipCheck();
    s = await next();
    expect(s).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    const store = JSON.parse(await fs.readFile(path.join(agentDir, 'auth-profiles.json'), 'utf8'));
    expect(store.profiles).toEqual({ 'qwen-oauth:default': { type: 'api_key', provider: 'qwen-oauth', key: KEY } });
  });
});
