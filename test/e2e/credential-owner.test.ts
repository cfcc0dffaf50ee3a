/** SPEC §3 "Credentials have one owner", through the built binary in a temporary HOME. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';

const STANDARD_KEY = 'sk-standard0123456789abcdSTD1';
const CODING_KEY = 'sk-sp-coding0123456789abcdCOD2';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome('openclaw-owner-');
});
afterEach(() => home.cleanup());

const onboard = (profile: string, choice: string, key: string, extra: string[] = []) =>
  openclaw(home, ['onboard', '--non-interactive', '--auth-choice', choice, '--profile-id', profile, '--secret-store', 'file', '--no-video', ...extra], { env: { QWEN_API_KEY: key } });

describe('one owner of credentials (binary)', () => {
  it('the profile onboarded last is active; the result names the profile sharing its endpoint; list marks it', async () => {
    expect((await onboard('work', 'qwen-standard-api-key', STANDARD_KEY)).exitCode).toBe(0);
    const second = await onboard('personal', 'qwen-api-key', CODING_KEY);
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout).toContain('Also talking to https://coding-intl.dashscope.aliyuncs.com/v1 now: qwen:work');
    const status = await openclaw(home, ['models', 'status']);
    expect(status.stdout).toContain('active profile qwen:personal');
    const list = await openclaw(home, ['models', 'auth', 'list']);
    expect(list.stdout).toMatch(/qwen:personal \(active\)/);
    expect(list.stdout).not.toMatch(/qwen:work \(active\)/);
  });

  it('logout takes the profile out of every order, and order get never names a profile that is not there', async () => {
    await onboard('work', 'qwen-standard-api-key', STANDARD_KEY);
    await onboard('personal', 'qwen-standard-api-key', CODING_KEY.replace('sk-sp-', 'sk-'));
    expect((await openclaw(home, ['models', 'auth', 'order', 'set', '--provider', 'qwen', 'qwen:personal', 'qwen:work'])).exitCode).toBe(0);
    expect((await openclaw(home, ['models', 'auth', 'logout', 'qwen:personal', '--yes'])).exitCode).toBe(0);
    const state = JSON.parse(await fs.readFile(path.join(home.agentDir, 'auth-state.json'), 'utf8'));
    expect(state.order.qwen).toEqual(['qwen:work']);
    const get = await openclaw(home, ['models', 'auth', 'order', 'get', '--provider', 'qwen']);
    expect(get.stdout).not.toContain('qwen:personal');
    expect(get.stdout).not.toContain('qwen:default');
    expect(get.stdout).toContain('Active: qwen:work');
  });

  it('a key only in <state>/.env: onboarding uses it, status is ok', async () => {
    await fs.mkdir(home.stateDir, { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(home.stateDir, '.env'), `QWEN_API_KEY=${STANDARD_KEY}\n`, { mode: 0o600 });
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-store', 'file', '--no-video']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain(`from QWEN_API_KEY in ${path.join(home.stateDir, '.env')}`);
    expect(r.stdout + r.stderr).not.toContain(STANDARD_KEY);
    expect((await openclaw(home, ['models', 'status', '--check'])).exitCode).toBe(0);
  });

  it('a keyRef to an unset variable: status names the profile and the variable, with the fix; --check says it on stderr', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'ref', '--no-video'], { env: { QWEN_API_KEY: STANDARD_KEY } });
    expect(r.exitCode, r.stderr).toBe(0);
    const status = await openclaw(home, ['models', 'status']);
    expect(status.stdout).toContain('profile qwen:default → env QWEN_API_KEY, which is not set');
    expect(status.stdout).toContain('export QWEN_API_KEY=...');
    const check = await openclaw(home, ['models', 'status', '--check']);
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain('qwen:default: keyRef names QWEN_API_KEY, which is not set');
  });
});
