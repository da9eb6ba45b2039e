/**
 * Runs work inside the transaction that updates an item, after the row is written. The
 * counterpart of on-item-created.ts, by the same means: every update made with an
 * accountability (every REST request) records its activity rows in the same transaction,
 * after the update, and that emits the filter `activity.create` with the transaction.
 *
 * A `filter('<collection>.items.update')` runs before the transaction and before the
 * user's permissions are checked; it decides and leaves its writes here (`PendingWrites`),
 * so they are committed with the change or not at all. If the work throws, the update is
 * rolled back.
 */
import type { Register } from './hook-types.ts';

export type TransactionWork = (database: unknown) => Promise<void>;

export function onItemUpdatedInTransaction(register: Register, collection: string, work: (id: string, user: string | null, database: unknown) => Promise<void>) {
  register.filter('activity.create', async (payload, _meta, context) => {
    const activity = payload as { action?: string; collection?: string; item?: unknown; user?: unknown };
    if (activity.action === 'update' && activity.collection === collection && activity.item !== undefined && activity.item !== null) {
      await work(String(activity.item), typeof activity.user === 'string' ? activity.user : null, context.database);
    }
    return payload;
  });
}

/**
 * Writes decided in an update filter, waiting for that update's transaction. Keyed by
 * collection, item and user; a later update of the same item by the same user replaces
 * what an earlier, refused update left behind, and anything older than a minute is dropped.
 */
export class PendingWrites {
  private readonly entries = new Map<string, { work: TransactionWork; at: number }>();

  constructor(private readonly maxAgeMs = 60_000) {}

  private key(collection: string, id: string, user: string | null) {
    return `${collection}\u0000${id}\u0000${user ?? ''}`;
  }

  set(collection: string, id: string, user: string | null, work: TransactionWork | null) {
    this.dropExpired();
    const key = this.key(collection, id, user);
    if (work) this.entries.set(key, { work, at: Date.now() });
    else this.entries.delete(key);
  }

  take(collection: string, id: string, user: string | null): TransactionWork | null {
    this.dropExpired();
    const key = this.key(collection, id, user);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry?.work ?? null;
  }

  private dropExpired() {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (now - entry.at > this.maxAgeMs) this.entries.delete(key);
  }
}
