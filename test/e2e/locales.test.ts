/**
 * SPEC §7 through the built binary: human text follows the locale, machine
 * output never does (byte for byte), tables line up with wide characters,
 * and a usage error is exit 2 in any language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';

const KEY = 'sk-locale0123456789abcdefWXYZ';
const LANGS = ['C.UTF-8', 'zh_CN.UTF-8', 'zh_TW.UTF-8', 'ja_JP.UTF-8'];
let home: TempHome;

beforeAll(async () => {
  home = await tempHome('openclaw-locales-');
  // A keyRef to an env var that later runs do not set: status and auth list then carry a reason and a hint.
  let r = await openclaw(home, ['onboard', '--non-interactive', '--auth-choice', 'qwen-standard-api-key', '--secret-input-mode', 'ref'], { env: { QWEN_API_KEY: KEY } });
  expect(r.exitCode, r.stderr).toBe(0);
  r = await openclaw(home, ['models', 'auth', 'paste-token', '--provider', 'qwen-oauth'], { input: `${KEY}\n` });
  expect(r.exitCode, r.stderr).toBe(0);
});
afterAll(() => home.cleanup());

describe('machine output is the same in every locale', () => {
  it.each([
    [['models', 'list', '--json']],
    [['models', 'list', '--all', '--plain']],
    [['models', 'status', '--json']],
    [['models', 'status', '--plain']],
    [['models', 'auth', 'list', '--json']],
    [['models', 'auth', 'order', 'get', '--provider', 'qwen', '--json']],
    [['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key-cn', '--dry-run', '--json', '--secret-store', 'file']],
    [['__complete', 'chat-model']],
  ])('openclaw %s', async (args) => {
    const outputs = [];
    for (const lang of LANGS) {
      const r = await openclaw(home, args, { env: { LANG: lang, QWEN_API_KEY: args[0] === 'onboard' ? KEY : undefined } });
      expect(r.exitCode, `${lang}: ${r.stderr}`).toBe(0);
      outputs.push(r.stdout);
    }
    expect(outputs[0]).not.toBe('');
    for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
  });

  it('the human text inside --json (reasons, hints) stays English under ja', async () => {
    const r = await openclaw(home, ['models', 'status', '--json'], { env: { LANG: 'ja_JP.UTF-8' } });
    const status = JSON.parse(r.stdout);
    expect(status.auth.unusableProfiles[0].reason).toBe('keyRef names QWEN_API_KEY, which is not set');
  });

  it('human output follows the locale', async () => {
    const ja = await openclaw(home, ['models', 'status'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(ja.stdout).toContain('keyRef は QWEN_API_KEY を指していますが、設定されていません');
    const tw = await openclaw(home, ['models', 'auth', 'list'], { env: { OPENCLAW_LOCALE: 'zh-TW', LANG: 'ja_JP.UTF-8' } });
    expect(tw.stdout).toContain('中的認證設定檔');
  });
});

describe('tables with wide characters', () => {
  /** The display column where `cell` starts on `line` (the last cell of a line: its last occurrence). */
  const columnOf = (line: string, cell: string, last = false) => {
    const at = last ? line.lastIndexOf(cell) : line.indexOf(cell);
    expect(at, `${cell} in ${line}`).toBeGreaterThan(0);
    return stringWidth(line.slice(0, at));
  };

  it.each(['ja_JP.UTF-8', 'zh_TW.UTF-8', 'zh_CN.UTF-8'])('%s: models list keeps every column in place', async (lang) => {
    const r = await openclaw(home, ['models', 'list', '--all'], { env: { LANG: lang } });
    expect(r.exitCode, r.stderr).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toMatch(/[^\x00-\x7f]/); // the header is in the language
    const json = JSON.parse((await openclaw(home, ['models', 'list', '--all', '--json'])).stdout) as { models: { key: string; input: string; tags: string[] }[] };
    expect(rows).toHaveLength(json.models.length);
    // The tags column comes after two columns of wide words (Local: no, Auth: yes/no): its start is one display column on every row.
    const headerTags = header!.trimEnd().split(/\s+/).at(-1)!;
    const tagged = rows.flatMap((row, i) => (json.models[i]!.tags.length ? [columnOf(row, json.models[i]!.tags.join(','), true)] : []));
    expect(tagged.length).toBeGreaterThan(1);
    const starts = new Set([columnOf(header!, headerTags), ...tagged]);
    expect([...starts]).toHaveLength(1);
    const inputs = new Set(rows.map((row, i) => columnOf(row, ` ${json.models[i]!.input} `) + 1));
    expect([...inputs]).toHaveLength(1);
  });

  it('ja: auth list lines up its secret column after wide profile types', async () => {
    const r = await openclaw(home, ['models', 'auth', 'list'], { env: { LANG: 'ja_JP.UTF-8' } });
    const lines = r.stdout.trimEnd().split('\n').slice(1);
    const secretColumn = new Set(lines.map((l) => stringWidth(/^ {2}\S+ +\S+ +/.exec(l)![0])));
    expect([...secretColumn]).toHaveLength(1);
    expect(r.stdout).toContain('シークレット');
  });
});

describe('usage errors in another language', () => {
  it('ja: an unknown flag is said in Japanese and exits 2', async () => {
    const r = await openclaw(home, ['models', 'list', '--bogus'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("エラー：不明なオプション '--bogus'");
    expect(r.stdout).toBe('');
  });

  it('ja: a refused value is said in Japanese, names the flag, exits 2, writes nothing', async () => {
    const fresh = await tempHome('openclaw-locales-ja-');
    try {
      const r = await openclaw(fresh, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--profile-id', 'bad name'], { env: { LANG: 'ja_JP.UTF-8', QWEN_API_KEY: KEY } });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('--profile-id "bad name" は有効な名前ではありません');
      const missing = await openclaw(fresh, ['models', 'set'], { env: { LANG: 'ja_JP.UTF-8' } });
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toContain("エラー：必須の引数 'ref' がありません");
      expect(await fresh.exists(fresh.configPath)).toBe(false);
    } finally {
      await fresh.cleanup();
    }
  });

  it('zh-CN: an invalid choice keeps the flag and the value, and the exit code', async () => {
    const r = await openclaw(home, ['onboard', '--non-interactive', '--secret-store', 'cloud'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("'cloud' 不是 --secret-store <store> 的有效值");
  });
});

describe('help in the language', () => {
  it('ja: onboard --help says every option in Japanese; flags, placeholders and examples stay as they are', async () => {
    const r = await openclaw(home, ['onboard', '--help'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('使い方： openclaw onboard [options]');
    expect(r.stdout).toMatch(/--api-key-stdin +stdin からキーを読み込む/);
    expect(r.stdout).toMatch(/--modelstudio-api-key <key> +qwen-api-key のキー/);
    expect(r.stdout).toContain('$ openclaw onboard --auth-choice alibaba-model-studio-api-key --region cn --dry-run');
    // Descriptions start in one display column, whatever the width of the words before them.
    const starts = new Set(r.stdout.split('\n').filter((l) => /^ {2}--[a-z-]+( <\w+>)? {2,}\S/.test(l)).map((l) => stringWidth(/^ {2}\S+( <\w+>)? +/.exec(l)![0])));
    expect([...starts]).toHaveLength(1);
  });

  it('zh-TW: the group help lists its commands in Traditional Chinese, English stays English', async () => {
    const tw = await openclaw(home, ['models', '--help'], { env: { LANG: 'zh_TW.UTF-8' } });
    expect(tw.stdout).toContain('列出、選擇與檢查模型（預設：status）');
    expect(tw.stdout).toMatch(/set-video +設定預設影片生成模型/);
    const en = await openclaw(home, ['models', '--help']);
    expect(en.stdout).toContain('List, choose and check models (default: status)');
    expect(en.stdout).toMatch(/-h, --help +display help for command/);
  });
});
