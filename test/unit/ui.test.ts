import { describe, expect, it } from 'vitest';
import { summarizeChanges } from '../../src/onboarding/summary.js';
import { colorLevel } from '../../src/ui/output.js';
import { displayWidth, tildify, wrapWords } from '../../src/ui/table.js';
import stringWidth from 'string-width';

describe('summarizeChanges', () => {
  it('folds long runs under one parent, keeps the rest in order, and marks + new, ~ changed, - removed', () => {
    const allowlist = ['a', 'b', 'c', 'd'].map((m) => ({ path: `agents.defaults.models.qwen/${m}`, op: '+' as const }));
    expect(
      summarizeChanges([{ path: 'agents.defaults.model.primary', op: '~' }, ...allowlist, { path: 'plugins.entries.qwen.enabled', op: '+' }, { path: 'agents.defaults.videoGenerationModel', op: '-' }]),
    ).toEqual(['~ agents.defaults.model.primary', '+ agents.defaults.models.* (4 keys)', '+ plugins.entries.qwen.enabled', '- agents.defaults.videoGenerationModel']);
    expect(summarizeChanges(allowlist.slice(0, 3))).toEqual(allowlist.slice(0, 3).map((c) => `+ ${c.path}`));
    expect(summarizeChanges([...allowlist.slice(0, 3), { path: 'agents.defaults.models.qwen/e', op: '~' }])).toEqual(['~ agents.defaults.models.* (4 keys)']);
  });
});

describe('the summary for people', () => {
  it('shows old → new for a changed value and the new one for an added value; containers without values', () => {
    expect(
      summarizeChanges([
        { path: 'models.providers.qwen.baseUrl', op: '~', from: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1', to: 'https://coding-intl.dashscope.aliyuncs.com/v1' },
        { path: 'plugins.entries.qwen.enabled', op: '+', to: true },
        { path: 'models.providers.qwen.models', op: '~' },
      ]),
    ).toEqual(['~ models.providers.qwen.baseUrl: https://dashscope-intl.aliyuncs.com/compatible-mode/v1 → https://coding-intl.dashscope.aliyuncs.com/v1', '~ models.providers.qwen.models', '+ plugins.entries.qwen.enabled: true']);
  });

  it('writes paths under the home directory with ~, and nothing else', () => {
    expect(tildify('/home/ana/.openclaw/openclaw.json', '/home/ana')).toBe('~/.openclaw/openclaw.json');
    expect(tildify('/home/ana/.openclaw/openclaw.json', '/home/ana/')).toBe('~/.openclaw/openclaw.json');
    expect(tildify('/home/anab/x', '/home/ana')).toBe('/home/anab/x');
    expect(tildify('/etc/x', undefined)).toBe('/etc/x');
  });

  it('wraps at spaces to the width, indented under the value column; a long word stays whole', () => {
    const line = '  Key       sk-a…wxyz (from QWEN_API_KEY), to be stored in the OS keychain (service openclaw, account qwen:default)';
    const wrapped = wrapWords(line, 60, 12);
    expect(wrapped.length).toBeGreaterThan(1);
    for (const part of wrapped) expect(displayWidth(part)).toBeLessThanOrEqual(60);
    for (const part of wrapped.slice(1)) expect(part.startsWith(' '.repeat(12))).toBe(true);
    expect(wrapped.map((p) => p.trim()).join(' ').replace(/\s+/g, ' ')).toBe(line.trim().replace(/\s+/g, ' '));
    expect(wrapWords(`x ${'y'.repeat(80)}`, 40, 2)).toEqual(['x', `  ${'y'.repeat(80)}`]);
    expect(wrapWords('short', 40, 2)).toEqual(['short']);
  });
});

describe('colour', () => {
  const tty = { isTTY: true, write: () => true };
  it('honours NO_COLOR and FORCE_COLOR, and never colours a pipe', () => {
    expect(colorLevel({ env: { NO_COLOR: '1' } }, tty)).toBe(0);
    expect(colorLevel({ env: {} }, tty, true)).toBe(0);
    expect(colorLevel({ env: {} }, { write: () => true })).toBe(0);
    expect(colorLevel({ env: { TERM: 'xterm-256color' } }, tty)).toBeGreaterThan(0);
    expect(colorLevel({ env: { NO_COLOR: '' } }, tty)).toBeGreaterThan(0);
    expect(colorLevel({ env: { FORCE_COLOR: '1' } }, { write: () => true })).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: '0' } }, tty)).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: 'false', TERM: 'xterm-256color' } }, tty)).toBe(0);
  });
});

describe('displayWidth agrees with string-width on the text our tables hold', () => {
  it.each([
    'qwen/qwen3.5-plus',
    '標準（隨用隨付）',
    'Coding Plan（サブスクリプション）',
    '标准（按量付费）',
    'いいえ',
    'ｶﾀｶﾅ half-width',
    'e\u0301 combining',
    'カ\u3099 voiced mark',
    '\u001b[33mWarning:\u001b[39m 警告',
    'zero\u200bwidth',
    '한국어',
    '𠀋 supplementary ideograph',
  ])('%s', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});
