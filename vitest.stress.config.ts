import { defineConfig } from 'vitest/config';

/** `npm run test:stress`: crashes, full disks, concurrency and hostile files, through the built binary; and the slow suites (the README quick start from a fresh clone). */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts', 'test/slow/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/helpers/setup-locale.ts'],
    fileParallelism: false,
  },
});
