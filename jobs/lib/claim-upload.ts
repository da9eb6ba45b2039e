/**
 * One upload per partner and period at a time: an upload becomes `processing` only when no
 * other upload of the same partner and period is. The claim is one conditional update
 * (SQLite runs writes one at a time); on PostgreSQL the partner's row is locked first, so
 * two claims for the same partner cannot both see "nobody is processing".
 */
import type { Knex } from 'knex';

/** An upload may be (re)claimed from these statuses; `processing` is its own run resuming after a crash. */
const CLAIMABLE = ['received', 'processing', 'failed'];

export async function claimUpload(knex: Knex, upload: { id: string; partner: number; period: string }): Promise<boolean> {
  return knex.transaction(async (trx) => {
    if (isPostgres(trx)) await trx('signal_partners').select('id').where({ id: upload.partner }).forUpdate();
    const claimed = await trx('uploads')
      .update({ status: 'processing' })
      .where({ id: upload.id })
      .whereIn('status', CLAIMABLE)
      .whereNotExists(
        trx('uploads as other').select('other.id').where({ 'other.partner': upload.partner, 'other.period': upload.period, 'other.status': 'processing' }).andWhereNot('other.id', upload.id),
      );
    return Number(claimed) === 1;
  });
}

/** Gives the turn back (before a retry), so another upload of the partner and period may go. */
export async function releaseUpload(knex: Knex, uploadId: string): Promise<void> {
  await knex('uploads').update({ status: 'received' }).where({ id: uploadId, status: 'processing' });
}

function isPostgres(knex: Knex) {
  return String((knex.client as { config?: { client?: unknown } }).config?.client ?? '').includes('pg');
}
