#!/usr/bin/env node
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version needs nothing else: no commander, no command.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else if (argv[0] === '__complete') {
  // Completion asks on every <Tab>: its own small bundle, without commander or any command.
  const { runComplete } = require('../dist/complete.cjs');
  process.exitCode = await runComplete(argv.slice(1), { env: process.env, homedir: process.env.HOME || (await import('node:os')).homedir(), cwd: process.cwd(), stdout: process.stdout });
} else {
  // dist/openclaw.cjs is dist/main.js and everything it loads, bundled by `npm run build`.
  const { main } = require('../dist/openclaw.cjs');
  process.exitCode = await main(argv, process);
}
