import { defineCommand } from './command.js';

/** `openclaw __complete <kind>` through commander; bin/openclaw.js normally short-cuts straight to runComplete. */
export const complete = defineCommand({
  path: ['__complete'],
  options: {},
  args: [{ name: 'kind', description: 'chatModelVideoModel', required: false }],
  examples: ['openclaw __complete chat-model'],
  async run({ args, world }) {
    const { runComplete } = await import('../completion/dynamic.js');
    return runComplete(args, world);
  },
});
