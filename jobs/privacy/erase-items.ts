/**
 * Erases items for good (retention, or a person's deletion request): the files first, through
 * Directus's API so the stored file goes too; then in one transaction the rows, children
 * before parents, with everything Directus keeps about them — revisions (their data and delta
 * hold the item's values), activity, comments, notifications, shares and content versions —
 * and a `deletion_log` row per item (collection, id, when, why: ids only), so a restore from
 * an older backup can erase them again.
 *
 * Files go before the rows: if the transaction then fails, the rows are still there and the
 * next run erases them; the other way round a failure would leave files nobody can find.
 */
import type { Knex } from 'knex';
import type { ErasureSet } from '../../core/privacy/erasure-set.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { WorkerDirectusApi } from '../job-types.ts';

/** SQLite refuses statements with too many bound values; ids go in by this many. */
const CHUNK = 500;

/** Children before parents (a row is deleted before the rows it points at). */
const DELETE_ORDER = ['contact_attempts', 'tasks', 'signal_facts', 'documents', 'referrals', 'signals', 'cases', 'households', 'source_lists'];

/** Directus's own records of an item, by (collection, item). Revisions first: they point at activity. */
const SYSTEM_TRAILS = ['directus_revisions', 'directus_activity', 'directus_comments', 'directus_notifications', 'directus_shares', 'directus_versions'];

export type ErasureReason = 'retention' | 'erasure';

export interface EraseInput extends ErasureSet {
  /** Why, for the deletion log: one reason, or per item (retention and requests in one run). */
  reason: ErasureReason | ((collection: string, id: string) => ErasureReason);
  /** Collections whose erased ids are not written to the deletion log (the access log: its own date rule re-applies). */
  unlogged?: readonly string[];
  /** More writes that must succeed or fail with the erasure (a request set to done, its tasks). */
  within?: (trx: Knex.Transaction) => Promise<void>;
  /** Fields set to null on items that stay (an upload's error report). */
  clear?: ReadonlyArray<{ collection: string; ids: readonly string[]; fields: readonly string[] }>;
}

export interface EraseResult {
  /** Rows deleted per collection. */
  rows: Record<string, number>;
  files: number;
  /** Revisions and activity entries removed (of the rows and of the files). */
  revisions: number;
  activity: number;
  cleared: number;
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

export async function eraseItems(context: { knex: Knex; directus: Pick<WorkerDirectusApi, 'deleteFile'>; now: Date }, input: EraseInput): Promise<EraseResult> {
  const { knex, directus, now } = context;
  for (const file of input.files) await directus.deleteFile(file);

  const result: EraseResult = { rows: {}, files: input.files.length, revisions: 0, activity: 0, cleared: 0 };
  const trails = await existingTables(knex, SYSTEM_TRAILS);
  const logged = await knex.schema.hasTable('deletion_log');
  const deletedAt = dbDates(knex).timestamp(now);
  const collections = [...DELETE_ORDER.filter((name) => input.items[name]?.length), ...Object.keys(input.items).filter((name) => !DELETE_ORDER.includes(name) && input.items[name]?.length)];

  const reasonOf = typeof input.reason === 'function' ? input.reason : () => input.reason as ErasureReason;
  const log = async (trx: Knex.Transaction, collection: string, ids: readonly string[]) => {
    if (!logged || input.unlogged?.includes(collection)) return;
    for (const part of chunks(ids)) await trx('deletion_log').insert(part.map((item) => ({ collection, item: String(item), deleted_at: deletedAt, reason: reasonOf(collection, item) })));
  };

  await knex.transaction(async (trx) => {
    // In the order of deletion, files first: a restore deletes again in the same order.
    await log(trx, 'directus_files', input.files);
    for (const collection of collections) {
      const ids = input.items[collection]!;
      let deleted = 0;
      for (const part of chunks(ids)) deleted += Number(await trx(collection).whereIn('id', part).delete());
      result.rows[collection] = deleted;
      await purgeTrails(trx, trails, collection, ids, result);
      await log(trx, collection, ids);
    }
    await purgeTrails(trx, trails, 'directus_files', input.files, result);
    for (const clear of input.clear ?? []) {
      const values = Object.fromEntries(clear.fields.map((field) => [field, null]));
      for (const part of chunks(clear.ids)) result.cleared += Number(await trx(clear.collection).whereIn('id', part).update(values));
      // Earlier versions of the cleared values must not survive in the item's history.
      await purgeTrails(trx, trails.filter((table) => table === 'directus_revisions' || table === 'directus_versions'), clear.collection, clear.ids, result);
    }
    await input.within?.(trx);
  });
  return result;
}

async function existingTables(knex: Knex, tables: readonly string[]): Promise<string[]> {
  const present: string[] = [];
  for (const table of tables) if (await knex.schema.hasTable(table)) present.push(table);
  return present;
}

async function purgeTrails(trx: Knex.Transaction, trails: readonly string[], collection: string, ids: readonly string[], result: EraseResult): Promise<void> {
  if (!ids.length) return;
  for (const part of chunks(ids.map(String))) {
    for (const table of trails) {
      if (table === 'directus_revisions') {
        // A revision of another item may name one of these as its parent: keep it, without the link.
        const own = trx('directus_revisions').select('id').where({ collection }).whereIn('item', part);
        await trx('directus_revisions').whereIn('parent', own).update({ parent: null });
        result.revisions += Number(await trx('directus_revisions').where({ collection }).whereIn('item', part).delete());
      } else if (table === 'directus_activity') {
        // Revisions hang on their activity row (the item's own, normally): they go with it.
        const own = trx('directus_activity').select('id').where({ collection }).whereIn('item', part);
        await trx('directus_revisions').whereIn('activity', own).delete();
        result.activity += Number(await trx('directus_activity').where({ collection }).whereIn('item', part).delete());
      } else {
        // A comment (share, version, notification) is an item itself, with its own revisions
        // and activity: a comment's revision holds its text.
        const own = ((await trx(table).select('id').where({ collection }).whereIn('item', part)) as Array<{ id: unknown }>).map((row) => String(row.id));
        if (own.length && trails.includes('directus_revisions')) result.revisions += Number(await trx('directus_revisions').where({ collection: table }).whereIn('item', own).delete());
        if (own.length && trails.includes('directus_activity')) result.activity += Number(await trx('directus_activity').where({ collection: table }).whereIn('item', own).delete());
        await trx(table).where({ collection }).whereIn('item', part).delete();
      }
    }
  }
}
