import { describe, expect, it } from 'vitest';
import { summarizeKeyPaths } from '../../src/ui/key-paths.js';
import { colorLevel } from '../../src/ui/output.js';

describe('summarizeKeyPaths', () => {
  it('folds long runs under one parent and keeps the rest in order', () => {
    const allowlist = ['a', 'b', 'c', 'd'].map((m) => `agents.defaults.models.qwen/${m}`);
    expect(summarizeKeyPaths(['agents.defaults.model.primary', ...allowlist, 'plugins.entries.qwen.enabled'])).toEqual([
      'agents.defaults.model.primary',
      'agents.defaults.models.* (4 keys)',
      'plugins.entries.qwen.enabled',
    ]);
    expect(summarizeKeyPaths(allowlist.slice(0, 3))).toEqual(allowlist.slice(0, 3));
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
  });
});
