/**
 * A throwaway Directus with this project's schema, extensions and access model, on a
 * temporary SQLite file or a fresh PostgreSQL database. Used by the integration tests
 * and the benchmarks, so both measure what `npm start` runs.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dbSettingsFromEnv } from '../../jobs/migrate-engine.ts';
import type { DbSettings } from '../../jobs/db-settings.ts';
import { parseAppConfig } from './app-config.ts';
import { directusEnv } from './directus-env.ts';
import { startDirectusServer, type RunningDirectus } from './directus-process.ts';
import { freePort } from './free-port.ts';
import { prepareAndProvisionPrivately } from './provision-privately.ts';

export interface PostgresAdmin {
  host: string;
  port: number;
  user: string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
}

export interface EphemeralInstance {
  url: string;
  server: RunningDirectus;
  adminEmail: string;
  adminPassword: string;
  workerToken: string;
  storageRoot: string;
  /** The project database, for workers and tests that talk to it directly. */
  db: DbSettings;
  stop(): Promise<void>;
}

export async function startEphemeralInstance(options: { dbClient: 'sqlite3' | 'pg'; postgres?: PostgresAdmin; extraEnv?: Record<string, string>; publicUrl?: string }): Promise<EphemeralInstance> {
  const { dbClient, postgres } = options;
  const work = await mkdtemp(path.join(os.tmpdir(), `vs-${dbClient}-`));
  const pgDatabase = `vs_test_${randomBytes(4).toString('hex')}`;
  const adminPassword = `Admin-${randomBytes(8).toString('hex')}-1A`;
  const workerToken = randomBytes(32).toString('hex');
  if (dbClient === 'pg') {
    if (!postgres) throw new Error('PostgreSQL instance requested without connection details');
    await postgres.createDatabase(pgDatabase);
  }
  const config = parseAppConfig({
    NODE_ENV: 'test',
    PORT: String(await freePort()),
    DB_CLIENT: dbClient,
    DB_FILENAME: path.join(work, 'test.sqlite'),
    ...(dbClient === 'pg' && postgres ? { DB_HOST: postgres.host, DB_PORT: String(postgres.port), DB_USER: postgres.user, DB_DATABASE: pgDatabase } : {}),
    STORAGE_LOCAL_ROOT: path.join(work, 'uploads'),
    EXTENSIONS_PATH: path.join(work, 'extensions'),
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: adminPassword,
    SECRET: randomBytes(32).toString('hex'),
    WORKER_TOKEN: workerToken,
    LOG_LEVEL: 'warn',
    ...(options.publicUrl ? { PUBLIC_URL: options.publicUrl } : {}),
  });
  const env = { ...directusEnv(config, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }), ...options.extraEnv };
  const cleanup = async () => {
    if (dbClient === 'pg') await postgres?.dropDatabase(pgDatabase);
    await rm(work, { recursive: true, force: true });
  };
  // The same order as npm start: provisioned on a private port first, then the server the tests use.
  let server: RunningDirectus;
  try {
    await prepareAndProvisionPrivately(config, env, { quiet: true });
    // TEST_DIRECTUS_LOGS=1 shows the instance's warnings and errors (debugging a failing test).
    server = await startDirectusServer(env, { quiet: process.env.TEST_DIRECTUS_LOGS !== '1' });
  } catch (error) {
    await cleanup();
    throw error;
  }
  const stop = async () => {
    await server.stop();
    await cleanup();
  };
  return { url: server.url, server, adminEmail: config.ADMIN_EMAIL, adminPassword, workerToken, storageRoot: env.STORAGE_LOCAL_ROOT ?? '', db: dbSettingsFromEnv(env), stop };
}
