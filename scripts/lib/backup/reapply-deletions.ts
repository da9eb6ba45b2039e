/**
 * Deletes again what was deleted after the backup was made (core/privacy/plan-deletion-reapply.ts
 * decides which): the row, its revisions and activity (which hold the row's data), and for a
 * file its stored copies (the original and the transformed versions Directus keeps beside it).
 */
import type { Knex } from 'knex';
import { unlink, readdir } from 'node:fs/promises';
import path from 'node:path';
import { itemsToLookUp, loggedItemKey, planDeletionReapply, type DeletionLogEntry, type LoggedItem } from '../../../core/privacy/plan-deletion-reapply.ts';
import { appendDeletionLog, readDeletionLog } from './deletion-log.ts';

export interface ReapplyResult {
  /** Items deleted again, per collection. */
  deleted: Record<string, number>;
  /** Items that could not be deleted (ids only, for the operator). */
  failed: LoggedItem[];
  logEntriesAdded: number;
}

const LOOKUP_CHUNK = 500;
/** Rounds over the items that a foreign key still held; each round frees what the previous removed. */
const MAX_ROUNDS = 4;

async function primaryKey(knex: Knex, table: string): Promise<string | null> {
  if (knex.client.config.client === 'pg') {
    const result = await knex.raw<{ rows: Array<{ column_name: string }> }>(
      `select kcu.column_name from information_schema.table_constraints tc
         join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
        where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema() and tc.table_name = ?`,
      [table],
    );
    return result.rows.length === 1 ? result.rows[0]!.column_name : null;
  }
  const columns = await knex.raw<Array<{ name: string; pk: number }>>('select name, pk from pragma_table_info(?)', [table]);
  const keys = columns.filter((column) => column.pk > 0);
  return keys.length === 1 ? keys[0]!.name : null;
}

async function presentItems(knex: Knex, logs: ReadonlyArray<readonly DeletionLogEntry[]>, keys: Map<string, string>): Promise<Set<string>> {
  const present = new Set<string>();
  for (const [collection, ids] of itemsToLookUp(logs)) {
    if (!(await knex.schema.hasTable(collection))) continue;
    const key = await primaryKey(knex, collection);
    if (!key) continue;
    keys.set(collection, key);
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      const rows = await knex(collection).whereIn(key, ids.slice(i, i + LOOKUP_CHUNK)).select(key);
      for (const row of rows as Array<Record<string, unknown>>) present.add(loggedItemKey({ collection, item: String(row[key]) }));
    }
  }
  return present;
}

async function removeStoredFile(storageRoot: string, filenameDisk: string): Promise<void> {
  const base = path.basename(filenameDisk, path.extname(filenameDisk));
  const names = await readdir(storageRoot).catch(() => [] as string[]);
  for (const name of names) {
    if (name === filenameDisk || name.startsWith(`${base}__`)) await unlink(path.join(storageRoot, name)).catch(() => undefined);
  }
}

async function deleteItem(knex: Knex, item: LoggedItem, key: string, storageRoot: string): Promise<void> {
  let filenameDisk: string | null = null;
  await knex.transaction(async (trx) => {
    if (item.collection === 'directus_files') {
      const row = (await trx('directus_files').where(key, item.item).first('filename_disk')) as { filename_disk: string | null } | undefined;
      filenameDisk = row?.filename_disk ?? null;
    }
    const revisions = trx('directus_revisions').where({ collection: item.collection, item: item.item }).select('id');
    await trx('directus_revisions').whereIn('parent', revisions).update({ parent: null });
    await trx('directus_revisions').where({ collection: item.collection, item: item.item }).delete();
    await trx('directus_activity').where({ collection: item.collection, item: item.item }).delete();
    await trx(item.collection).where(key, item.item).delete();
  });
  if (filenameDisk) await removeStoredFile(storageRoot, filenameDisk);
}

export async function reapplyDeletions(knex: Knex, newerLogs: ReadonlyArray<readonly DeletionLogEntry[]>, storageRoot: string): Promise<ReapplyResult> {
  const restoredLog = await readDeletionLog(knex);
  const keys = new Map<string, string>();
  const present = await presentItems(knex, [restoredLog, ...newerLogs], keys);
  const plan = planDeletionReapply({ restoredLog, newerLogs, present });
  const result: ReapplyResult = { deleted: {}, failed: [], logEntriesAdded: 0 };
  let pending = plan.deleteAgain;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const held: LoggedItem[] = [];
    for (const item of pending) {
      try {
        await deleteItem(knex, item, keys.get(item.collection)!, storageRoot);
        result.deleted[item.collection] = (result.deleted[item.collection] ?? 0) + 1;
      } catch {
        // Most likely a foreign key of an item later in the list: try again next round.
        held.push(item);
      }
    }
    pending = held;
  }
  result.failed = pending;
  await appendDeletionLog(knex, plan.logEntriesToAdd);
  result.logEntriesAdded = plan.logEntriesToAdd.length;
  return result;
}
