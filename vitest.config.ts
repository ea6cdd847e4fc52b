import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` tests pure modules (schemas, loaders, domain logic)
 * without a build, in seconds; `integration` runs builds and commands on
 * fixtures; `site` builds the sample catalogue once, serves it on 127.0.0.1
 * and drives Debian's Chromium against it.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // One Chromium per worker is enough for two cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
