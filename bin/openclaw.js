#!/usr/bin/env node
// CommonJS (bin/package.json): no ES module loader is started for a run that does not need one.
const path = require('node:path');

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version needs nothing else: no commander, no command.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { loadBundle } = require('./load-bundle.js');
  const dist = path.join(__dirname, '..', 'dist');
  if (argv[0] === '__complete') {
    // Completion asks on every <Tab>: its own small bundle, without commander or any command.
    const { runComplete } = loadBundle(path.join(dist, 'complete.cjs')).exports;
    const env = { env: process.env, homedir: process.env.HOME || require('node:os').homedir(), cwd: process.cwd(), stdout: process.stdout };
    runComplete(argv.slice(1), env).then((code) => {
      process.exitCode = code;
    });
  } else {
    // dist/openclaw.cjs is dist/main.js and everything it loads, bundled by `npm run build`.
    const { main } = loadBundle(path.join(dist, 'openclaw.cjs')).exports;
    main(argv, process).then((code) => {
      process.exitCode = code;
    });
  }
}
