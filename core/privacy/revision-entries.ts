/**
 * Reading Directus's revisions of personal data (issue 12, item 4): a revision holds a copy
 * of the item (`data`) and of the change (`delta`), so opening it is a read of the item.
 * The entry names the item's own collection and id, so the inzage finds it; a revision read
 * without its collection and item (a bare `fields=delta`) is recorded by revision id.
 */
import { isPerson, type AccessLogEntry, type Reader } from './access-log-entries.ts';
import type { AccessRoute } from './access-log-route.ts';
import { holdsPersonalData } from './personal-data-collections.ts';

export const REVISIONS_COLLECTION = 'directus_revisions';

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const present = (value: unknown) => value !== undefined && value !== null;

export function revisionEntries(input: { reader: Reader | null; records: unknown[]; route: AccessRoute; timestamp: Date }): AccessLogEntry[] {
  const { reader } = input;
  if (!isPerson(reader)) return [];
  const byCollection = new Map<string, Set<string>>();
  const rows = input.records.filter(isRow).filter((row) => present(row.data) || present(row.delta));
  for (const row of rows) {
    const known = typeof row.collection === 'string' && present(row.item);
    if (known && !holdsPersonalData(row.collection as string)) continue;
    const collection = known ? (row.collection as string) : REVISIONS_COLLECTION;
    const id = known ? row.item : row.id;
    const ids = byCollection.get(collection) ?? new Set<string>();
    if (present(id)) ids.add(String(id));
    byCollection.set(collection, ids);
  }
  const action = rows.length === 1 ? 'read' : 'list';
  return [...byCollection].map(([collection, ids]) => ({
    user: reader.user, role: reader.role, collection, item: [...ids].join(','), action, route: input.route, timestamp: input.timestamp,
  }));
}
