// Regenerates the committed completion scripts from the command specs (run after `npm run build`).
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHELLS } from '../dist/completion/shells.js';
import { scriptFor } from '../dist/completion/command-run.js';
import { commandTree } from '../dist/cli.js';
import { SCRIPT_FILE } from '../dist/completion/scripts.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'completions');
await fs.mkdir(dir, { recursive: true });
for (const shell of SHELLS) {
  const file = path.join(dir, SCRIPT_FILE[shell]);
  await fs.writeFile(file, scriptFor(shell, await commandTree()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
