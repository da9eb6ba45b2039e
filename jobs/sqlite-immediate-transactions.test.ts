import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectKnexConfig } from './db-settings.ts';
import { beginSqliteTransactionsImmediately } from './sqlite-immediate-transactions.ts';

// Two processes in production (Directus and the worker); two knex instances with their own connection here.
let dir: string;
let first: Knex;
let second: Knex;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-sqlite-immediate-'));
  const filename = path.join(dir, 'db.sqlite');
  first = knexFactory(projectKnexConfig({ client: 'sqlite3', filename }));
  second = knexFactory(projectKnexConfig({ client: 'sqlite3', filename }));
  await first.raw('PRAGMA journal_mode = WAL');
  await first.schema.createTable('counter', (table) => {
    table.integer('id').primary();
    table.integer('n');
  });
  await first('counter').insert({ id: 1, n: 0 });
});
afterEach(async () => {
  await first.destroy();
  await second.destroy();
  await rm(dir, { recursive: true, force: true });
});

/**
 * A reads, B writes meanwhile, then A writes: Directus's create while the worker writes. Returns
 * B's write, which with BEGIN IMMEDIATE can only land after A committed.
 */
async function readThenWriteWhileOtherWrites(): Promise<Promise<unknown>> {
  let other: Promise<unknown> = Promise.resolve();
  await first.transaction(async (trx) => {
    const { n } = (await trx('counter').where({ id: 1 }).first()) as { n: number };
    other = second('counter').where({ id: 1 }).increment('n', 10).then((value) => value);
    // With a plain BEGIN the other write commits now; with BEGIN IMMEDIATE it waits for this transaction.
    await Promise.race([other, new Promise((resolve) => setTimeout(resolve, 300))]);
    await trx('counter').where({ id: 1 }).update({ n: n + 1 });
  });
  return other;
}

describe('SQLite write transactions of two processes', () => {
  test('with a plain BEGIN, a transaction that read before the other process wrote fails at once (SQLITE_BUSY)', async () => {
    await expect(readThenWriteWhileOtherWrites()).rejects.toThrow(/SQLITE_BUSY/);
  });

  test('with BEGIN IMMEDIATE it takes the write lock first; the other write waits its turn and both land', async () => {
    expect(beginSqliteTransactionsImmediately(first)).toBe(true);
    expect(beginSqliteTransactionsImmediately(second)).toBe(true);
    await (await readThenWriteWhileOtherWrites());
    expect(((await first('counter').where({ id: 1 }).first()) as { n: number }).n).toBe(11);
  });

  test('nested transactions still use savepoints, and PostgreSQL is left alone', async () => {
    beginSqliteTransactionsImmediately(first);
    await first.transaction(async (trx) => {
      await trx.transaction(async (inner) => inner('counter').where({ id: 1 }).update({ n: 5 }));
    });
    expect(((await first('counter').where({ id: 1 }).first()) as { n: number }).n).toBe(5);
    expect(beginSqliteTransactionsImmediately(knexFactory({ client: 'pg' }))).toBe(false);
  });
});
