/**
 * A download of a stored file (`/assets/<id>`) in the access log (issue 12, item 4). A file
 * holds personal data when a row of a personal-data collection points to it: a letter, an
 * export or an inzage report (documents), an upload's or a source list's spreadsheet while
 * it is being processed. The entry names that row, so the inzage report finds it with the
 * person's items; files no such row points to (a logo) are not logged.
 */
import { isPerson, type AccessLogEntry, type Reader } from './access-log-entries.ts';
import type { AccessRoute } from './access-log-route.ts';
import { holdsPersonalData } from './personal-data-collections.ts';

export interface FileOwner {
  collection: string;
  id: string;
}

export function downloadEntries(input: { reader: Reader | null; owners: FileOwner[]; route: AccessRoute; timestamp: Date }): AccessLogEntry[] {
  const { reader } = input;
  if (!isPerson(reader)) return [];
  const byCollection = new Map<string, Set<string>>();
  for (const owner of input.owners) {
    if (!holdsPersonalData(owner.collection)) continue;
    const ids = byCollection.get(owner.collection) ?? new Set<string>();
    ids.add(owner.id);
    byCollection.set(owner.collection, ids);
  }
  return [...byCollection].map(([collection, ids]) => ({
    user: reader.user, role: reader.role, collection, item: [...ids].join(','), action: 'download', route: input.route, timestamp: input.timestamp,
  }));
}
