import { defineConfig } from 'vitest/config';

/** `npm run test:judges`: the real OpenClaw Gateways (scripts/install-judges.sh) judge the files we write. */
export default defineConfig({
  test: {
    include: ['test/judges/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    setupFiles: ['test/helpers/setup-locale.ts'],
    fileParallelism: false,
  },
});
