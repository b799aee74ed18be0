import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['services/**/*.test.ts', 'operator/**/*.test.ts', 'crds/**/*.test.ts', 'charts/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: more workers only contend for the same CPUs and the same Postgres.
    maxWorkers: 2,
    env: { NO_COLOR: '1', LOG_LEVEL: 'silent' },
  },
});
