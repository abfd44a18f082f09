import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One temporary root for the whole run, removed at its end (test/support/run-temp-root.ts).
    globalSetup: ['test/support/run-temp-root.ts'],
  },
});
