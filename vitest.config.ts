import { defineConfig } from 'vitest/config';

// The whole suite runs once per engine: the embedded encrypted SQLite store and PostgreSQL.
const engines = ['sqlite', 'postgres'] as const;

export default defineConfig({
  test: {
    projects: engines.map((engine) => ({
      test: {
        name: engine,
        include: ['test/**/*.test.ts'],
        env: { SAFEHOLD_TEST_ENGINE: engine },
        testTimeout: 60_000,
        hookTimeout: 60_000,
        pool: 'forks',
      },
    })),
  },
});
