// Runs dist/main.js, the module tree tsc writes, as the binary would run its bundle: a test can then
// see every module a command loads, which the single-file bundle hides.
import { main } from '../../dist/main.js';

process.exitCode = await main(process.argv.slice(2), process);
