import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readMunicipalityArea } from './read-municipality-area.ts';

let knex: Knex;

beforeAll(async () => {
  knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  await knex.schema.createTable('app_settings', (table) => {
    table.integer('id').primary();
    table.text('area_postcodes');
    table.text('area_places');
  });
});
afterAll(async () => knex.destroy());
beforeEach(async () => {
  await knex('app_settings').delete();
});

describe('readMunicipalityArea', () => {
  test('no settings row yet: no restriction', async () => {
    expect(await readMunicipalityArea(knex)).toEqual({ ok: true, area: { postcodeRanges: [], places: [] } });
  });

  test.each([
    ['both empty', null, null, { ok: true, area: { postcodeRanges: [], places: [] } }],
    ['places as stored JSON text (SQLite)', '6000-6009', '["Weert","Stramproy"]', { ok: true, area: { postcodeRanges: [{ from: 6000, to: 6009 }], places: ['weert', 'stramproy'] } }],
    ['an empty list', '', '[]', { ok: true, area: { postcodeRanges: [], places: [] } }],
    ['unreadable postcodes', '60xx', null, { ok: false, message: expect.stringContaining('"60xx"') }],
    ['places that are no JSON', null, 'Weert', { ok: false, message: expect.stringContaining('Woonplaatsen') }],
    ['places that are no list of names', null, '{"a":1}', { ok: false, message: expect.stringContaining('Woonplaatsen') }],
  ])('%s', async (_name, postcodes, places, expected) => {
    await knex('app_settings').insert({ id: 1, area_postcodes: postcodes, area_places: places });
    expect(await readMunicipalityArea(knex)).toEqual(expected);
  });
});
