/** The edges people and scripts touch, through the built binary: `--check` in every output mode, declines, did-you-mean. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';

const KEY = 'sk-people0123456789abcdefWXYZ';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome('openclaw-people-bin-');
  const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: KEY } });
  expect(r.exitCode, r.stderr).toBe(0);
});
afterEach(() => home.cleanup());

describe('models status --check for scripts', () => {
  it('a mistyped default fails --check with the reason and a did-you-mean on stderr, in every output mode', async () => {
    const set = await openclaw(home, ['models', 'set', 'qwen/qwen3.5-plsu']);
    expect(set.exitCode).toBe(0);
    expect(set.stderr).toContain('Did you mean qwen/qwen3.5-plus?');
    for (const mode of [[], ['--plain'], ['--json']]) {
      const r = await openclaw(home, ['models', 'status', '--check', ...mode]);
      expect(r.exitCode, mode.join(' ')).toBe(1);
      expect(r.stderr, mode.join(' ')).toContain('The default model qwen/qwen3.5-plsu is in no catalog');
      expect(r.stderr, mode.join(' ')).toContain('Did you mean qwen/qwen3.5-plus?');
      if (mode[0] === '--json') expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('a default that the last live list of the endpoint serves passes', async () => {
    await openclaw(home, ['models', 'set', 'qwen/qwen3.9-preview']);
    expect((await openclaw(home, ['models', 'status', '--check'])).exitCode).toBe(1);
    const fs = await import('node:fs/promises');
    const cache = `${home.stateDir}/cache/models/qwen.json`;
    await fs.mkdir(`${home.stateDir}/cache/models`, { recursive: true });
    await fs.writeFile(cache, JSON.stringify({ version: 1, provider: 'qwen', baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', fetchedAt: new Date().toISOString(), models: ['qwen3.9-preview'] }));
    expect((await openclaw(home, ['models', 'status', '--check'])).exitCode).toBe(0);
  });

  it('a missing credential says why on stderr with --plain too', async () => {
    await openclaw(home, ['models', 'auth', 'logout', 'qwen:default', '--yes']);
    const r = await openclaw(home, ['models', 'status', '--check', '--plain']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error: qwen: /m);
    expect(r.stderr).toContain('openclaw onboard --auth-choice qwen-standard-api-key');
  });

  it('option values are validated whether or not their option is used', async () => {
    const r = await openclaw(home, ['models', 'status', '--probe-timeout', 'soon']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--probe-timeout must be a whole number of milliseconds');
    const onboard = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--verify-timeout', 'soon'], { env: { QWEN_API_KEY: KEY } });
    expect(onboard.exitCode).toBe(2);
    expect(onboard.stderr).toContain('--verify-timeout must be a whole number of milliseconds');
  });
});

describe('messages in the language of the person', () => {
  it('a Coding Plan choice given an unmarked key is flagged, with the choice that fits', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--no-video', '--secret-store', 'file', '--dry-run'], { env: { QWEN_API_KEY: KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('Coding Plan (subscription) keys start with sk-sp-, and this one does not');
    expect(r.stderr).toContain('Use --auth-choice qwen-standard-api-key for this key.');
  });

  it('status speaks Japanese without English marks; --json stays English', async () => {
    const ja = await openclaw(home, ['models', 'status'], { env: { OPENCLAW_LOCALE: 'ja' } });
    expect(ja.stdout).toContain('利用可 プロファイル qwen:default');
    expect(ja.stdout).toContain('エンドポイント https://dashscope-intl.aliyuncs.com');
    expect(ja.stdout).not.toMatch(/\bok profile\b|\bendpoint\b/);
    const json = await openclaw(home, ['models', 'status', '--json'], { env: { OPENCLAW_LOCALE: 'ja' } });
    expect(JSON.parse(json.stdout).auth.providers[0].description).toBe('profile qwen:default');
  });
});
