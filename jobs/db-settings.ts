/**
 * The project database as Directus's own settings name it (DB_CLIENT, DB_FILENAME, DB_HOST…),
 * turned into knex configurations for the worker's connection and for Sidequest's backend.
 */
import type { Knex } from 'knex';

export type DbSettings =
  | { client: 'sqlite3'; filename: string }
  | { client: 'pg'; connectionString?: string; host?: string; port?: number; database?: string; user?: string; password?: string };

/** SQLite waits this long for another process's write to finish instead of failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

function pgConnection(db: Extract<DbSettings, { client: 'pg' }>): Knex.StaticConnectionConfig | string {
  if (db.connectionString) return db.connectionString;
  return { host: db.host, port: db.port, database: db.database, user: db.user, password: db.password } as Knex.StaticConnectionConfig;
}

type SqliteConnection = { configure(option: 'busyTimeout', ms: number): void; run(sql: string, callback: (error: Error | null) => void): void };
type Done = (error: Error | null, conn: unknown) => void;

/**
 * Per connection: wait for a lock instead of failing, and enforce foreign keys as Directus does.
 * The driver is node-sqlite3 (as in Directus), not better-sqlite3: better-sqlite3 waits for a
 * lock synchronously, which blocks the event loop — and with it the other connection of the
 * same process that holds the lock (the engine's and the handlers' pools), a deadlock until
 * the timeout. node-sqlite3 waits on a libuv thread.
 */
function sqliteAfterCreate(conn: SqliteConnection, done: Done) {
  conn.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
  conn.run('PRAGMA foreign_keys = ON', (error) => done(error, conn));
}

/** The worker's connection to the project database (what handlers write through). */
export function projectKnexConfig(db: DbSettings, poolMax = 5): Knex.Config {
  if (db.client === 'sqlite3') {
    return {
      client: 'sqlite3',
      connection: { filename: db.filename },
      useNullAsDefault: true,
      pool: { min: 1, max: 1, afterCreate: sqliteAfterCreate },
    };
  }
  return { client: 'pg', connection: pgConnection(db), pool: { min: 0, max: poolMax } };
}

/** Sidequest's backend settings (its own knex; same database). */
export function engineBackendConfig(db: DbSettings): { driver: string; config: Record<string, unknown> } {
  if (db.client === 'sqlite3') {
    return { driver: '@sidequest/sqlite-backend', config: { client: 'sqlite3', connection: { filename: db.filename }, useNullAsDefault: true, pool: { min: 1, max: 1, afterCreate: sqliteAfterCreate } } };
  }
  return { driver: '@sidequest/postgres-backend', config: { connection: pgConnection(db), pool: { min: 0, max: 5 } } };
}
