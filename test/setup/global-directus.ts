/**
 * Boots a real Directus for the integration tests: a throwaway SQLite file, or a fresh
 * PostgreSQL database, with the project's snapshot, extensions, access model and demo
 * data — exactly what `npm start` + `npm run seed:demo` give a new user.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { DbSettings } from '../../jobs/db-settings.ts';
import { startBrpDevServer } from '../../adapters/brp/dev-server.ts';
import { seedDemo, type DemoSeedResult } from '../../scripts/lib/demo-data.ts';
import { loginClient } from '../../scripts/lib/directus-client.ts';
import { startEphemeralInstance } from '../../scripts/lib/ephemeral-instance.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { TEST_JOB_POLICY_OVERRIDES } from '../support/test-job-policies.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER } from './postgres.ts';

export const DEMO_PASSWORD = 'Demo-Wachtwoord-2026';

export default async function setup(project: TestProject) {
  const dbClient = project.config.provide.dbClient as 'sqlite3' | 'pg';
  // The local BRP server on the official test persons, at a realistic request rate.
  const brp = await startBrpDevServer({ port: await freePort() });
  // Directus's own temp folder, so tests can check that nothing of an upload lands there.
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'vs-directus-tmp-'));
  const instance = await startEphemeralInstance({
    dbClient,
    postgres: { host: PG_HOST, port: PG_PORT, user: PG_USER, createDatabase, dropDatabase },
    // IP_TRUST_PROXY=loopback: the tests act as a reverse proxy on this machine and may
    // set X-Forwarded-For to simulate clients at different addresses (login throttling).
    extraEnv: {
      BRP_API_URL: brp.url,
      BRP_REQUESTS_PER_SECOND: '50',
      BRP_MAX_RETRIES: '2',
      TMPDIR: tmpDir,
      IP_TRUST_PROXY: 'loopback',
      JOB_POLICY_OVERRIDES: TEST_JOB_POLICY_OVERRIDES,
      // A full run loads two cores with two instances, their workers and Chromium: Directus's
      // pressure limiter (event-loop delay) then answers tests with 503 "Under pressure".
      // Production keeps Directus's default.
      PRESSURE_LIMITER_ENABLED: 'false',
    },
  });
  const stopAll = async () => {
    await instance.stop();
    await brp.close();
    await rm(tmpDir, { recursive: true, force: true });
  };
  try {
    const admin = await loginClient(instance.url, instance.adminEmail, instance.adminPassword);
    const demo = await seedDemo(admin, DEMO_PASSWORD, new Date().toISOString().slice(0, 10));
    project.provide('directus', {
      url: instance.url,
      dbClient,
      adminEmail: instance.adminEmail,
      adminPassword: instance.adminPassword,
      workerToken: instance.workerToken,
      demoPassword: DEMO_PASSWORD,
      demo,
      storageRoot: instance.storageRoot,
      tmpDir,
      brpUrl: brp.url,
      db: instance.db,
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbClient: 'sqlite3' | 'pg';
    directus: {
      url: string;
      dbClient: 'sqlite3' | 'pg';
      adminEmail: string;
      adminPassword: string;
      workerToken: string;
      demoPassword: string;
      demo: DemoSeedResult;
      storageRoot: string;
      /** TMPDIR of the Directus process. */
      tmpDir: string;
      brpUrl: string;
      /** The project database (for spawning workers and reading job tables). */
      db: DbSettings;
    };
  }
}
