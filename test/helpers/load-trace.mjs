// Loader hook for tests: appends every module URL the CLI resolves to $OPENCLAW_LOAD_TRACE.
import fs from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.OPENCLAW_LOAD_TRACE) fs.appendFileSync(process.env.OPENCLAW_LOAD_TRACE, `${result.url}\n`);
  return result;
}
