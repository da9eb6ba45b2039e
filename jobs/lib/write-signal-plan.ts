/** Writes a SignalWritePlan in one transaction, in batches: the bulk path for 10,000 rows. */
import type { Knex } from 'knex';
import type { SignalWritePlan } from '../../core/signals/plan-signal-writes.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';

export async function writeSignalPlan(trx: Knex.Transaction, plan: SignalWritePlan, options: { now: Date; user: string | null }): Promise<void> {
  const dates = dbDates(trx);
  const now = dates.timestamp(options.now);
  for (const batch of chunks(plan.households)) await trx('households').insert(batch.map((household) => ({ ...household, date_created: now })));
  for (const batch of chunks(plan.inserts)) {
    await trx('signals').insert(
      batch.map((row) => ({ ...row, birth_date: dates.date(row.birth_date), signal_date: dates.date(row.signal_date), user_created: options.user, date_created: now })),
    );
  }
  for (const { id, changes } of plan.updates) {
    await trx('signals')
      .update({ ...changes, birth_date: dates.date(changes.birth_date), signal_date: dates.date(changes.signal_date), date_updated: now })
      .where({ id });
  }
  for (const batch of chunks(plan.deletes)) await trx('signals').delete().whereIn('id', batch);
}
