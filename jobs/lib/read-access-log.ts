/**
 * Reading the access log with knex (issue 12, items 2, 4 and 5): the entries about one
 * person's items, for the inzage report, and the entries of a time window, for a breach
 * investigation. Both return the same plain rows, oldest first, with ISO timestamps.
 */
import type { Knex } from 'knex';
import { accessLogForItems, type AccessLogRow, type ItemsByCollection } from '../../core/privacy/access-log-for-items.ts';
import { ACCESS_LOG_COLLECTION } from '../../core/privacy/access-log-append-only.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';

/** A row of the log as read here: with its id, and the time as ISO 8601 (UTC). */
export type AccessLogRecord = AccessLogRow & { id: number; timestamp: string };

const COLUMNS = ['id', 'user', 'role', 'collection', 'item', 'action', 'route', 'timestamp'];
/** Ids per query: each is a LIKE on `item`, which holds comma-separated ids. */
const CHUNK = 50;

function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  // SQLite may hand back epoch milliseconds as text; PostgreSQL text without a zone is UTC.
  if (/^\d+$/.test(text)) return new Date(Number(text)).toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`).toISOString();
}

const toRecord = (row: Record<string, unknown>): AccessLogRecord => ({
  id: Number(row.id),
  user: (row.user as string | null) ?? null,
  role: (row.role as string | null) ?? null,
  collection: String(row.collection),
  item: (row.item as string | null) ?? null,
  action: String(row.action),
  route: (row.route as string | null) ?? null,
  timestamp: isoTimestamp(row.timestamp),
});

const byTime = (a: AccessLogRecord, b: AccessLogRecord) => a.timestamp.localeCompare(b.timestamp) || a.id - b.id;

/** The entries that name any of the given items (collection → ids). */
export async function accessLogForPerson(knex: Knex, items: ItemsByCollection): Promise<AccessLogRecord[]> {
  const found = new Map<number, AccessLogRecord>();
  for (const [collection, ids] of Object.entries(items)) {
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const rows = (await knex(ACCESS_LOG_COLLECTION)
        .select(COLUMNS)
        .where({ collection })
        .andWhere((where) => {
          // Ids are UUIDs or numbers: no LIKE wildcards to escape (a stray one only widens the candidates).
          for (const id of chunk) where.orWhere('item', 'like', `%${String(id)}%`);
        })) as Array<Record<string, unknown>>;
      for (const row of rows) found.set(Number(row.id), toRecord(row));
    }
  }
  // The LIKE finds candidates; an id counts only as a whole.
  return accessLogForItems([...found.values()], items).sort(byTime);
}

/** The entries written from `from` (inclusive) to `to` (exclusive). */
export async function accessLogInWindow(knex: Knex, from: Date, to: Date): Promise<AccessLogRecord[]> {
  const dates = dbDates(knex);
  const rows = (await knex(ACCESS_LOG_COLLECTION)
    .select(COLUMNS)
    .where('timestamp', '>=', dates.timestamp(from))
    .andWhere('timestamp', '<', dates.timestamp(to))) as Array<Record<string, unknown>>;
  return rows.map(toRecord).sort(byTime);
}
