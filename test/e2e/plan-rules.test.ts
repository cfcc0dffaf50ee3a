/**
 * The plan rules of SPEC §2, through the built binary, in both regions: every
 * command consults the same policy, and every hint names the auth choice that
 * matches the config's plan and region.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openclaw, tempHome, type TempHome, type RunResult } from '../helpers/cli.js';
import { parseJson5 } from '../helpers/json5.js';

const KEY = 'sk-plan0123456789abcdefWXYZ';
const SP_KEY = 'sk-sp-plan0123456789abcdWXYZ';
const STANDARD_ONLY = ['qwen3.6-flash', 'qwen3.7-max', 'qwen3.8-max', 'qwen3.8-flash'];
let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(() => home.cleanup());

const run = (args: string[], env: Record<string, string> = {}) => openclaw(home, args, { env: { QWEN_API_KEY: KEY, ...env } });
async function ok(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const r = await run(args, env);
  expect(r.exitCode, r.stderr).toBe(0);
  return r;
}
const onboard = (choice: string, extra: string[] = [], env: Record<string, string> = {}) => ok(['onboard', '--non-interactive', '--auth-choice', choice, '--secret-store', 'file', ...extra], env);
const config = async () => parseJson5(await home.read(home.configPath));

for (const region of ['global', 'cn'] as const) {
  const sfx = region === 'cn' ? '-cn' : '';
  const coding = `qwen-api-key${sfx}`;
  const standard = `qwen-standard-api-key${sfx}`;

  describe(`Coding Plan, ${region}`, () => {
    it('no view lists Wan or a Standard-only model under qwen: list --provider, --all, completion', async () => {
      await onboard(coding);
      for (const args of [
        ['models', 'list', '--provider', 'qwen', '--plain'],
        ['models', 'list', '--all', '--plain'],
        ['__complete', 'chat-model'],
        ['__complete', 'video-model'],
      ]) {
        const r = await ok(args);
        expect(r.stdout, args.join(' ')).not.toMatch(/^qwen\/wan/m);
        for (const id of STANDARD_ONLY) expect(r.stdout, args.join(' ')).not.toContain(`qwen/${id}\n`);
        if (args[1] !== 'video-model') expect(r.stdout, args.join(' ')).toMatch(/^qwen\/qwen3\.7-plus$/m);
      }
      expect((await ok(['models', 'list', '--all', '--plain'])).stdout).toMatch(/^alibaba\/wan2\.6-t2v$/m);
    });

    it.each(STANDARD_ONLY)('models set %s saves it with the warning and both fixes; status --check counts it unusable', async (id) => {
      await onboard(coding);
      const r = await ok(['models', 'set', `qwen/${id}`]);
      expect(r.stdout).toContain(`Default model: qwen/${id}`);
      expect(r.stderr).toContain(`qwen/${id} is served on Standard (pay-as-you-go) endpoints only`);
      expect(r.stderr).toContain('list it under models.providers.qwen.models');
      expect(r.stderr).toContain(`openclaw onboard --auth-choice ${standard}.`);
      expect((await config()).agents.defaults.model.primary).toBe(`qwen/${id}`);
      const check = await run(['models', 'status', '--check']);
      expect(check.exitCode).toBe(1);
      expect(check.stdout + check.stderr).toContain(`--auth-choice ${standard}`);
    });

    it('qwen3.6-plus and qwen3.7-plus are set on Coding Plan without a word', async () => {
      await onboard(coding);
      for (const id of ['qwen3.6-plus', 'qwen3.7-plus']) expect((await ok(['models', 'set', `qwen/${id}`])).stderr).toBe('');
      expect((await run(['models', 'status', '--check'])).exitCode).toBe(0);
    });

    it('set-video qwen Wan warns with the matching Standard choice, and status --check counts it unusable', async () => {
      await onboard(coding);
      const r = await ok(['models', 'set-video', 'qwen/wan2.6-t2v']);
      expect(r.stderr).toContain('qwen/wan2.6-t2v needs a Standard (pay-as-you-go) key');
      expect(r.stderr).toContain(`openclaw onboard --auth-choice ${standard}.`);
      const check = await run(['models', 'status', '--check']);
      expect(check.exitCode).toBe(1);
      const json = JSON.parse((await run(['models', 'status', '--json'])).stdout);
      expect(json.auth.unusableProfiles).toEqual([expect.objectContaining({ provider: 'qwen', kind: 'plan', hint: expect.stringContaining(`--auth-choice ${standard}`) })]);
      expect(json.auth.providers[0]).toMatchObject({ provider: 'qwen', plan: 'coding', region });
    });

    it('onboarding with --video-model qwen Wan warns, naming the Standard choice', async () => {
      const r = await onboard(coding, ['--video-model', 'qwen/wan2.6-i2v']);
      expect(r.stderr).toContain(`openclaw onboard --auth-choice ${standard}.`);
    });

    it('a Standard video default that stays is reported unchanged, with the warning', async () => {
      await onboard(standard);
      expect((await config()).agents.defaults.videoGenerationModel.primary).toBe('qwen/wan2.6-t2v');
      const r = await onboard(coding);
      expect(r.stdout).toContain('Video     unchanged (qwen/wan2.6-t2v)');
      expect(r.stdout).not.toContain('not set');
      expect(r.stderr).toContain(`openclaw onboard --auth-choice ${standard}.`);
      const removed = await onboard(coding, ['--no-video']);
      expect(removed.stdout).toContain('Video     removed (was qwen/wan2.6-t2v)');
      expect((await config()).agents.defaults.videoGenerationModel).toBeUndefined();
    });

    it('after logout the missing-credential hint names the Coding Plan choice of this region', async () => {
      await onboard(coding);
      await ok(['models', 'auth', 'logout', 'qwen:default', '--yes']);
      const json = JSON.parse((await openclaw(home, ['models', 'status', '--json'])).stdout);
      expect(json.auth.unusableProfiles).toEqual([expect.objectContaining({ provider: 'qwen', kind: 'missing', hint: `openclaw onboard --auth-choice ${coding}` })]);
      const check = await openclaw(home, ['models', 'status', '--check']);
      expect(check.exitCode).toBe(1);
      expect(check.stdout).toContain(`--auth-choice ${coding}`);
    });
  });

  describe(`Standard, ${region}`, () => {
    it('an sk-sp- key on a Standard choice is warned, naming the Coding Plan choice of this region', async () => {
      const r = await onboard(standard, ['--modelstudio-standard-api-key' + sfx, SP_KEY], { QWEN_API_KEY: '' });
      expect(r.stderr).toContain('This key starts with sk-sp-, the mark of a Coding Plan (subscription) key');
      expect(r.stderr).toContain(`Use --auth-choice ${coding} for this key.`);
      expect(r.stdout + r.stderr).not.toContain(SP_KEY.slice(4, -4));
    });

    it('qwen3.6-plus and Wan are set without a word', async () => {
      await onboard(standard);
      expect((await ok(['models', 'set', 'qwen/qwen3.6-plus'])).stderr).toBe('');
      expect((await ok(['models', 'set-video', 'qwen/wan2.7-r2v'])).stderr).toBe('');
      expect((await run(['models', 'status', '--check'])).exitCode).toBe(0);
      const listed = (await ok(['models', 'list', '--provider', 'qwen', '--plain'])).stdout;
      expect(listed).toMatch(/^qwen\/qwen3\.6-plus$/m);
      expect(listed).toMatch(/^qwen\/wan2\.6-t2v$/m);
    });

    it('--region on a fixed-region choice names the same plan in that region', async () => {
      const other = region === 'cn' ? 'global' : 'cn';
      const r = await run(['onboard', '--non-interactive', '--auth-choice', standard, '--region', other]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`--auth-choice qwen-standard-api-key${other === 'cn' ? '-cn' : ''}.`);
      expect(await home.exists('.openclaw')).toBe(false);
    });
  });

  describe(`Token Plan, ${region}`, () => {
    const tokenPlan = `qwen-token-plan${sfx}`;
    const host = region === 'cn' ? 'token-plan.cn-beijing.maas.aliyuncs.com' : 'token-plan.ap-southeast-1.maas.aliyuncs.com';
    const TP_KEY = 'sk-tp0123456789abcdefghWXYZ';
    const tokenOnboard = (extra: string[], input?: string, env: Record<string, string> = {}) =>
      openclaw(home, ['onboard', '--non-interactive', '--auth-choice', tokenPlan, '--secret-store', 'file', ...extra], { input, env: { QWEN_API_KEY: '', ...env } });
    const stored = async () => JSON.parse(await home.read(home.storePath)).profiles['qwen-token-plan:default'];

    it.each([
      ['its key flag', [`--qwen-token-plan-api-key${sfx}`, TP_KEY], undefined, {}],
      ['stdin', ['--api-key-stdin'], `${TP_KEY}\n`, {}],
      ['QWEN_TOKEN_PLAN_API_KEY', [], undefined, { QWEN_TOKEN_PLAN_API_KEY: TP_KEY }],
    ] as const)('onboards with the key from %s: its host, its default and alias, no video', async (_from, extra, input, env) => {
      const r = await tokenOnboard([...extra], input, env);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(TP_KEY);
      expect(await stored()).toEqual({ type: 'api_key', provider: 'qwen-token-plan', key: TP_KEY });
      const cfg = await config();
      expect(cfg.models.providers['qwen-token-plan']).toMatchObject({ baseUrl: `https://${host}/compatible-mode/v1`, api: 'openai-completions' });
      expect(cfg.agents.defaults.model.primary).toBe('qwen-token-plan/qwen3.7-plus');
      expect(cfg.agents.defaults.models['qwen-token-plan/qwen3.7-plus']).toEqual({ alias: 'Qwen Token Plan' });
      expect(cfg.agents.defaults.videoGenerationModel).toBeUndefined();
      expect(cfg.plugins.entries).toEqual({ qwen: { enabled: true } });
    });

    it('models list, set, status and completion know it', async () => {
      expect((await tokenOnboard([`--qwen-token-plan-api-key${sfx}`, TP_KEY])).exitCode).toBe(0);
      const listed = (await ok(['models', 'list', '--provider', 'qwen-token-plan', '--plain'])).stdout.trim().split('\n');
      expect(listed).toEqual(['qwen3.7-plus', 'qwen3.8-max', 'qwen3.8-flash', 'qwen3.6-plus', 'kimi-k2.5', 'glm-5', 'MiniMax-M2.5'].map((id) => `qwen-token-plan/${id}`));
      expect((await ok(['models', 'list', '--provider', 'bailian-token-plan', '--plain'])).stdout.trim().split('\n')).toEqual(listed);
      const set = await ok(['models', 'set', 'qwen-token-plan/qwen3.8-max']);
      expect(set.stderr).toBe('');
      expect((await config()).agents.defaults.model.primary).toBe('qwen-token-plan/qwen3.8-max');
      const status = JSON.parse((await ok(['models', 'status', '--json'])).stdout);
      expect(status.auth.providers).toEqual([expect.objectContaining({ provider: 'qwen-token-plan', plan: 'token', region })]);
      expect((await run(['models', 'status', '--check'])).exitCode).toBe(0);
      expect((await ok(['models', 'status'])).stdout).toContain('Token Plan (team subscription)');
      const completed = (await ok(['__complete', 'chat-model'])).stdout;
      expect(completed).toContain('qwen-token-plan/qwen3.8-flash\n');
      expect(completed).not.toContain('qwen-token-plan/qwen3-coder-next');
      expect((await ok(['__complete', 'video-model'])).stdout).not.toContain('qwen-token-plan/');
      for (const shell of ['bash', 'zsh', 'fish']) {
        const script = (await ok(['completion', '--shell', shell])).stdout;
        expect(script, shell).toContain(tokenPlan);
        expect(script, shell).toContain(`qwen-token-plan-api-key${sfx}`);
        expect(script, shell).toContain('bailian-token-plan');
      }
    });

    it('an sk-sp- key is warned, naming the Coding Plan choice of this region', async () => {
      const r = await tokenOnboard([`--qwen-token-plan-api-key${sfx}`, SP_KEY]);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stderr).toContain(`This key starts with sk-sp-, the mark of a Coding Plan (subscription) key, but ${tokenPlan} is a Token Plan (team subscription) choice.`);
      expect(r.stderr).toContain(`Use --auth-choice ${coding} for this key.`);
    });

    it('qwen3-coder-next, deprecated on Token Plan, is saved with its replacement named', async () => {
      expect((await tokenOnboard([`--qwen-token-plan-api-key${sfx}`, TP_KEY])).exitCode).toBe(0);
      const r = await ok(['models', 'set', 'qwen-token-plan/qwen3-coder-next']);
      expect(r.stderr).toContain('qwen-token-plan/qwen3-coder-next is deprecated by the provider and replaced by qwen-token-plan/qwen3.7-plus.');
      expect(r.stderr).toContain('openclaw models set qwen-token-plan/qwen3.7-plus');
    });
  });
}

describe('credential and ref of different providers', () => {
  it('a Portal token with a qwen/ model names the qwen-oauth ref', async () => {
    const r = await onboard('qwen-oauth', ['--model', 'qwen/qwen3.5-plus']);
    expect(r.stderr).toContain('A Qwen Portal token serves qwen-oauth/ refs, not qwen/qwen3.5-plus.');
    expect(r.stderr).toContain('Use qwen-oauth/qwen3.5-plus.');
  });

  it('a DashScope key with a qwen-oauth/ model names the qwen ref', async () => {
    const r = await onboard('qwen-api-key', ['--model', 'qwen-oauth/qwen3.5-plus']);
    expect(r.stderr).toContain('A Qwen Cloud API key serves qwen/ refs, not qwen-oauth/qwen3.5-plus.');
    expect(r.stderr).toContain('Use qwen/qwen3.5-plus.');
  });

  it('the deprecation notice of a legacy choice is printed once', async () => {
    const r = await onboard('modelstudio-api-key-cn');
    expect(r.stderr.match(/is deprecated/g)).toHaveLength(1);
    expect((await config()).models.providers.qwen.baseUrl).toBe('https://coding.dashscope.aliyuncs.com/v1');
  });
});
