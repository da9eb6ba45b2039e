import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { claimUpload, releaseUpload } from './claim-upload.ts';

let knex: Knex;

beforeAll(async () => {
  knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  await knex.schema.createTable('uploads', (table) => {
    table.string('id').primary();
    table.integer('partner');
    table.string('period');
    table.string('status');
  });
});
afterAll(async () => knex.destroy());
beforeEach(async () => {
  await knex('uploads').delete();
});

const mine = { id: 'u1', partner: 1, period: '2026-11' };

describe('claimUpload', () => {
  test.each([
    { name: 'a new upload', own: 'received', others: [], claimed: true },
    { name: 'its own run resuming after a crash', own: 'processing', others: [], claimed: true },
    { name: 'a retry of a failed upload', own: 'failed', others: [], claimed: true },
    { name: 'another upload of the partner and period is processing', own: 'received', others: [{ id: 'u2', partner: 1, period: '2026-11', status: 'processing' }], claimed: false },
    { name: 'another partner is processing the same period', own: 'received', others: [{ id: 'u2', partner: 2, period: '2026-11', status: 'processing' }], claimed: true },
    { name: 'the same partner is processing another period', own: 'received', others: [{ id: 'u2', partner: 1, period: '2026-10', status: 'processing' }], claimed: true },
    { name: 'an earlier upload of the partner and period is done', own: 'received', others: [{ id: 'u2', partner: 1, period: '2026-11', status: 'processed' }], claimed: true },
    { name: 'already processed', own: 'processed', others: [], claimed: false },
    { name: 'superseded', own: 'superseded', others: [], claimed: false },
  ])('$name → $claimed', async ({ own, others, claimed }) => {
    await knex('uploads').insert([{ ...mine, status: own }, ...others]);
    expect(await claimUpload(knex, mine)).toBe(claimed);
    const status = ((await knex('uploads').where({ id: 'u1' }).first()) as { status: string }).status;
    expect(status).toBe(claimed ? 'processing' : own);
  });

  test('of two uploads racing for the same partner and period, exactly one wins; after a release the other may go', async () => {
    await knex('uploads').insert([{ ...mine, status: 'received' }, { id: 'u2', partner: 1, period: '2026-11', status: 'received' }]);
    const results = await Promise.all([claimUpload(knex, mine), claimUpload(knex, { ...mine, id: 'u2' })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results[0] ? 'u1' : 'u2';
    const loser = winner === 'u1' ? 'u2' : 'u1';
    await releaseUpload(knex, winner);
    expect(await claimUpload(knex, { ...mine, id: loser })).toBe(true);
  });
});
