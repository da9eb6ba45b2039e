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
import { prepareInstance } from './prepare-instance.ts';
import { provision } from './provision.ts';

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

export async function startEphemeralInstance(options: { dbClient: 'sqlite3' | 'pg'; postgres?: PostgresAdmin; extraEnv?: Record<string, string> }): Promise<EphemeralInstance> {
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
  });
  const env = { ...directusEnv(config, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }), ...options.extraEnv };
  const cleanup = async () => {
    if (dbClient === 'pg') await postgres?.dropDatabase(pgDatabase);
    await rm(work, { recursive: true, force: true });
  };
  let server: RunningDirectus;
  try {
    await prepareInstance(config, env, { quiet: true });
    server = await startDirectusServer(env, { quiet: true });
  } catch (error) {
    await cleanup();
    throw error;
  }
  const stop = async () => {
    await server.stop();
    await cleanup();
  };
  try {
    await provision({ url: server.url, adminEmail: config.ADMIN_EMAIL, adminPassword, workerToken });
  } catch (error) {
    console.error(server.output().slice(-3000));
    await stop();
    throw error;
  }
  return { url: server.url, server, adminEmail: config.ADMIN_EMAIL, adminPassword, workerToken, storageRoot: env.STORAGE_LOCAL_ROOT ?? '', db: dbSettingsFromEnv(env), stop };
}
