/**
 * Today's Gateway runs on our files: `openclaw gateway run` starts on a HOME
 * we onboarded, and one agent turn through it reaches our stand-in DashScope
 * on 127.0.0.1 with the stored key and the chosen model.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, openclaw, type TempHome } from '../helpers/cli.js';
import { startFakeDashscope, type FakeDashscope } from '../helpers/fake-dashscope.js';
import { freePort, judge, judgesMissing } from '../helpers/gateway-judge.js';

const missing = judgesMissing();
const KEY = 'sk-ok-turn0123456789abcdefWXYZ';


describe.skipIf(Boolean(missing))('the real 2026.9 Gateway on our files', () => {
  let api: FakeDashscope;
  beforeAll(async () => {
    api = await startFakeDashscope();
  });
  afterAll(async () => {
    await api.close();
  });

  async function turn(onboardArgs: string[], model: string, path: string) {
    const g = judge('2026.9.6');
    const home = await g.gatewayHome();
    const fake = { dir: home.dir, env: { ...cleanEnv(home.dir), OPENCLAW_GATEWAY_VERSION: '' } } as unknown as TempHome;
    const r = await openclaw(fake, ['onboard', '--non-interactive', ...onboardArgs, '--api-key-stdin', '--secret-store', 'file', '--base-url', `${api.url}${path}`], { input: KEY });
    expect(r.exitCode, r.stderr).toBe(0);
    // The Gateway's own port, away from any other Gateway on this machine.
    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8')) as { gateway: { port: number } };
    config.gateway.port = await freePort();
    await fs.writeFile(home.configPath, JSON.stringify(config, null, 2));

    api.reset();
    const gateway = await g.startGateway(home.dir);
    try {
      const turn = await g.run(home.dir, ['agent', '--agent', 'main', '--message', 'ping', '--json'], { timeout: 180_000 });
      expect(turn.exitCode, `${turn.stdout.slice(-2000)}\n${turn.stderr.slice(-2000)}\n${gateway.output().slice(-2000)}`).toBe(0);
      const chats = api.requests.filter((q) => q.path === `${path}/chat/completions`);
      expect(chats.length).toBeGreaterThan(0);
      expect(chats.every((q) => q.headers.authorization === `Bearer ${KEY}`)).toBe(true);
      expect(chats.map((q) => (JSON.parse(q.body) as { model: string }).model)).toContain(model);
      expect(turn.stdout).toContain(`"winnerModel": "${model}"`);
    } finally {
      await gateway.stop();
    }
  }

  it('starts and runs one agent turn that carries the stored key and the chosen model', async () => {
    await turn(['--auth-choice', 'qwen-standard-api-key', '--model', 'qwen/qwen3-coder-plus'], 'qwen3-coder-plus', '/compatible-mode/v1');
  }, 400_000);

  it('a Token Plan setup: the turn goes to its endpoint with its key and its default model', async () => {
    await turn(['--auth-choice', 'qwen-token-plan-cn'], 'qwen3.7-plus', '/token-plan/compatible-mode/v1');
  }, 400_000);
});
