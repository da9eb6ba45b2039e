import type { Knex } from 'knex';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';

/** A source list uploaded by staff becomes a `process-source-list` job, stored with the list. */
export function registerSourceListHooks(register: Register, _context: HookContext) {
  onItemCreatedInTransaction(register, 'source_lists', async (id, database) => {
    await enqueueJob(database as unknown as Knex, 'process-source-list', { sourceList: id }, { uniqueKey: `process-source-list:${id}` });
  });
}
