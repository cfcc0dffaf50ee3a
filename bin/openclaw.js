#!/usr/bin/env node
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version needs nothing else: no commander, no command.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else if (argv[0] === '__complete') {
  // Completion asks on every <Tab>: skip commander and the command tree.
  const { runComplete } = await import('../dist/completion/dynamic.js');
  process.exitCode = await runComplete(argv.slice(1), { env: process.env, homedir: process.env.HOME || (await import('node:os')).homedir(), cwd: process.cwd(), stdout: process.stdout });
} else {
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(argv, process);
}
