import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectKnexConfig } from '../db-settings.ts';
import { backfillHouseholdAddresses } from './backfill-household-addresses.ts';

// The two tables as far as the backfill reads them (the real ones hold more columns).
let dir: string;
let knex: Knex;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-backfill-'));
  knex = knexFactory(projectKnexConfig({ client: 'sqlite3', filename: path.join(dir, 'db.sqlite') }));
  await knex.schema.createTable('households', (table) => {
    table.string('id').primary();
    table.string('address').nullable();
  });
  await knex.schema.createTable('signals', (table) => {
    table.string('id').primary();
    table.string('household').nullable();
    table.string('period');
    for (const column of ['street', 'house_letter', 'house_number_addition', 'postcode', 'city']) table.string(column).nullable();
    table.integer('house_number');
  });
});
afterAll(async () => {
  await knex.destroy();
  await rm(dir, { recursive: true, force: true });
});

test('households without an address get their latest signal\'s address; others and households without signals are left alone', async () => {
  await knex('households').insert([{ id: 'old' }, { id: 'kept', address: 'Markt 1, 6001 AA Weert' }, { id: 'lonely' }]);
  await knex('signals').insert([
    { id: 's1', household: 'old', period: '2026-09', street: 'Oude straat', house_number: 3, postcode: '6001AA', city: 'Weert' },
    { id: 's2', household: 'old', period: '2026-11', street: 'Molenweg', house_number: 7, house_letter: 'b', house_number_addition: '2', postcode: '6002cd', city: 'Weert' },
    { id: 's3', household: 'kept', period: '2026-11', street: 'Elders', house_number: 9, postcode: '6003EF', city: 'Weert' },
  ]);
  expect(await backfillHouseholdAddresses(knex)).toBe(1);
  expect(await knex('households').select('id', 'address').orderBy('id')).toEqual([
    { id: 'kept', address: 'Markt 1, 6001 AA Weert' },
    { id: 'lonely', address: null },
    { id: 'old', address: 'Molenweg 7B-2, 6002 CD Weert' },
  ]);
  expect(await backfillHouseholdAddresses(knex)).toBe(0);
});
