/**
 * Flags and validation as a table, in-process through run(argv, world, deps):
 * each row asserts the exit code, the message (naming the fix) and that a
 * refused command created nothing. Binary tests cover each behaviour once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import { runIn, testWorld, type TestWorld } from '../helpers/world.js';

const KEY = 'sk-table0123456789abcdeWXYZ';
let world: TestWorld;
beforeEach(async () => {
  world = await testWorld({ env: { QWEN_API_KEY: KEY } });
});
afterEach(() => world.cleanup());

const ONBOARD = ['onboard', '--non-interactive'];
type Row = [name: string, argv: string[], code: number, message: RegExp];

const rows: Row[] = [
  ['unknown auth choice', [...ONBOARD, '--auth-choice', 'nope'], 2, /Unknown auth choice "nope"[\s\S]*Valid choices: qwen-api-key, /],
  ['removed device login', [...ONBOARD, '--auth-choice', 'qwen-portal'], 2, /device login no longer exists[\s\S]*--auth-choice qwen-oauth[\s\S]*--auth-choice qwen-standard-api-key/],
  ['two key flags', [...ONBOARD, '--modelstudio-api-key', KEY, '--qwen-oauth-token', KEY], 2, /Two key flags \(--modelstudio-api-key, --qwen-oauth-token\) and no --auth-choice/],
  ['key flag of another choice', [...ONBOARD, '--auth-choice', 'qwen-oauth', '--modelstudio-api-key', KEY], 2, /--modelstudio-api-key does not go with --auth-choice qwen-oauth: use --qwen-oauth-token\./],
  ['generic flag on alibaba', [...ONBOARD, '--auth-choice', 'alibaba-model-studio-api-key', '--qwen-api-key', KEY], 2, /use --alibaba-model-studio-api-key\./],
  ['no auth choice', [...ONBOARD], 2, /No auth choice: pass --auth-choice/],
  ['bad secret store', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--secret-store', 'vault'], 2, /Allowed choices are auto, keychain, file/],
  ['bad region', [...ONBOARD, '--auth-choice', 'alibaba-model-studio-api-key', '--region', 'eu'], 2, /Allowed choices are global, cn/],
  ['region on a fixed choice', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--region', 'cn'], 2, /--auth-choice qwen-api-key-cn\./],
  ['base url with user info', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', `https://${KEY}@proxy.example.com/v1`], 2, /--base-url is refused: it carries user info/],
  ['base url with a query', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', `https://proxy.example.com/v1?api_key=${KEY}`], 2, /--base-url is refused: it has a query string/],
  ['base url with a fragment', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', 'https://proxy.example.com/v1#x'], 2, /--base-url is refused: it has a fragment/],
  ['base url with a space', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', 'https://proxy.example.com/v 1'], 2, /--base-url is refused: it contains whitespace/],
  ['base url with a newline', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', 'https://proxy.example.com/v1\n'], 2, /--base-url is refused: it contains whitespace/],
  ['base url not http', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', 'ftp://proxy.example.com/v1'], 2, /only http and https URLs/],
  ['base url without a host', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--base-url', 'https:///v1'], 2, /--base-url is refused: it has no host/],
  ['model ref with a space', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--model', 'qwen/qwen3.5 plus'], 2, /cannot contain spaces, line breaks or control characters/],
  ['model ref with a control character', ['models', 'set', 'qwen/glm-5\u0007'], 2, /cannot contain spaces, line breaks or control characters/],
  ['model ref with a newline', ['models', 'set', 'qwen/glm\n-5'], 2, /cannot contain spaces, line breaks or control characters/],
  ['video model as --model', [...ONBOARD, '--auth-choice', 'qwen-standard-api-key', '--model', 'qwen/wan2.6-t2v'], 2, /is a video generation model, not a chat model[\s\S]*openclaw models set-video/],
  ['chat model as --video-model', [...ONBOARD, '--auth-choice', 'qwen-standard-api-key', '--video-model', 'qwen/glm-5'], 2, /is a chat model, not a video generation model/],
  ['--video-model with --no-video', [...ONBOARD, '--auth-choice', 'qwen-standard-api-key', '--video-model', 'qwen/wan2.6-t2v', '--no-video'], 2, /contradict each other/],
  ['profile id of another provider', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--profile-id', 'alibaba:work'], 2, /belongs to provider "alibaba", not qwen/],
  ['bad profile name', [...ONBOARD, '--auth-choice', 'qwen-api-key', '--profile-id', '../x'], 2, /is not a valid name/],
  ['unknown provider in set', ['models', 'set', 'nope/model'], 2, /Unknown provider "nope"/],
  ['dashscope is not an alias', ['models', 'set', 'dashscope/qwen3.5-plus'], 2, /Unknown provider "dashscope"/],
  ['set without a ref', ['models', 'set'], 2, /missing required argument 'ref'/],
  ['set-video a chat model', ['models', 'set-video', 'qwen/glm-5'], 2, /openclaw models set qwen\/glm-5/],
  ['list --json --plain', ['models', 'list', '--json', '--plain'], 2, /two output formats/],
  ['list unknown flag', ['models', 'list', '--bogus'], 2, /unknown option '--bogus'/],
  ['list display name as provider', ['models', 'list', '--provider', 'Qwen Cloud'], 2, /display name; --provider takes a provider id[\s\S]*--provider qwen/],
  ['unknown models subcommand', ['models', 'bogus'], 2, /unknown command 'models bogus'/],
  ['unknown auth subcommand', ['models', 'auth', 'bogus'], 2, /unknown command 'bogus'/],
  ['status probe timeout', ['models', 'status', '--probe', '--probe-timeout', 'soon'], 2, /--probe-timeout must be a whole number/],
  ['migrate without --to', ['secrets', 'migrate'], 2, /--to keychain or --to file/],
  ['migrate bad --to', ['secrets', 'migrate', '--to', 'vault'], 2, /Allowed choices are keychain, file/],
  ['completion bad shell', ['completion', '--shell', 'tcsh'], 2, /Allowed choices are bash, zsh, fish, powershell/],
  ['logout without --yes and no tty', ['models', 'auth', 'logout', 'qwen:default'], 2, /No profile "qwen:default"/],
  ['mistyped key flag with =', [...ONBOARD, `--modelstudio-standard-api-kye=${KEY}`], 2, /unknown option '--modelstudio-standard-api-kye'/],
  ['stdin flag given a value', [...ONBOARD, `--api-key-stdin=${KEY}`], 2, /--api-key-stdin/],
];

describe('flags and validation, in-process', () => {
  it.each(rows)('%s', async (_name, argv, code, message) => {
    const exit = await runIn(world, argv);
    const text = world.stdout.text() + world.stderr.text();
    expect(exit, text).toBe(code);
    expect(world.stderr.text()).toMatch(message);
    expect(text).not.toContain(KEY.slice(3, 11));
    await expect(fs.access(path.join(world.home, '.openclaw'))).rejects.toThrow();
  });
});
