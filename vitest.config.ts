import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files run at once in every project: two on a two-core machine (CI), one
 * fewer than the cores on a larger one. Vitest runs projects of one
 * `sequence.groupOrder` together, in one pool, so they must agree on it.
 */
const workers = Math.max(2, availableParallelism() - 1);

/**
 * Three projects: `unit` tests pure modules (schemas, loaders, domain logic)
 * without a build, in seconds; `integration` runs builds and commands on
 * fixtures; `site` builds the sample catalogue once, serves it on 127.0.0.1
 * and drives Debian's Chromium against it.
 *
 * `site` and `unit` share the first group: the unit files fill the cores
 * while the last browser files finish. `integration` runs after them, its
 * files two at a time: it starts `npm run dev` (dev-watchers.test.ts), which
 * must not run beside the browser tests' own (tests/site/preview.test.ts:
 * two dev servers of one project share its .astro/ folder).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: workers,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: workers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: workers,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
