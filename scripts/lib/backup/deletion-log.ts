/**
 * Reading and extending `deletion_log` (collection, item, deleted_at, reason: ids only).
 * Timestamps come back as Date (PostgreSQL), text without a zone or epoch milliseconds
 * (SQLite); they are compared as moments, so all become ISO strings in UTC.
 */
import type { Knex } from 'knex';
import type { DeletionLogEntry } from '../../../core/privacy/plan-deletion-reapply.ts';

export const DELETION_LOG_TABLE = 'deletion_log';

export function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value ?? '');
  if (/^\d+$/.test(text)) return new Date(Number(text)).toISOString();
  const withT = text.includes('T') ? text : text.replace(' ', 'T');
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(withT) ? withT : `${withT}Z`;
  const moment = new Date(zoned);
  return Number.isNaN(moment.getTime()) ? text : moment.toISOString();
}

/** The log in the order it was written; empty when the database has no log (yet). */
export async function readDeletionLog(knex: Knex): Promise<DeletionLogEntry[]> {
  if (!(await knex.schema.hasTable(DELETION_LOG_TABLE))) return [];
  const rows = await knex(DELETION_LOG_TABLE).select('collection', 'item', 'deleted_at', 'reason').orderBy('id');
  return rows.map((row: { collection: string; item: string | number; deleted_at: unknown; reason: string | null }) => ({
    collection: row.collection,
    item: String(row.item),
    deleted_at: isoTimestamp(row.deleted_at),
    reason: row.reason ?? null,
  }));
}

export async function appendDeletionLog(knex: Knex, entries: readonly DeletionLogEntry[]): Promise<void> {
  if (entries.length === 0 || !(await knex.schema.hasTable(DELETION_LOG_TABLE))) return;
  const sqlite = knex.client.config.client !== 'pg';
  for (const entry of entries) {
    // SQLite has no timestamp type: text in UTC, as it was read.
    const deletedAt = sqlite ? entry.deleted_at : new Date(entry.deleted_at);
    await knex(DELETION_LOG_TABLE).insert({ collection: entry.collection, item: entry.item, deleted_at: deletedAt, reason: entry.reason });
  }
}
