import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// At least two workers: Vitest's default (the cores less one) is a single worker on a two-core CI machine,
// where the API suites spend much of their time waiting on PostgreSQL, password hashing and child
// processes. Measured on such a machine: the work plan and rectification suites (365 tests, both
// databases) took 206 s with one worker, 124 s with two, 124 s with three.
const maxWorkers = Math.max(2, availableParallelism() - 1);

// One runner for the whole repository: pure packages and the server run in Node,
// the web app's components in happy-dom.
export default defineConfig({
  test: {
    maxWorkers,
    projects: [
      {
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.tsx', 'apps/web/src/**/*.test.ts'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
