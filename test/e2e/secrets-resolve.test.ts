import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openclaw, tempHome, type TempHome } from '../helpers/cli.js';

let home: TempHome;
beforeEach(async () => {
  home = await tempHome();
});
afterEach(async () => {
  await home.cleanup();
});

describe('secrets resolve: malformed requests', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'hello', /not JSON/],
    ['not an object', '[1,2]', /not a JSON object/],
    ['wrong protocol version', '{"protocolVersion":2,"provider":"keychain","ids":["qwen:default"]}', /unsupported protocolVersion 2/],
    ['unknown provider', '{"protocolVersion":1,"provider":"vault","ids":["qwen:default"]}', /unknown provider "vault"/],
    ['ids not strings', '{"protocolVersion":1,"provider":"keychain","ids":[1]}', /"ids" must be an array/],
  ];
  for (const [name, input, message] of cases) {
    it(`${name}: nothing on stdout, one stderr line, exit 1`, async () => {
      const r = await openclaw(home, ['secrets', 'resolve'], { input });
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.exitCode).toBe(1);
    });
  }
});
