/**
 * On SQLite, Directus (node-sqlite3) and the worker write to the same file. node-sqlite3 gives
 * up on a locked database after 1 s, which a long worker transaction can exceed; Directus has
 * no setting for it. This raises the wait on every connection of Directus's pool, now and as
 * the pool creates new ones. The database runs in WAL mode (set by prepare-instance), so
 * readers never wait; only two writers queue.
 */
import type { Knex } from 'knex';

export const DIRECTUS_SQLITE_BUSY_TIMEOUT_MS = 15_000;

type SqliteConnection = { configure?: (option: 'busyTimeout', ms: number) => void };
type TarnPool = {
  on(event: 'createSuccess', listener: (eventId: number, resource: SqliteConnection) => void): void;
  free?: Array<{ resource?: SqliteConnection }>;
  used?: Array<{ resource?: SqliteConnection }>;
};

export function waitOnLockedSqlite(database: Knex, ms = DIRECTUS_SQLITE_BUSY_TIMEOUT_MS): boolean {
  const client = database.client as { config?: { client?: unknown }; pool?: TarnPool };
  if (client.config?.client !== 'sqlite3' || !client.pool) return false;
  const configure = (connection: SqliteConnection | undefined) => connection?.configure?.('busyTimeout', ms);
  client.pool.on('createSuccess', (_eventId, connection) => configure(connection));
  for (const entry of [...(client.pool.free ?? []), ...(client.pool.used ?? [])]) configure(entry.resource);
  return true;
}
