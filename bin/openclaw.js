#!/usr/bin/env node
// CommonJS (bin/package.json): no ES module loader is started for a run that does not need one.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version needs nothing else: no commander, no command.
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (argv[0] === '__complete') {
  // Completion asks on every <Tab>: its own small bundle, without commander or any command.
  const { runComplete } = require('../dist/complete.cjs');
  runComplete(argv.slice(1), { env: process.env, homedir: process.env.HOME || require('node:os').homedir(), cwd: process.cwd(), stdout: process.stdout }).then((code) => {
    process.exitCode = code;
  });
} else {
  // dist/openclaw.cjs is dist/main.js and everything it loads, bundled by `npm run build`.
  const { main } = require('../dist/openclaw.cjs');
  main(argv, process).then((code) => {
    process.exitCode = code;
  });
}
