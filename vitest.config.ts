import { defineConfig } from 'vitest/config';

// The suite runs once per engine: the embedded encrypted SQLite store and PostgreSQL.
const engines = ['sqlite', 'postgres'] as const;
// The web application's own checks: pure ones (catalogs) and real Chromium against a real server.
const webUnit = 'test/web-unit/**/*.test.ts';
const browser = 'test/web/**/*.test.ts';

export default defineConfig({
  test: {
    projects: [
      ...engines.map((engine) => ({
        test: {
          name: engine,
          include: ['test/**/*.test.ts'],
          exclude: [webUnit, browser],
          env: { SAFEHOLD_TEST_ENGINE: engine },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks' as const,
        },
      })),
      { test: { name: 'web-unit', include: [webUnit] } },
      {
        test: {
          name: 'browser',
          include: [browser],
          env: { SAFEHOLD_TEST_ENGINE: 'sqlite' },
          // Builds dist/web once per run when web/ changed since the last build.
          globalSetup: ['test/web/support/build-web.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks' as const,
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
