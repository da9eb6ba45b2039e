/**
 * Which reads are logged and how an entry looks (issue 12, item 4). Every read of personal
 * data by a person becomes one entry per collection read: who (user id and role), which
 * collection, which items (ids only, comma-separated), the kind of read and the route, and
 * when. Related rows that came along (a case read with its signals) get an entry of their
 * own collection. The worker (a service account without app access) and Directus itself
 * (no user) are not persons and are not logged.
 */
import type { AccessRoute } from './access-log-route.ts';
import { holdsPersonalData } from './personal-data-collections.ts';
import { readAction, type ReadQuery } from './read-action.ts';

export type AccessAction = 'read' | 'list' | 'search' | 'export' | 'download';

export interface AccessLogEntry {
  user: string;
  /** The reader's role key (e.g. `debt_services`), or its id when it has no key. */
  role: string | null;
  collection: string;
  /** Ids only, comma-separated; empty when the read returned none (a search without hits). */
  item: string;
  action: AccessAction;
  route: AccessRoute;
  timestamp: Date;
}

export interface Reader {
  user: string | null;
  role: string | null;
  /** Directus's `app` flag: the user's policies grant app access (people do, the worker does not). */
  app: boolean;
}

/** The part of the Directus schema the log needs: keys and relations. */
export interface SchemaView {
  primaryKey(collection: string): string | null;
  /** The collection a relational field points to (many-to-one) or gathers (one-to-many). */
  related(collection: string, field: string): string | null;
}

export interface ReadEvent {
  reader: Reader | null;
  collection: string;
  query: ReadQuery & { aggregate?: unknown; group?: unknown };
  records: unknown[];
  route: AccessRoute;
  schema: SchemaView;
  timestamp: Date;
}

export const isPerson = (reader: Reader | null): reader is Reader & { user: string } => !!reader && typeof reader.user === 'string' && reader.user !== '' && reader.app === true;

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Per collection: the ids seen (in order) and whether any field besides the key was read. */
type Seen = Map<string, { ids: Set<string>; content: boolean }>;

function gather(collection: string, records: unknown[], schema: SchemaView, seen: Seen) {
  const primaryKey = schema.primaryKey(collection);
  const bucket = seen.get(collection) ?? { ids: new Set<string>(), content: false };
  seen.set(collection, bucket);
  for (const record of records) {
    if (!isRow(record)) continue;
    for (const [field, value] of Object.entries(record)) {
      if (field === primaryKey) {
        if (value !== null && value !== undefined) bucket.ids.add(String(value));
        continue;
      }
      const related = schema.related(collection, field);
      const nested = related ? (Array.isArray(value) ? value.filter(isRow) : isRow(value) ? [value] : []) : [];
      if (related && nested.length) gather(related, nested, schema, seen);
      // A foreign key or an empty relation says nothing about the person beyond the link.
      else if (!related) bucket.content = true;
    }
  }
}

export function accessLogEntries(event: ReadEvent): AccessLogEntry[] {
  const { reader, collection, query, schema } = event;
  if (!isPerson(reader)) return [];
  const primaryKey = schema.primaryKey(collection);
  if (!primaryKey) return [];
  const kind = readAction(query, primaryKey, (field) => schema.related(collection, field) !== null);
  const aggregate = query.aggregate !== undefined && query.aggregate !== null;
  // A count says nothing about a person, unless it answers a search ("is there a Jansen?")
  // or groups by a field.
  if (aggregate && kind !== 'search' && (query.group === undefined || query.group === null)) return [];

  const seen: Seen = new Map();
  if (!aggregate) gather(collection, event.records, schema, seen);
  const rootAction: AccessAction = event.route === 'export' ? 'export' : aggregate ? 'search' : kind;
  const relatedAction: AccessAction = event.route === 'export' ? 'export' : kind === 'read' ? 'read' : 'list';

  const entries: AccessLogEntry[] = [];
  const root = seen.get(collection) ?? { ids: new Set<string>(), content: false };
  const entry = (name: string, ids: Set<string>, action: AccessAction): AccessLogEntry => ({
    user: reader.user, role: reader.role, collection: name, item: [...ids].join(','), action, route: event.route, timestamp: event.timestamp,
  });
  // A search is logged even when it returns nothing or only keys: it tells whether a person is known.
  if (holdsPersonalData(collection) && (root.content || rootAction === 'search' || rootAction === 'export' && root.ids.size > 0)) {
    entries.push(entry(collection, root.ids, rootAction));
  }
  for (const [name, bucket] of seen) {
    if (name === collection || !holdsPersonalData(name) || !bucket.content) continue;
    entries.push(entry(name, bucket.ids, relatedAction));
  }
  return entries;
}
