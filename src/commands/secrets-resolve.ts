import { defineCommand } from './command.js';
import type { World } from '../world.js';
import type { Deps } from '../deps.js';
import { ExitCode } from '../errors.js';
import { KEYCHAIN_PROVIDER, keychainPassEnv } from '../credentials/keychain-ref.js';
import { t } from '../ui/i18n/index.js';
import { readAllStdin } from '../stdin.js';

const PROTOCOL_VERSION = 1;
const MAX_IDS = 256;

interface ResolveRequest {
  protocolVersion: 1;
  provider: string;
  ids: string[];
}

function parseRequest(text: string): ResolveRequest | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'the request on stdin is not JSON';
  }
  const req = data as Partial<ResolveRequest>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'the request is not a JSON object';
  if (req.protocolVersion !== PROTOCOL_VERSION) return `unsupported protocolVersion ${JSON.stringify(req.protocolVersion)} (expected 1)`;
  if (req.provider !== KEYCHAIN_PROVIDER) return `unknown provider ${JSON.stringify(req.provider)} (this resolver serves "keychain")`;
  if (!Array.isArray(req.ids) || !req.ids.every((id) => typeof id === 'string' && id.length > 0)) return '"ids" must be an array of non-empty strings';
  if (req.ids.length > MAX_IDS) return `too many ids (${req.ids.length} > ${MAX_IDS})`;
  return req as ResolveRequest;
}

/**
 * The OpenClaw exec secret provider protocol: one JSON request on stdin, one
 * JSON response on stdout and nothing else; a malformed request gets only a
 * stderr line and exit 1.
 */
async function resolveSecrets(world: World, deps: Deps): Promise<number> {
  const fail = (message: string) => {
    world.stderr.write(`openclaw secrets resolve: ${message}\n`);
    return ExitCode.failure;
  };
  let text: string;
  try {
    text = await readAllStdin(world.stdin, {
      maxBytes: 1024 * 1024,
      timeoutMs: 10_000,
      reader: 'secrets resolve',
      ttyHint: 'it is run by the Gateway with a JSON request on stdin.',
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const request = parseRequest(text);
  if (typeof request === 'string') return fail(request);
  // Run by a Gateway whose passEnv left out the session bus: say which variable, not a keychain error.
  const needed = keychainPassEnv(world.platform);
  if (needed.length && needed.every((name) => !world.env[name])) return fail(t().resolveMissingEnv(needed.join(t().orSep)));
  // Null-prototype maps: an id like `__proto__` is a key like any other.
  const values: Record<string, string> = Object.create(null);
  const errors: Record<string, { code: string }> = Object.create(null);
  try {
    const keychain = await deps.keychain();
    for (const id of new Set(request.ids)) {
      const secret = await keychain.get(id);
      if (secret === undefined) errors[id] = { code: 'NOT_FOUND' };
      else values[id] = secret;
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const response = Object.keys(errors).length ? { protocolVersion: PROTOCOL_VERSION, values, errors } : { protocolVersion: PROTOCOL_VERSION, values };
  world.stdout.write(`${JSON.stringify(response)}\n`);
  return ExitCode.ok;
}

export const secretsResolve = defineCommand({
  path: ['secrets', 'resolve'],
  output: 'secret-answer',
  options: {},
  examples: [`echo '{"protocolVersion":1,"provider":"keychain","ids":["qwen:default"]}' | openclaw secrets resolve`],
  run: ({ world, deps }) => resolveSecrets(world, deps),
});
