/**
 * The message catalog (SPEC §7): every locale has every English key, each
 * message renders real text (never its own key), keeps every placeholder the
 * English one shows, and a locale missing a message does not type-check.
 */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localeFromEnv, parseLocale, LOCALES } from '../../src/ui/i18n/locale.js';
import { loadMessages, type Messages } from '../../src/ui/i18n/index.js';
import { messages as english } from '../../src/ui/i18n/locales/en.js';
import { providers } from '../../src/catalog/registry.js';
import { ROOT } from '../helpers/cli.js';

/** Distinct values per placeholder, so a dropped or swapped one shows. */
const sentinel = (i: number) => `⟦${i}⟧`;

function render(message: Messages[keyof Messages]): { text: string; shown: string[] } {
  if (typeof message === 'string') return { text: message, shown: [] };
  const args = Array.from({ length: message.length }, (_, i) => sentinel(i));
  const text = (message as (...a: string[]) => string)(...args);
  return { text, shown: args.filter((a) => text.includes(a)) };
}

describe('message catalog', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, each rendering text with the same placeholders', async (locale) => {
    const catalog = await loadMessages(locale);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof Messages)[]) {
      const en = render(english[key]);
      const local = render(catalog[key]);
      expect(typeof catalog[key], key).toBe(typeof english[key]);
      if (en.text.trim() !== '') expect(local.text.trim(), key).not.toBe('');
      expect(local.text, key).not.toContain(key);
      expect(local.shown, `${locale} ${key} keeps the placeholders`).toEqual(en.shown);
    }
  });

  it('English renders no key names either, and every placeholder it takes', async () => {
    for (const key of Object.keys(english) as (keyof Messages)[]) {
      const { text, shown } = render(english[key]);
      expect(text, key).not.toBe(key);
      if (typeof english[key] === 'function') expect(shown.length, key).toBe((english[key] as (...a: string[]) => string).length);
    }
  });

  it('the plan names are the words of Alibaba’s docs in each language', async () => {
    const names = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await loadMessages(l)] as const)));
    expect(names['zh-TW']!.planStandard).toBe('標準（隨用隨付）');
    expect(names['zh-TW']!.planCoding).toBe('Coding Plan（訂閱）');
    expect(names.ja!.planStandard).toContain('従量課金');
    expect(names.ja!.planCoding).toContain('サブスクリプション');
    expect(names['zh-CN']!.planStandard).toBe('标准（按量付费）');
    expect(names['zh-CN']!.planCoding).toBe('Coding Plan（订阅）');
  });

  it('every provider speaks every locale (labels, key nouns, wizard texts)', () => {
    for (const p of providers()) {
      const texts = [p.keyNoun, p.wizard.group, p.wizard.description, ...p.authChoices.map((c) => c.label), ...(p.plans ?? []).map((x) => x.description)];
      for (const text of texts) for (const locale of LOCALES) expect(text[locale], `${p.id} ${locale}`).toMatch(/\S/);
    }
  });

  it('a locale missing a message is a type error', async () => {
    // Outside the source tree: a leftover from an interrupted run can never break the build.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'openclaw-type-test-'));
    try {
      const source = await fs.readFile(path.join(ROOT, 'src/ui/i18n/locales/ja.ts'), 'utf8');
      const whole = source.replace('../messages.js', path.join(ROOT, 'src/ui/i18n/messages.js'));
      const broken = whole.replace(/^ {2}askRegion: .*\n/m, '');
      expect(broken).not.toContain('askRegion');
      await fs.writeFile(path.join(dir, 'whole.ts'), whole);
      await fs.writeFile(path.join(dir, 'broken.ts'), broken);
      const tsc = (file: string) =>
        execa(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', path.join(dir, file)], {
          reject: false,
          timeout: 60_000,
        });
      const [ok, r] = await Promise.all([tsc('whole.ts'), tsc('broken.ts')]);
      expect(ok.exitCode, ok.stdout).toBe(0);
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toMatch(/askRegion/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * English words a person met in the zh-CN, zh-TW and ja screens (status marks, keychain
 * and probe reasons, key help, labels), and raw plan or region ids. Names stay: commands,
 * flags, placeholders, paths, env vars, quoted values, `provider/model`, product names.
 */
const ENGLISH_WORDS = ['ok', 'profile', 'profiles', 'endpoint', 'absent', 'unknown', 'toggle', 'visibility', 'provider', 'providers', 'missing', 'stored', 'ref', 'coding', 'token', 'global', 'cn'];

/** The words of a message a person reads, without what is a name in every language. */
export function readableWords(text: string): string {
  return text
    .replace(/⟦\d+⟧/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/openclaw(?: [a-z-]+)+(?: <[^>]+>| \S+)*/g, ' ')
    .replace(/--[a-z0-9-]+(?:[ =](?:<[^>]+>|[a-z0-9._:/-]+))?/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ')
    .replace(/\b[A-Z_]{2,}\b/g, ' ')
    .replace(/[\w-]+[:/][\w-]+/g, ' ')
    .replace(/\b(?:Coding Plan|Token Plan|Model Studio|Qwen \w+|OpenClaw|Gateway)\b/g, ' ');
}

describe('no English left in CJK messages', () => {
  it('the scan finds a word the list names, and skips names', () => {
    expect(readableWords('ok 認證設定檔 qwen:default')).toMatch(/\bok\b/);
    expect(readableWords('请运行 openclaw models list --provider ⟦0⟧，格式 provider/model，"profiles" 字段')).not.toMatch(/provider|profiles|models/);
  });

  it.each(['zh-CN', 'zh-TW', 'ja'] as const)('%s: no message carries one of the listed English words or a raw plan or region id', async (locale) => {
    const catalog = await loadMessages(locale);
    const found: string[] = [];
    for (const key of Object.keys(catalog) as (keyof Messages)[]) {
      const words = readableWords(render(catalog[key]).text);
      for (const word of ENGLISH_WORDS) if (new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`, 'i').test(words)) found.push(`${key}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});

describe('locale from the environment', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_SG.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-TW'],
    [{ LANG: 'zh_HK.UTF-8' }, 'zh-TW'],
    [{ LANG: 'zh-Hant' }, 'zh-TW'],
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP.eucJP@x' }, 'ja'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' }, 'zh-TW'],
    [{ LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ OPENCLAW_LOCALE: 'zh-TW', LC_ALL: 'ja_JP.UTF-8' }, 'zh-TW'],
    [{ OPENCLAW_LOCALE: 'fr', LANG: 'ja_JP.UTF-8' }, 'en'],
  ])('%o → %s', (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });

  it('parses tags in either spelling', () => {
    expect(parseLocale('ZH-tw')).toBe('zh-TW');
    expect(parseLocale('ja')).toBe('ja');
    expect(parseLocale('en_US')).toBe('en');
  });
});

describe('help texts', () => {
  it('every help key a spec names is in the catalog (so in every locale), and the completion tree reads English', async () => {
    const { commandTree, loadAll } = await import('../../src/cli.js');
    const { ENTRIES, PROGRAM } = await import('../../src/commands/index.js');
    const { help } = await import('../../src/ui/i18n/help/en.js');
    const missing: string[] = [];
    const check = (key: string) => {
      if (key !== '' && !(key in help)) missing.push(key);
    };
    check(PROGRAM.description);
    for (const option of Object.values(PROGRAM.options)) check(option.description);
    for (const entry of ENTRIES) check(entry.description);
    for (const spec of (await loadAll()).values()) {
      for (const option of Object.values(spec.options)) check(option.description);
      for (const arg of spec.args ?? []) check(arg.description);
    }
    expect(missing).toEqual([]);
    const tree = await commandTree();
    expect(tree.description).toBe(help.connectOpenclawAgentQwen);
    const status = tree.subcommands.find((n) => n.name === 'models')!.subcommands.find((n) => n.name === 'status')!;
    expect(status.options.find((o) => o.names.includes('--json'))!.description).toBe('JSON output');
  });

  it.each(['zh-CN', 'zh-TW', 'ja'] as const)('%s has a help text for every English one', async (locale) => {
    const { help } = await import('../../src/ui/i18n/help/en.js');
    const local = (await import(`../../src/ui/i18n/help/${locale}.ts`)).help as Record<string, string>;
    expect(Object.keys(local).sort()).toEqual(Object.keys(help).sort());
    for (const [key, text] of Object.entries(local)) expect(text, key).not.toBe((help as Record<string, string>)[key]);
  });
});
