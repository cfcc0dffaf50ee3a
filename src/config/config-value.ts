import { readTextIfExists } from './atomic.js';
import type { ConfigJson } from './agent-config.js';

/**
 * openclaw.json as a plain value, for commands that only read it. Files this
 * CLI writes are plain JSON, so JSON.parse answers first; only a hand-edited
 * JSON5 file (comments, trailing commas) pays for loading the JSON5 parser,
 * which also locates any syntax error.
 */
export async function readConfigJson(file: string): Promise<ConfigJson> {
  const text = await readTextIfExists(file);
  if (text === undefined) return {};
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Not strict JSON (a comment, a trailing comma): JSON.parse says so at once, and the JSON5
  // reader, which counts nesting itself, reads it without keeping positions.
  if (!/^\s*\{\s*("|\})/.test(body)) return (await json5(body, file)) as ConfigJson;
  const { checkNesting } = await import('./json5-nesting.js');
  checkNesting(body, file);
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as ConfigJson;
  } catch {
    // not strict JSON: fall through to the JSON5 parser
  }
  return (await json5(body, file)) as ConfigJson;
}

async function json5(body: string, file: string): Promise<unknown> {
  const { parseJson5 } = await import('./json5-syntax.js');
  return parseJson5(body, file, { positions: false }).value;
}
