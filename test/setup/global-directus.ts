/**
 * Boots a real Directus for the integration tests: a throwaway SQLite file, or a fresh
 * PostgreSQL database, with the project's snapshot, extensions, access model and demo
 * data — exactly what `npm start` + `npm run seed:demo` give a new user.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseAppConfig } from '../../scripts/lib/app-config.ts';
import { seedDemo } from '../../scripts/lib/demo-data.ts';
import { loginClient } from '../../scripts/lib/directus-client.ts';
import { directusEnv } from '../../scripts/lib/directus-env.ts';
import { startDirectusServer } from '../../scripts/lib/directus-process.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { prepareInstance } from '../../scripts/lib/prepare-instance.ts';
import { provision } from '../../scripts/lib/provision.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER } from './postgres.ts';

export const DEMO_PASSWORD = 'Demo-Wachtwoord-2026';

export default async function setup(project: TestProject) {
  const dbClient = project.config.provide.dbClient as 'sqlite3' | 'pg';
  const work = await mkdtemp(path.join(os.tmpdir(), `vs-it-${dbClient}-`));
  const pgDatabase = `vs_test_${randomBytes(4).toString('hex')}`;
  const adminPassword = `Admin-${randomBytes(8).toString('hex')}-1A`;
  const workerToken = randomBytes(32).toString('hex');
  if (dbClient === 'pg') await createDatabase(pgDatabase);

  const config = parseAppConfig({
    NODE_ENV: 'test',
    PORT: String(await freePort()),
    DB_CLIENT: dbClient,
    DB_FILENAME: path.join(work, 'test.sqlite'),
    ...(dbClient === 'pg' ? { DB_HOST: PG_HOST, DB_PORT: String(PG_PORT), DB_USER: PG_USER, DB_DATABASE: pgDatabase } : {}),
    STORAGE_LOCAL_ROOT: path.join(work, 'uploads'),
    EXTENSIONS_PATH: path.join(work, 'extensions'),
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: adminPassword,
    SECRET: randomBytes(32).toString('hex'),
    WORKER_TOKEN: workerToken,
    LOG_LEVEL: 'warn',
  });
  const env = directusEnv(config, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' });
  await prepareInstance(config, env, { quiet: true });
  const server = await startDirectusServer(env, { quiet: true });
  const teardown = async () => {
    await server.stop();
    if (dbClient === 'pg') await dropDatabase(pgDatabase);
    await rm(work, { recursive: true, force: true });
  };
  try {
    await provision({ url: server.url, adminEmail: config.ADMIN_EMAIL, adminPassword, workerToken });
    const admin = await loginClient(server.url, config.ADMIN_EMAIL, adminPassword);
    const demo = await seedDemo(admin, DEMO_PASSWORD, new Date().toISOString().slice(0, 10));
    project.provide('directus', {
      url: server.url,
      dbClient,
      adminEmail: config.ADMIN_EMAIL,
      adminPassword,
      workerToken,
      demoPassword: DEMO_PASSWORD,
      demo,
      storageRoot: env.STORAGE_LOCAL_ROOT ?? '',
    });
  } catch (error) {
    console.error(server.output().slice(-3000));
    await teardown();
    throw error;
  }
  return teardown;
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
      demo: import('../../scripts/lib/demo-data.ts').DemoSeedResult;
      storageRoot: string;
    };
  }
}
