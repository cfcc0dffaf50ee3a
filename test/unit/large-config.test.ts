/**
 * The lossless guarantees hold on a large hand-written config (5,000
 * entries, comments throughout): an edit changes its own bytes and no others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Json5Document } from '../../src/config/json5-editor.js';
import { applyOnboardPatch } from '../../src/config/onboard-patch.js';
import { ROOT } from '../helpers/cli.js';
import { parseJson5 } from '../helpers/json5.js';

let text: string;
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-large-'));
  const file = path.join(dir, 'openclaw.json');
  await execa(process.execPath, [path.join(ROOT, 'scripts', 'gen-big-config.mjs'), '5000', file]);
  text = await fs.readFile(file, 'utf8');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('a 5,000-entry JSON5 config', () => {
  it('reads the same as an independent JSON5 parser, and renders unedited byte for byte', () => {
    const doc = Json5Document.parse(text, 'big.json');
    expect(doc.toJSON()).toEqual(parseJson5(text));
    expect(doc.toString()).toBe(text);
  });

  it('models set changes the default and nothing else', () => {
    const doc = Json5Document.parse(text, 'big.json');
    doc.set(['agents', 'defaults', 'model', 'primary'], 'qwen/glm-5');
    const out = doc.toString();
    expect(out).toBe(text.replace("primary: 'qwen/qwen3.5-plus'", "primary: 'qwen/glm-5'"));
  });

  it('an onboarding only inserts: every original line stays, in order, byte for byte', () => {
    const doc = Json5Document.parse(text, 'big.json');
    const changes = applyOnboardPatch(doc, { provider: 'qwen', baseUrl: 'https://coding-intl.dashscope.aliyuncs.com/v1', profileId: 'qwen:default', chatModel: 'qwen/qwen3.5-plus', generation: 'seed' });
    expect(changes.length).toBeGreaterThan(10);
    const out = doc.toString();
    const lines = out.split('\n');
    let at = 0;
    for (const original of text.split('\n')) {
      while (at < lines.length && lines[at] !== original) at++;
      expect(at, `line "${original}" kept in order`).toBeLessThan(lines.length);
      at++;
    }
    const value = parseJson5(out);
    expect(value.models.providers.qwen.models).toHaveLength(10);
    expect(value.models.providers.p49).toEqual(parseJson5(text).models.providers.p49);
  });
});
