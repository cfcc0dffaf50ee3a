/**
 * Packages that ship only as ES modules, imported when a command needs them.
 * The binary compiles its bundle from a V8 code cache, outside any module
 * loader, so there it hands in its own import (bin/load-bundle.js sets the hook);
 * everywhere else this module imports them itself.
 */
type Importer = (specifier: string) => Promise<unknown>;
const HOOK = Symbol.for('openclaw.importPackage');

export function importPackage(specifier: '@inquirer/prompts'): Promise<typeof import('@inquirer/prompts')>;
export function importPackage(specifier: '@napi-rs/keyring'): Promise<typeof import('@napi-rs/keyring')>;
export function importPackage(specifier: 'execa'): Promise<typeof import('execa')>;
export function importPackage(specifier: string): Promise<unknown> {
  const hook = (globalThis as { [HOOK]?: Importer })[HOOK];
  return hook ? hook(specifier) : import(specifier);
}
