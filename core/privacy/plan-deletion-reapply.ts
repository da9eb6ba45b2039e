/**
 * After a restore from an older backup: which restored items must be deleted again, so that
 * nobody who was erased (retention or a deletion request) comes back (covenant art. 12.5,
 * art. 9; issue 12 item 6).
 *
 * The deletion log (`deletion_log`: collection, item, when, why; ids only) is read from the
 * restored database itself and from newer copies of the log (a newer backup, or the log
 * exported on its own). Every logged item that exists again is deleted again, in the order
 * it was first deleted: an erasure removes dependants before what they point to, so the
 * same order satisfies the same foreign keys. Entries the restored log lacks are copied into
 * it, so a later restore from this state still knows them. Pure: the caller looks the
 * items up and deletes. Logs are passed in the order of their ids.
 */

export interface DeletionLogEntry {
  collection: string;
  item: string;
  /** ISO timestamp of the original deletion. */
  deleted_at: string;
  reason: string | null;
}

export interface LoggedItem {
  collection: string;
  item: string;
}

export interface DeletionReapplyPlan {
  /** Items present after the restore that were deleted before: delete them again, in this order. */
  deleteAgain: LoggedItem[];
  /** Entries of the newer logs that the restored `deletion_log` lacks, oldest first. */
  logEntriesToAdd: DeletionLogEntry[];
}

/** One key per logged item (collection names and ids never contain a NUL). */
export const loggedItemKey = (entry: LoggedItem) => `${entry.collection}\u0000${entry.item}`;

/** The items to look up in the restored database, per collection (each id once). */
export function itemsToLookUp(logs: ReadonlyArray<readonly DeletionLogEntry[]>): Map<string, string[]> {
  const byCollection = new Map<string, Set<string>>();
  for (const entry of logs.flat()) {
    const ids = byCollection.get(entry.collection) ?? new Set<string>();
    ids.add(entry.item);
    byCollection.set(entry.collection, ids);
  }
  return new Map([...byCollection].map(([collection, ids]) => [collection, [...ids]]));
}

export function planDeletionReapply(input: {
  restoredLog: readonly DeletionLogEntry[];
  newerLogs: ReadonlyArray<readonly DeletionLogEntry[]>;
  /** Keys (loggedItemKey) of the logged items that exist in the restored database. */
  present: ReadonlySet<string>;
}): DeletionReapplyPlan {
  const firstDeletion = new Map<string, DeletionLogEntry>();
  for (const entry of [...input.restoredLog, ...input.newerLogs.flat()]) {
    const key = loggedItemKey(entry);
    const known = firstDeletion.get(key);
    if (!known || Date.parse(entry.deleted_at) < Date.parse(known.deleted_at)) firstDeletion.set(key, entry);
  }
  const inDeletionOrder = [...firstDeletion.values()].sort(byDeletionTime);
  const deleteAgain = inDeletionOrder.filter((entry) => input.present.has(loggedItemKey(entry))).map(({ collection, item }) => ({ collection, item }));

  const restoredKeys = new Set(input.restoredLog.map(loggedItemKey));
  const logEntriesToAdd = inDeletionOrder.filter((entry) => !restoredKeys.has(loggedItemKey(entry)));
  return { deleteAgain, logEntriesToAdd };
}

/** Stable: entries deleted in the same second keep the order of the log (its ids). */
function byDeletionTime(a: DeletionLogEntry, b: DeletionLogEntry): number {
  return (Date.parse(a.deleted_at) || 0) - (Date.parse(b.deleted_at) || 0);
}
