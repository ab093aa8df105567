import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.venv/**', '.elieta/**', 'dagster/**'],
    // dbt builds of the whole project take minutes on two busy cores.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Tests share the machine's two cores with DuckDB, dbt and chromium; files run in parallel
    // but each file's tests run in order.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    globalSetup: ['test/global-setup.ts'],
  },
});
