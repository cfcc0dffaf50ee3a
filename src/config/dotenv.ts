import { readTextIfExists, writeFileAtomic } from './atomic.js';
import { withFileLock } from './lock.js';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)?\s*$/;

function unquote(raw: string): string {
  const value = raw.trim();
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) return value.slice(1, -1);
  return value.replace(/\s+#.*$/, '');
}

/** KEY=VALUE pairs of a daemon env file (`export`, quotes and comments understood). */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (m && !line.trimStart().startsWith('#')) out[m[1]!] = unquote(m[2] ?? '');
  }
  return out;
}

export async function readDotenv(file: string): Promise<Record<string, string>> {
  const text = await readTextIfExists(file);
  return text === undefined ? {} : parseDotenv(text);
}

/** Sets one variable in the env file, keeping every other line; 0600, atomic, under the file's lock. */
export async function upsertDotenv(file: string, name: string, value: string): Promise<boolean> {
  return withFileLock(file, async () => {
    const text = (await readTextIfExists(file)) ?? '';
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    const entry = `${name}=${value}`;
    const index = lines.findIndex((l) => LINE.exec(l)?.[1] === name && !l.trimStart().startsWith('#'));
    if (index >= 0 && lines[index] === entry) return false;
    if (index >= 0) lines[index] = entry;
    else lines.push(entry);
    await writeFileAtomic(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    return true;
  });
}
