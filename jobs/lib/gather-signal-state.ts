/**
 * Reads what planSignalWrites needs to know about signals already stored: this partner's
 * signals for the period, each tenant's latest earlier signal, and existing households.
 */
import type { Knex } from 'knex';
import { isInProgress } from '../../core/signals/in-progress.ts';
import type { EarlierSignal, ExistingSignal } from '../../core/signals/plan-signal-writes.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';

export async function gatherSignalState(knex: Knex, options: { partner: number; period: string; tenantKeys: string[]; householdKeys: string[] }) {
  const samePeriod: ExistingSignal[] = (
    await knex('signals').select('id', 'tenant_key', 'status', 'case').where({ partner: options.partner, period: options.period })
  ).map((row: { id: string; tenant_key: string; status: string; case: string | null }) => ({
    id: row.id,
    tenant_key: row.tenant_key,
    in_progress: isInProgress(row),
  }));

  const earlier = new Map<string, EarlierSignal>();
  for (const keys of chunks(options.tenantKeys)) {
    const rows = (await knex('signals').select('id', 'tenant_key', 'household', 'period').whereIn('tenant_key', keys).andWhere('period', '<', options.period)) as Array<EarlierSignal & { tenant_key: string }>;
    for (const row of rows) {
      const current = earlier.get(row.tenant_key);
      if (!current || current.period < row.period) earlier.set(row.tenant_key, { id: row.id, household: row.household, period: row.period });
    }
  }

  const households = new Map<string, string>();
  for (const keys of chunks(options.householdKeys)) {
    for (const row of (await knex('households').select('id', 'address_key').whereIn('address_key', keys)) as Array<{ id: string; address_key: string }>) {
      households.set(row.address_key, row.id);
    }
  }
  return { samePeriod, earlier, households };
}

