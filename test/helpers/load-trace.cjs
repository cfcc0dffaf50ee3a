// Preload for tests (node --require): appends every CommonJS request the CLI makes to $OPENCLAW_LOAD_TRACE,
// as "require <request>", so a test can see the bundle being loaded.
const fs = require('node:fs');
const Module = require('node:module');

const load = Module._load;
Module._load = function traced(request, parent, isMain) {
  if (process.env.OPENCLAW_LOAD_TRACE) fs.appendFileSync(process.env.OPENCLAW_LOAD_TRACE, `require ${request}\n`);
  return load.call(this, request, parent, isMain);
};
