// Loads a bundle of dist/ as a CommonJS module, compiled from the V8 code cache `npm run build`
// writes beside it (dist/<bundle>.v8cache) when V8 accepts it; otherwise compiled as usual.
// A cache made by another Node or V8 version is rejected by V8 itself, never trusted.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

// The bundle runs outside any module loader, so packages that ship only as ES modules are imported
// from here, where import() has one (src/esm.ts reads this hook).
globalThis[Symbol.for('openclaw.importPackage')] = (specifier) => import(specifier);

function loadBundle(file) {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.v8cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
