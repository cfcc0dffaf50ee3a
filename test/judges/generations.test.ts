/**
 * The real Gateways judge what we write (SPEC §9): for each release and each
 * auth choice, on a HOME that release set up itself and on an empty HOME, our
 * onboarding is followed by the Gateway's own `config validate --json` (valid)
 * and `models status --json` (the stored profile usable), with no doctor step.
 * Then the other writing commands, each judged the same way.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authChoices, providerById } from '../../src/catalog/registry.js';
import { cleanEnv, openclaw, type TempHome } from '../helpers/cli.js';
import { GATEWAYS, judge, judgesMissing, usableProfile, type JudgeHome } from '../helpers/gateway-judge.js';

const missing = judgesMissing();
const KEY = 'sk-judge0123456789abcdefWXYZ';

if (missing && process.env.CI === 'true') {
  it('the real Gateways are installed (scripts/install-judges.sh)', () => {
    expect(missing).toBeUndefined();
  });
}

/** Our binary with HOME at a judge's HOME; the generation is stated only where the files cannot say it. */
async function ours(home: JudgeHome, args: string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...cleanEnv(home.dir), OPENCLAW_GATEWAY_VERSION: undefined, ...opts.env };
  const fake: TempHome = { ...(await tempHomeShape(home)), env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)) };
  return openclaw(fake, args, { input: opts.input, timeout: 30_000 });
}

async function tempHomeShape(home: JudgeHome): Promise<Omit<TempHome, 'env'>> {
  const agentDir = path.join(home.stateDir, 'agents', 'main', 'agent');
  return {
    dir: home.dir,
    stateDir: home.stateDir,
    configPath: home.configPath,
    agentDir,
    storePath: path.join(agentDir, 'auth-profiles.json'),
    read: (rel) => fs.readFile(path.resolve(home.dir, rel), 'utf8'),
    exists: (rel) =>
      fs.access(path.resolve(home.dir, rel)).then(
        () => true,
        () => false,
      ),
    cleanup: async () => undefined,
  };
}

/** Today's Gateway serves these from the external Qwen plugin (Qwen Cloud and Token Plan). */
const CHOICES = authChoices().map((c) => ({ id: c.id, provider: c.provider, keyFlag: c.keyFlag, external: Boolean(providerById(c.provider)?.externalPluginPackage) }));

describe.skipIf(Boolean(missing))('the real Gateways judge our files', () => {
  const empties: string[] = [];
  afterAll(async () => {
    for (const dir of empties) await fs.rm(dir, { recursive: true, force: true });
  });

  for (const version of GATEWAYS) {
    describe(`openclaw ${version}`, () => {
      const g = judge(version);
      // An empty HOME says nothing of its Gateway: today's is assumed, so the seed era is stated.
      const statedOnEmpty = version === '2026.4.24' ? { OPENCLAW_GATEWAY_VERSION: version } : {};
      beforeAll(async () => {
        await g.gatewayHome();
      }, 240_000);

      async function judgeStatus(home: JudgeHome, env: Record<string, string>) {
        const r = await g.run(home.dir, ['models', 'status', '--json'], { env });
        return JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as Parameters<typeof usableProfile>[0];
      }

      async function expectAccepted(home: JudgeHome, provider: string, profileId: string) {
        const verdict = await g.validate(home.dir);
        expect(verdict.valid, verdict.raw).toBe(true);
        const problem = usableProfile(await g.status(home.dir), provider, profileId);
        expect(problem).toBeUndefined();
      }

      for (const choice of CHOICES) {
        it(`${choice.id} on a HOME it set up itself`, async () => {
          const home = await g.gatewayHome();
          const r = await ours(home, ['onboard', '--non-interactive', '--auth-choice', choice.id, '--api-key-stdin', '--secret-store', 'file'], { input: KEY });
          expect(r.exitCode, r.stderr).toBe(0);
          // Today's Gateway runs Qwen as an external plugin, which this HOME has installed.
          if (version !== '2026.4.24' && choice.external) expect(r.stderr).toContain('The qwen plugin is installed (2026.9.4).');
          await expectAccepted(home, choice.provider, `${choice.provider}:default`);
        });

        it(`${choice.id} on an empty HOME`, async () => {
          const home = await g.emptyHome();
          empties.push(home.dir);
          const r = await ours(home, ['onboard', '--non-interactive', '--auth-choice', choice.id, '--api-key-stdin', '--secret-store', 'file'], { input: KEY, env: statedOnEmpty });
          expect(r.exitCode, r.stderr).toBe(0);
          if (version !== '2026.4.24' && choice.external) expect(r.stderr).toContain('Install it: openclaw plugins install @openclaw/qwen-provider');
          await expectAccepted(home, choice.provider, `${choice.provider}:default`);
        });
      }

      it('an env reference (--secret-input-mode ref) resolves in the Gateway that has the variable', async () => {
        const home = await g.gatewayHome();
        const r = await ours(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'ref'], { env: { QWEN_API_KEY: KEY } });
        expect(r.exitCode, r.stderr).toBe(0);
        const verdict = await g.validate(home.dir);
        expect(verdict.valid, verdict.raw).toBe(true);
        const s = await judgeStatus(home, { QWEN_API_KEY: KEY });
        expect(usableProfile(s, 'qwen', 'qwen:default')).toBeUndefined();
      });

      it('after models set, set-video, auth order set, logout and a second onboarding', async () => {
        const home = await g.gatewayHome();
        const onboard = (profile: string) => ours(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--api-key-stdin', '--secret-store', 'file', '--profile-id', profile], { input: KEY });
        expect((await onboard('default')).exitCode).toBe(0);

        let r = await ours(home, ['models', 'set', 'qwen/qwen3-coder-plus']);
        expect(r.exitCode, r.stderr).toBe(0);
        await expectAccepted(home, 'qwen', 'qwen:default');
        expect((await g.status(home.dir)).defaultModel).toBe('qwen/qwen3-coder-plus');

        r = await ours(home, ['models', 'set-video', 'qwen/wan2.6-i2v']);
        expect(r.exitCode, r.stderr).toBe(0);
        await expectAccepted(home, 'qwen', 'qwen:default');
        const videoKey = version === '2026.4.24' ? 'agents.defaults.videoGenerationModel.primary' : 'agents.defaults.mediaModels.video.primary';
        const video = await g.run(home.dir, ['config', 'get', videoKey]);
        expect(video.stdout).toContain('qwen/wan2.6-i2v');

        expect((await onboard('work')).exitCode).toBe(0);
        r = await ours(home, ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:default', 'qwen:work']);
        expect(r.exitCode, r.stderr).toBe(0);
        const order = await g.run(home.dir, ['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json']);
        expect(JSON.parse(order.stdout.slice(order.stdout.indexOf('{'))).order).toEqual(['qwen:default', 'qwen:work']);
        await expectAccepted(home, 'qwen', 'qwen:work');

        r = await ours(home, ['models', 'auth', 'logout', 'qwen:work', '--yes']);
        expect(r.exitCode, r.stderr).toBe(0);
        const verdict = await g.validate(home.dir);
        expect(verdict.valid, verdict.raw).toBe(true);
        const after = await g.status(home.dir);
        expect(usableProfile(after, 'qwen', 'qwen:default')).toBeUndefined();
        expect(JSON.stringify(after.auth.providers)).not.toContain('qwen:work');
        const orderAfter = await g.run(home.dir, ['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json']);
        expect(orderAfter.stdout).not.toContain('qwen:work');
      }, 400_000);
    });
  }
});

