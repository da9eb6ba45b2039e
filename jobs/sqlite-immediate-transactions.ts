/**
 * On SQLite, Directus and the worker are two processes writing to one file (WAL mode). A
 * transaction that begins with a plain `BEGIN` and reads before it writes fails AT ONCE with
 * SQLITE_BUSY, without waiting for the busy timeout, when the other process wrote in between:
 * its snapshot is stale and SQLite cannot upgrade it to a writer. Directus's creates do exactly
 * that (filter hooks and permission checks read inside the transaction before the insert); seen
 * as a rare 500 on an upload while the worker was busy. `BEGIN IMMEDIATE` takes the write lock
 * first, so a transaction waits its turn (busy timeout) instead of failing. Nested transactions
 * (savepoints) are untouched. Reads outside transactions are not affected.
 */
import type { Knex } from 'knex';

type TransactionLike = { begin(connection: unknown): Promise<unknown>; query(connection: unknown, sql: string): Promise<unknown> };
type ClientLike = { config?: { client?: unknown }; transaction: (...args: unknown[]) => TransactionLike };

export function beginSqliteTransactionsImmediately(database: Knex): boolean {
  const client = database.client as ClientLike;
  if (client.config?.client !== 'sqlite3') return false;
  const original = client.transaction;
  client.transaction = function transaction(this: ClientLike, ...args: unknown[]) {
    const trx = original.apply(this, args);
    // Called after the connection is acquired, so replacing it here is in time.
    trx.begin = function begin(this: TransactionLike, connection: unknown) {
      return this.query(connection, 'BEGIN IMMEDIATE;');
    };
    return trx;
  };
  return true;
}
