import { defineConfig } from 'vitest/config';
import { postgresAnswers } from './test/setup/postgres.ts';

const withPostgres = await postgresAnswers();
if (!withPostgres) console.warn('PostgreSQL does not answer on 127.0.0.1:5432: integration tests run on SQLite only');

/**
 * An integration project: its own Directus (booted by the global setup) on its database, its
 * files one after the other in one fork (they share that instance). A test may take two minutes
 * unless it says otherwise: under a full run's load one takes several times what it takes alone.
 */
const integration = (name: string, include: string[], dbClient: 'sqlite3' | 'pg', exclude: string[] = [], testTimeout = 120_000) => ({
  test: {
    name,
    include,
    exclude,
    globalSetup: ['test/setup/global-directus.ts'],
    setupFiles: ['test/setup/stale-socket-retry.ts'],
    provide: { dbClient },
    pool: 'forks' as const,
    poolOptions: { forks: { singleFork: true } },
    testTimeout,
    hookTimeout: 180_000,
  },
});

/**
 * Two integration files boot SQLite instances of their own, whatever the project's database:
 * hsts.test.ts (an https instance) and ready-means-ready.test.ts (`npm start` on a new
 * database: the README's command, SQLite). They run once, with the browser tests: with them
 * the three processes of scripts/run-tests.ts take about as long each. On PostgreSQL the same
 * start code boots the project's own instance (global setup).
 */
const OWN_SQLITE_INSTANCES = ['test/integration/hsts.test.ts', 'test/integration/ready-means-ready.test.ts'];

// Unit tests sit beside the code; integration and end-to-end tests live in test/ and boot a
// real Directus: SQLite always, PostgreSQL when it answers on 127.0.0.1:5432. The browser tests
// have a SQLite instance of their own, so they run beside the integration tests
// (scripts/run-tests.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'adapters/**/*.test.ts', 'scripts/**/*.test.ts', 'directus/**/*.test.ts', 'extensions/src/**/*.test.ts', 'jobs/**/*.test.ts', 'test/support/**/*.test.ts'],
          environment: 'node',
        },
      },
      integration('integration-sqlite', ['test/integration/**/*.test.ts'], 'sqlite3', OWN_SQLITE_INSTANCES),
      // A browser test under a full run's load (two cores, three instances, Chromium) may take
      // several times what it takes alone: three minutes each unless it says otherwise.
      integration('e2e-sqlite', ['test/e2e/**/*.test.ts', ...OWN_SQLITE_INSTANCES], 'sqlite3', [], 180_000),
      ...(withPostgres ? [integration('integration-pg', ['test/integration/**/*.test.ts'], 'pg', OWN_SQLITE_INSTANCES)] : []),
    ],
  },
});
