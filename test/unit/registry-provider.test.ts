/**
 * A provider is nothing but its spec: a test-only `acme` spec, registered
 * through the registry, drives onboarding (flags and the wizard), models
 * list/set/status and completion generation without any other source file
 * knowing it exists.
 */
import { screen } from '@inquirer/testing/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { registerProvider } from '../../src/catalog/registry.js';
import type { Localized, ProviderSpec } from '../../src/catalog/types.js';
import { memoryKeychain } from '../../src/credentials/keychain.js';
import { scriptFor } from '../../src/completion/command-run.js';
import { commandTree } from '../../src/cli.js';
import { runIn, testDeps, testWorld, type TestWorld } from '../helpers/world.js';

/** The same words in every locale: enough for a test provider. */
const all = (text: string): Localized => ({ en: text, 'zh-CN': text, 'zh-TW': text, ja: text });

const ACME: ProviderSpec = {
  id: 'acme',
  label: 'Acme AI',
  aliases: ['acme-ai'],
  envVars: ['ACME_API_KEY'],
  pluginId: 'acme',
  keyNoun: all('Acme API key'),
  keyPageUrl: 'https://acme.example/keys',
  authChoices: [
    { id: 'acme-api-key', region: 'global', baseUrl: 'https://api.acme.example/v1', keyFlag: 'acme-api-key', label: all('Acme AI (Global)') },
    { id: 'acme-api-key-cn', region: 'cn', baseUrl: 'https://cn.api.acme.example/v1', keyFlag: 'acme-api-key-cn', label: all('Acme AI (China)') },
  ],
  regions: [{ id: 'global' }, { id: 'cn' }],
  chatModels: [
    { id: 'acme-1', name: 'Acme One', input: ['text'], contextWindow: 131_072, maxTokens: 8_192, reasoning: false },
    { id: 'acme-2-mini', name: 'Acme Two Mini', input: ['text', 'image'], contextWindow: 65_536, maxTokens: 4_096, reasoning: true },
  ],
  videoModels: [],
  defaultModel: 'acme/acme-1',
  configShape: 'chat',
  api: 'openai-completions',
  probe: 'openai-chat',
  wizard: { group: all('Acme AI (test provider)'), description: all('Registered by the test suite only'), order: 3 },
};

const KEY = 'sk-acme0123456789abcdefWXYZ';
let unregister: () => void;
let world: TestWorld | undefined;
beforeAll(() => {
  unregister = registerProvider(ACME);
});
afterAll(() => unregister());
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const readConfig = async (w: TestWorld) => JSON.parse(await fs.readFile(path.join(w.home, '.openclaw/openclaw.json'), 'utf8'));
const readStore = async (w: TestWorld) => JSON.parse(await fs.readFile(path.join(w.home, '.openclaw/agents/main/agent/auth-profiles.json'), 'utf8'));

describe('a provider registered as a spec', () => {
  it('onboards without a terminal from its own key flag, and every models command knows it', async () => {
    world = await testWorld();
    const code = await runIn(world, ['onboard', '--non-interactive', '--auth-choice', 'acme-api-key-cn', '--acme-api-key-cn', KEY, '--secret-store', 'file']);
    expect(code, world.stderr.text()).toBe(0);
    const config = await readConfig(world);
    expect(config.models.providers.acme).toMatchObject({ baseUrl: 'https://cn.api.acme.example/v1', api: 'openai-completions' });
    expect(config.models.providers.acme.models.map((r: { id: string }) => r.id)).toEqual(['acme-1', 'acme-2-mini']);
    expect(config.agents.defaults.model.primary).toBe('acme/acme-1');
    expect(Object.keys(config.agents.defaults.models)).toEqual(['acme/acme-1', 'acme/acme-2-mini']);
    expect(config.plugins.entries.acme.enabled).toBe(true);
    expect((await readStore(world)).profiles['acme:default']).toEqual({ type: 'api_key', provider: 'acme', key: KEY });
    expect(world.stdout.text()).toContain('Next: openclaw models list --provider acme');
    expect(world.stdout.text() + world.stderr.text()).not.toContain(KEY);

    const list = await testWorld({ env: { HOME: world.home } });
    const w2: TestWorld = { ...list, home: world.home, homedir: world.home, cwd: world.home };
    expect(await runIn(w2, ['models', 'list', '--provider', 'acme-ai', '--plain'])).toBe(0);
    expect(w2.stdout.text()).toBe('acme/acme-1\nacme/acme-2-mini\n');
    expect(await runIn(w2, ['models', 'set', 'acme-2-mini'])).toBe(0);
    expect((await readConfig(w2)).agents.defaults.model.primary).toBe('acme/acme-2-mini');
    expect(await runIn(w2, ['models', 'status', '--json'])).toBe(0);
    const status = JSON.parse(w2.stdout.text().slice(w2.stdout.text().indexOf('{')));
    expect(status.auth.providers).toEqual([expect.objectContaining({ provider: 'acme', baseUrl: 'https://cn.api.acme.example/v1', region: 'cn', activeProfile: 'acme:default', source: 'profile', usable: true })]);
    expect(await runIn(w2, ['models', 'status', '--check'])).toBe(0);
    await list.cleanup();
  });

  it('is asked for in the wizard: its group, its regions, its key noun, its catalog', async () => {
    world = await testWorld({ tty: true });
    const keychain = memoryKeychain();
    const result = runIn(world, ['onboard'], testDeps({ keychain }));
    result.catch(() => undefined);
    await screen.next();
    expect(screen.getScreen()).toContain('Acme AI (test provider)');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Which region?');
    expect(screen.getScreen()).toContain('China (mainland)');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Paste your Acme API key');
    screen.type(KEY);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Default chat model');
    expect(screen.getScreen()).toContain('acme/acme-2-mini');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Check the key now with one small live request?');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Where should the key be kept?');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Write these changes?');
    screen.keypress('enter');
    expect(await result).toBe(0);
    expect(keychain.items.get('acme:default')).toBe(KEY);
    expect((await readConfig(world)).models.providers.acme.baseUrl).toBe('https://cn.api.acme.example/v1');
    expect(world.stderr.text()).toContain('Keys are created at https://acme.example/keys');
  });

  it('reaches the completion scripts: its choices, key flags and alias', async () => {
    const bash = scriptFor('bash', await commandTree());
    expect(bash).toContain('acme-api-key-cn');
    expect(bash).toContain("'onboard|--acme-api-key-cn'");
    expect(bash).toContain('acme-ai');
  });
});
