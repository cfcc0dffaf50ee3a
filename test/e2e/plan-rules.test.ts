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
    it('no view lists Wan under qwen or qwen3.6-plus: list --provider, --all, completion', async () => {
      await onboard(coding);
      for (const args of [
        ['models', 'list', '--provider', 'qwen', '--plain'],
        ['models', 'list', '--all', '--plain'],
        ['__complete', 'chat-model'],
        ['__complete', 'video-model'],
      ]) {
        const r = await ok(args);
        expect(r.stdout, args.join(' ')).not.toMatch(/^qwen\/wan/m);
        expect(r.stdout, args.join(' ')).not.toMatch(/^qwen\/qwen3\.6-plus$/m);
      }
      expect((await ok(['models', 'list', '--all', '--plain'])).stdout).toMatch(/^alibaba\/wan2\.6-t2v$/m);
    });

    it('models set qwen3.6-plus saves it with the warning and both fixes', async () => {
      await onboard(coding);
      const r = await ok(['models', 'set', 'qwen/qwen3.6-plus']);
      expect(r.stdout).toContain('Default model: qwen/qwen3.6-plus');
      expect(r.stderr).toContain('qwen/qwen3.6-plus is served on Standard (pay-as-you-go) endpoints only');
      expect(r.stderr).toContain('list it under models.providers.qwen.models');
      expect(r.stderr).toContain(`openclaw onboard --auth-choice ${standard}.`);
      expect((await config()).agents.defaults.model.primary).toBe('qwen/qwen3.6-plus');
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
