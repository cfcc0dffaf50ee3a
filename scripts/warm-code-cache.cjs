// `npm run build`, last step: writes dist/<bundle>.v8cache. Loads the bundle as the binary does,
// runs the commands people start most (in a temporary HOME, output discarded), then saves V8's
// code cache of everything compiled by then, so that a run deserializes instead of compiling.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadBundle } = require('../bin/load-bundle.js');

async function main() {
  const dist = path.join(__dirname, '..', 'dist');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'openclaw-warm-'));
  Object.assign(process.env, { HOME: home, NO_COLOR: '1', LANG: 'C.UTF-8', QWEN_API_KEY: 'sk-warm0123456789abcdefWXYZ', DBUS_SESSION_BUS_ADDRESS: `unix:path=${home}/no-bus` });
  for (const key of ['OPENCLAW_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'OPENCLAW_STATE_DIR', 'OPENCLAW_CONFIG_PATH', 'OPENCLAW_AGENT_DIR']) delete process.env[key];
  try {
    const cli = loadBundle(path.join(dist, 'openclaw.cjs'));
    const runs = [
      ['onboard', '--non-interactive', '--auth-choice', 'qwen-api-key', '--secret-store', 'file'],
      ['models', 'list', '--provider', 'qwen'],
      ['models', 'list'],
      ['models', 'status', '--json'],
      ['models', 'status'],
      ['models', 'auth', 'list'],
    ];
    for (const argv of runs) {
      const code = await cli.exports.main(argv, process);
      if (code !== 0) throw new Error(`warming the code cache: openclaw ${argv.join(' ')} exited ${code}`);
    }
    fs.writeFileSync(path.join(dist, 'openclaw.cjs.v8cache'), cli.script.createCachedData());
    const complete = loadBundle(path.join(dist, 'complete.cjs'));
    await complete.exports.runComplete(['chat-model'], { env: process.env, homedir: home, cwd: home, stdout: { write: () => true } });
    fs.writeFileSync(path.join(dist, 'complete.cjs.v8cache'), complete.script.createCachedData());
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
