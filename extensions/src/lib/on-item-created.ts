/**
 * Runs `work` inside the transaction that creates an item, after the row exists and its key
 * is known. Directus has no such hook: `filter('<collection>.items.create')` runs before the
 * key exists (and a key set there must pass the user's field permissions), and
 * `action('<collection>.items.create')` runs after the commit. But every create made with an
 * accountability (every REST request: the app, `npm run import`) records its activity row in
 * the same transaction, after the insert, and that emits the filter `activity.create` with
 * the transaction. If `work` throws, the whole create is rolled back.
 *
 * Creates without accountability (Directus services in code) are not seen here; the worker's
 * reconciler (jobs/reconcile-work.ts) gives such items their job within minutes.
 */
import type { Register } from './hook-types.ts';

export function onItemCreatedInTransaction(register: Register, collection: string, work: (id: string, database: unknown) => Promise<void>) {
  register.filter('activity.create', async (payload, _meta, context) => {
    const activity = payload as { action?: string; collection?: string; item?: unknown };
    if (activity.action === 'create' && activity.collection === collection && activity.item !== undefined && activity.item !== null) {
      await work(String(activity.item), context.database);
    }
    return payload;
  });
}
