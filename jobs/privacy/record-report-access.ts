/**
 * Making an inzage report reads everything held about a person: that read is on record like
 * any other (access log, action `export`), with the ids of the items, never their contents.
 * Written with knex because the report reads with knex (no Directus hook sees it). Does
 * nothing when the access log does not exist (an installation before issue 12).
 */
import type { Knex } from 'knex';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';

export async function recordReportAccess(knex: Knex, reader: { user: string | null; role: string | null }, items: Record<string, string[]>, route: 'app' | 'export', now: Date): Promise<number> {
  if (!(await knex.schema.hasTable('access_log'))) return 0;
  const timestamp = dbDates(knex).timestamp(now);
  const rows = Object.entries(items)
    .filter(([, ids]) => ids.length > 0)
    .map(([collection, ids]) => ({ user: reader.user, role: reader.role, collection, item: ids.join(','), action: 'export', route, timestamp }));
  if (rows.length) await knex('access_log').insert(rows);
  return rows.length;
}
