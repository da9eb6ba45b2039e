/**
 * Who a data breach touched, from the access log in the window investigated: the items read
 * (collection → ids) and the number of persons they are about (core/privacy/breach-window.ts).
 * Read with knex; used by the data_breaches hook.
 */
import type { Knex } from 'knex';
import { affectedPersons, itemsRead, type TenantLinks } from '../../core/privacy/breach-window.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';

type Row = Record<string, unknown>;

async function inChunks(knex: Knex, table: string, column: string, ids: readonly string[], columns: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) rows.push(...((await knex(table).select(columns).whereIn(column, unique.slice(i, i + 500))) as Row[]));
  return rows;
}

export async function breachAffected(knex: Knex, windowStart: Date, windowEnd: Date): Promise<{ persons: number; items: Record<string, string[]> }> {
  if (!(await knex.schema.hasTable('access_log'))) return { persons: 0, items: {} };
  const dates = dbDates(knex);
  const log = (await knex('access_log').select('collection', 'item').whereBetween('timestamp', [dates.timestamp(windowStart), dates.timestamp(windowEnd)])) as Array<{ collection: string; item: string | null }>;
  const items = itemsRead(log);
  const caseOf = new Map<string, string>();
  for (const [collection, ids] of [['referrals', items.referrals], ['contact_attempts', items.contact_attempts], ['documents', items.documents]] as const) {
    if (!ids?.length) continue;
    for (const row of await inChunks(knex, collection, 'id', ids, ['id', 'case'])) if (row.case) caseOf.set(String(row.id), String(row.case));
  }
  const caseIds = [...new Set([...(items.cases ?? []), ...caseOf.values()])];
  const signals = [
    ...(await inChunks(knex, 'signals', 'id', items.signals ?? [], ['id', 'tenant_key', 'case', 'household'])),
    ...(await inChunks(knex, 'signals', 'case', caseIds, ['id', 'tenant_key', 'case', 'household'])),
    ...(await inChunks(knex, 'signals', 'household', items.households ?? [], ['id', 'tenant_key', 'case', 'household'])),
  ];
  const tenant = (row: Row) => String(row.tenant_key ?? `signal:${String(row.id)}`);
  const group = (key: 'case' | 'household') => {
    const map = new Map<string, string[]>();
    for (const row of signals) if (row[key]) map.set(String(row[key]), [...(map.get(String(row[key])) ?? []), tenant(row)]);
    return map;
  };
  const links: TenantLinks = { signalTenant: new Map(signals.map((row) => [String(row.id), tenant(row)])), caseTenants: group('case'), householdTenants: group('household'), itemCase: caseOf };
  return { persons: affectedPersons(items, links), items };
}
