import { defineConfig } from 'vitest/config';
import { postgresAnswers } from './test/setup/postgres.ts';

const withPostgres = await postgresAnswers();
if (!withPostgres) console.warn('PostgreSQL does not answer on 127.0.0.1:5432: integration tests run on SQLite only');

// Unit tests sit beside the code; integration and end-to-end tests live in test/ and
// boot a real Directus (SQLite always, PostgreSQL when it answers on 127.0.0.1:5432).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'adapters/**/*.test.ts', 'scripts/**/*.test.ts', 'directus/**/*.test.ts', 'extensions/src/**/*.test.ts', 'jobs/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration-sqlite',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/global-directus.ts'],
          provide: { dbClient: 'sqlite3' as const },
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      ...(withPostgres ? [{
        test: {
          name: 'integration-pg',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/global-directus.ts'],
          provide: { dbClient: 'pg' as const },
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      }] : []),
    ],
  },
});
