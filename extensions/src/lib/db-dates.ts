/**
 * Bulk writes bypass Directus's payload service, so dates must be stored the way
 * Directus stores them: SQLite holds dates and timestamps as epoch milliseconds,
 * PostgreSQL takes ISO strings.
 */
import type { Knex } from 'knex';

export interface DbDates {
  date(value: string | null): string | number | null;
  timestamp(value: Date): string | number;
}

export function dbDates(knex: Knex): DbDates {
  const client = String((knex.client as { config?: { client?: unknown } }).config?.client ?? '');
  const sqlite = client.includes('sqlite');
  return sqlite
    ? { date: (value) => (value === null ? null : new Date(`${value}T00:00:00Z`).getTime()), timestamp: (value) => value.getTime() }
    : { date: (value) => value, timestamp: (value) => value.toISOString() };
}

/** A date column read back with knex: epoch ms (SQLite), a local-midnight Date (PostgreSQL) or text. */
export function readDbDate(value: string | number | Date): string {
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}
