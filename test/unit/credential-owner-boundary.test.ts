/**
 * Credentials have one owner (SPEC §3): commands and the onboarding flow go
 * through src/credentials/lifecycle.ts and never import a store, the
 * keychain or a config writer themselves (type-only imports aside).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

const CALLERS = ['src/commands', 'src/onboarding'];
/** Stores, the keychain, the writers and the transaction that the owner alone uses. */
const OWNED = [
  'credentials/stores',
  'credentials/profile-store',
  'credentials/auth-state',
  'credentials/gateway-database',
  'credentials/keychain',
  'credentials/keychain-tx',
  'credentials/storage',
  'credentials/save-plan',
  'config/config-file',
  'config/transaction',
  'config/atomic',
  'config/dotenv',
  'config/lock',
  'config/gateway-lock',
  'config/json5-editor',
];

/** Module specifiers a source imports at run time: static imports (not `import type`), re-exports and dynamic `import()`. */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+'([^']+)'/gm)) if (!m[2]) found.push(m[3]!);
  for (const m of source.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(m[1]!);
  return found;
}

function ownedTarget(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.relative(path.join(ROOT, 'src'), path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '');
  return OWNED.find((owned) => target === owned);
}

describe('one owner of credentials', () => {
  it('finds runtime imports and skips type-only ones', () => {
    const sample = ["import type { A } from '../credentials/stores.js';", "import { b } from '../config/config-file.js';", "  const { c } = await import('../credentials/keychain.js');", "export { d } from '../config/atomic.js';"].join('\n');
    expect(runtimeImports(sample)).toEqual(['../config/config-file.js', '../config/atomic.js', '../credentials/keychain.js']);
  });

  it('no command or onboarding module imports a store, the keychain or a config writer', () => {
    const offences: string[] = [];
    for (const dir of CALLERS) {
      for (const name of fs.readdirSync(path.join(ROOT, dir))) {
        if (!name.endsWith('.ts')) continue;
        const file = path.join(ROOT, dir, name);
        for (const specifier of runtimeImports(fs.readFileSync(file, 'utf8'))) {
          const owned = ownedTarget(file, specifier);
          if (owned) offences.push(`${dir}/${name} imports ${owned}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});
