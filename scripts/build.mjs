// `npm run build`: tsc type-checks and writes the module tree to dist/ (the scripts and the
// module-level load test use it); esbuild then bundles the two entry points the binary runs into
// single CommonJS files, and each message catalog into dist/locales/<locale>.cjs; last, the code
// caches of the bundles are written by running them. One file instead of ~40 ES modules, and no
// ES module loader at all, is what brings start-up near a bare `node` (bench/results.md): Node 20's
// ES module loader costs about a millisecond a module, a CommonJS bundle one compile, and a code
// cache most of that compile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });

/**
 * commander loads node:child_process (about 3 ms) for executable subcommands, which this CLI does
 * not have; in the bundle that import is a module that says so if it is ever reached.
 */
const noChildProcessInCommander = {
  name: 'no-child-process-in-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'unused' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({
      contents: "const unused = () => { throw new Error('openclaw has no executable subcommands'); }; module.exports = { spawn: unused, execFileSync: unused };",
      loader: 'js',
    }));
  },
};

/**
 * The message catalogs: one CommonJS file per locale under dist/locales, required by the bundle
 * when a run chooses its locale (only that one is read). In the module tree (tests, scripts) the
 * same catalogs are ES modules imported by src/ui/i18n/load.ts; the bundle gets this loader instead.
 */
const catalogsAsCommonJs = {
  name: 'catalogs-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^\.\/load\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}i18n${path.sep}`) ? { path: 'catalog-loader', namespace: 'catalogs' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'catalogs' }, () => ({
      contents: [
        "const path = require('node:path');",
        "exports.importMessages = async (locale) => require(path.join(__dirname, 'locales', `${locale}.cjs`)).messages;",
        "exports.importHelp = async (locale) => require(path.join(__dirname, 'locales', `help-${locale}.cjs`)).help;",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ES-module-only packages loaded with import() when a command needs them: kept as import().
  external: ['@inquirer/*', '@napi-rs/keyring', 'execa'],
  plugins: [noChildProcessInCommander, catalogsAsCommonJs],
  logLevel: 'warning',
  // gateway-database.ts reads import.meta.url only outside the bundle, where there is no require;
  // better-sqlite3 opens its addon by a path it is given (a require esbuild cannot follow, by design).
  logOverride: { 'empty-import-meta': 'silent', 'unsupported-require-call': 'silent' },
  legalComments: 'none',
};
await esbuild.build({ ...common, entryPoints: [path.join(dist, 'main.js')], outfile: path.join(dist, 'openclaw.cjs') });
await esbuild.build({ ...common, entryPoints: [path.join(dist, 'completion', 'dynamic.js')], outfile: path.join(dist, 'complete.cjs') });
// The one list of locales is the source's (src/ui/i18n/locale.ts), read from the module tree tsc just wrote.
const { LOCALES } = await import(pathToFileURL(path.join(dist, 'ui', 'i18n', 'locale.js')).href);
await esbuild.build({
  ...common,
  plugins: [],
  entryPoints: [
    ...LOCALES.map((l) => ({ in: path.join(dist, 'ui', 'i18n', 'locales', `${l}.js`), out: l })),
    ...LOCALES.filter((l) => l !== 'en').map((l) => ({ in: path.join(dist, 'ui', 'i18n', 'help', `${l}.js`), out: `help-${l}` })),
  ],
  outdir: path.join(dist, 'locales'),
  outExtension: { '.js': '.cjs' },
});

// V8 code caches of the two bundles, made by running them (see scripts/warm-code-cache.cjs).
// Its commands' own notices (say, a plugin the temporary HOME lacks) are only shown when it fails.
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'warm-code-cache.cjs')], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (error) {
  process.stderr.write(String(error.stderr ?? ''));
  throw error;
}
