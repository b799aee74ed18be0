import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: more workers only contend for the same CPUs and the same Postgres.
    maxWorkers: 2,
    env: { NO_COLOR: '1', LOG_LEVEL: 'silent' },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['services/**/*.test.ts', 'operator/**/*.test.ts', 'crds/**/*.test.ts', 'charts/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['tests/web/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        // The web app's tests (Chromium among them) run after the rest, so the browser's CPU
        // does not starve the timing-sensitive server tests on a two-core machine.
        test: { name: 'web', include: ['web/src/**/*.test.ts', 'tests/web/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
