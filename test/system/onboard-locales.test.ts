/**
 * The wizard in Simplified Chinese, Traditional Chinese and Japanese: tmux runs
 * the built binary under each LANG, the test answers every question and reads
 * each screen in that language, down to the files written (the same files as
 * in English: the locale changes words, never data).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import stringWidth from 'string-width';
import { BIN, openclaw, tempHome, type TempHome } from '../helpers/cli.js';
import { skipWithout } from '../helpers/system-tools.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

/** A Coding Plan key, with the plan's mark. */
const KEY = 'sk-sp-locale0123456789abcWXYZ';

interface Words {
  lang: string;
  provider: string;
  plan: string;
  plans: string[];
  region: string;
  regionGlobal: string;
  paste: string;
  chatModel: string;
  video: string;
  setAnyway: string;
  keyCheck: string;
  noKeychain: string;
  summary: string;
  labels: string[];
  confirm: string;
  done: string;
  next: string;
}

const LOCALES: Words[] = [
  {
    lang: 'zh_CN.UTF-8',
    provider: '要连接什么？',
    plan: '你的密钥属于哪个方案？',
    plans: ['Coding Plan（订阅）', '标准（按量付费）'],
    region: '哪个区域？',
    regionGlobal: '全球（国际）',
    paste: '粘贴你的 Qwen Cloud API key',
    chatModel: '默认对话模型',
    video: '默认视频模型',
    setAnyway: '仍然设置一个',
    keyCheck: '现在用一次小的实时请求检查密钥吗？',
    noKeychain: '此处没有可用的系统钥匙串（不存在）',
    summary: '摘要',
    labels: ['提供商', '认证档案', '密钥', '端点', '模型', '视频', '配置文件'],
    confirm: '写入这些更改？',
    done: '已接入 Qwen Cloud Coding Plan（全球），认证档案为 qwen:default',
    next: '下一步：openclaw models list --provider qwen',
  },
  {
    lang: 'zh_TW.UTF-8',
    provider: '你要連接什麼？',
    plan: '你的金鑰屬於哪個方案？',
    plans: ['Coding Plan（訂閱）', '標準（隨用隨付）'],
    region: '哪個區域？',
    regionGlobal: '全球（國際）',
    paste: '貼上你的 Qwen Cloud API key',
    chatModel: '預設對話模型',
    video: '預設影片模型',
    setAnyway: '仍要設定一個',
    keyCheck: '現在用一次小型即時請求檢查金鑰嗎？',
    noKeychain: '這裡沒有可用的系統鑰匙圈（不存在）',
    summary: '摘要',
    labels: ['供應商', '認證設定檔', '金鑰', '端點', '模型', '影片', '設定'],
    confirm: '寫入這些變更？',
    done: '已設定 Qwen Cloud Coding Plan（全球），認證設定檔為 qwen:default',
    next: '下一步：openclaw models list --provider qwen',
  },
  {
    lang: 'ja_JP.UTF-8',
    provider: '何に接続しますか？',
    plan: 'キーはどのプランのものですか？',
    plans: ['Coding Plan（サブスクリプション）', 'Standard（従量課金）'],
    region: 'どのリージョンですか？',
    regionGlobal: 'グローバル（国際）',
    paste: 'Qwen Cloud API キーを貼り付けてください',
    chatModel: 'デフォルトのチャットモデル',
    video: 'デフォルトの動画モデル',
    setAnyway: 'それでも設定する',
    keyCheck: '小さなリクエストを一度送って、今キーを確認しますか？',
    noKeychain: 'ここでは OS キーチェーンが応答しません（見つかりません）',
    summary: '概要',
    labels: ['プロバイダー', 'プロファイル', 'キー', 'エンドポイント', 'モデル', '動画', '設定'],
    confirm: 'この変更を書き込みますか？',
    done: 'Qwen Cloud Coding Plan（グローバル） を qwen:default として設定しました',
    next: '次に：openclaw models list --provider qwen',
  },
];

let home: TempHome;
let term: Terminal | undefined;
beforeEach(async () => {
  home = await tempHome('openclaw-locale-');
});
afterEach(async () => {
  await term?.stop();
  term = undefined;
  await home.cleanup();
});

/** The column (in display cells) where each summary value starts: one column for every label. */
function valueColumns(screen: string, labels: string[]): number[] {
  return labels.map((label) => {
    const line = screen.split('\n').find((l) => l.startsWith(`  ${label} `));
    expect(line, label).toBeDefined();
    const value = /^ {2}\S+(?: \S+)*? +(?=\S)/.exec(line!)![0];
    return stringWidth(value);
  });
}

describe.skipIf(skipWithout('tmux'))('the wizard in zh-CN, zh-TW and ja', () => {
  it.each(LOCALES)('$lang: Coding Plan / Global, every screen in the language, the same files as in English', async (w) => {
    // tmux itself needs a UTF-8 character type; LC_CTYPE is not one of the CLI's locale variables.
    term = await startTerminal({ command: [process.execPath, BIN, 'onboard'], env: { ...home.env, LANG: w.lang, LC_CTYPE: 'C.UTF-8' }, cwd: home.dir });
    const t = term;
    await t.waitFor(w.provider);
    await t.send('Enter');
    let s = await t.waitFor(w.plan);
    for (const plan of w.plans) expect(s).toContain(plan);
    await t.send('Enter');
    s = await t.waitFor(w.region);
    expect(s).toContain(w.regionGlobal);
    await t.send('Enter');
    await t.waitFor(w.paste);
    await t.type(KEY);
    await t.send('Enter');
    await t.waitFor(w.chatModel);
    await t.send('Enter');
    s = await t.waitFor(w.setAnyway);
    expect(s).toContain(w.video);
    await t.send('Enter'); // skip the video model
    await t.waitFor(w.keyCheck);
    await t.send('n', 'Enter');
    s = await t.waitFor(w.confirm);
    expect(s).toContain(w.noKeychain);
    expect(s).toContain(w.summary);
    expect(s).toContain('sk-s…WXYZ');
    expect(s).not.toContain(KEY);
    // Labels of different display widths, values in one column.
    expect(new Set(valueColumns(s, w.labels)).size).toBe(1);
    await t.send('Enter');
    s = await t.waitFor(w.next);
    expect(s).toContain(w.done);
    expect(await t.exitCode()).toBe(0);

    const config = JSON.parse(await fs.readFile(home.configPath, 'utf8'));
    const store = JSON.parse(await fs.readFile(home.storePath, 'utf8'));
    expect(store.profiles['qwen:default']).toEqual({ type: 'api_key', provider: 'qwen', key: KEY });

    // The same answers in English, non-interactively, in another HOME: the same config, but for its timestamp.
    const english = await tempHome('openclaw-locale-en-');
    try {
      const r = await openclaw(english, ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--no-video', '--secret-store', 'file'], { env: { QWEN_API_KEY: KEY } });
      expect(r.exitCode, r.stderr).toBe(0);
      const expected = JSON.parse(await fs.readFile(english.configPath, 'utf8'));
      delete expected.meta;
      delete config.meta;
      expect(config).toEqual(expected);
    } finally {
      await english.cleanup();
    }
  });
});
