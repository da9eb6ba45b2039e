import type { Knex } from 'knex';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';

/**
 * Every new upload, from the app or from `npm run import`, becomes a `process-upload` job in
 * the same transaction that stores the upload: no upload exists without its job, and an
 * upload that is refused (a wrong period, no permission) leaves no job behind. The worker
 * processes it and enqueues the enrichment.
 */
export function registerIntakeHooks(register: Register, _context: HookContext) {
  onItemCreatedInTransaction(register, 'uploads', async (id, database) => {
    // The run is linked to the upload by the job itself (it stays a plain key here).
    await enqueueJob(database as unknown as Knex, 'process-upload', { upload: id }, { uniqueKey: `process-upload:${id}` });
  });
}
