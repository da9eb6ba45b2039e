/**
 * Creates or updates Sidequest's tables (sidequest_jobs, sidequest_queues) in the project
 * database, before Directus starts, so hooks can always enqueue. On SQLite it also turns on
 * WAL (kept in the file), so Directus and the worker (both node-sqlite3) read while
 * the other writes. Sidequest's own migrate() logs and swallows errors; this checks the result.
 */
import knexFactory from 'knex';
import { configureLogger } from 'sidequest';
import { engineBackendConfig, type DbSettings } from './db-settings.ts';

export async function migrateJobEngine(db: DbSettings): Promise<void> {
  // Sidequest logs every migration at info; the start output stays short (errors still show).
  configureLogger({ level: 'warn', json: false });
  const backend = engineBackendConfig(db);
  const { default: Backend } = (await import(backend.driver)) as { default: new (config: Record<string, unknown>) => { migrate(): Promise<void>; close(): Promise<void>; knex: ReturnType<typeof knexFactory> } };
  const instance = new Backend(backend.config);
  try {
    await instance.migrate();
    if (db.client === 'sqlite3') await instance.knex.raw('PRAGMA journal_mode = WAL');
    const ready = (await instance.knex.schema.hasTable('sidequest_jobs')) && (await instance.knex.schema.hasTable('sidequest_queues'));
    if (!ready) throw new Error('The job engine tables could not be created (see the log above)');
  } finally {
    await instance.close();
  }
}

/** The database settings of a Directus environment (DB_CLIENT, DB_FILENAME, DB_HOST…). */
export function dbSettingsFromEnv(env: Record<string, string | undefined>): DbSettings {
  if (env.DB_CLIENT === 'pg') {
    return { client: 'pg', connectionString: env.DB_CONNECTION_STRING, host: env.DB_HOST, port: env.DB_PORT ? Number(env.DB_PORT) : 5432, database: env.DB_DATABASE, user: env.DB_USER, password: env.DB_PASSWORD };
  }
  if (!env.DB_FILENAME) throw new Error('DB_FILENAME is not set');
  return { client: 'sqlite3', filename: env.DB_FILENAME };
}
