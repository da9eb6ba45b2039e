import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';

/**
 * Every new upload, from the app or from `npm run import`, becomes a `process-upload` job in
 * the same transaction that stores the upload: no upload exists without its job, and an
 * upload that is refused (a wrong period, no permission) leaves no job behind. The worker
 * processes it and enqueues the enrichment.
 */
export function registerIntakeHooks({ filter }: Register, _context: HookContext) {
  filter('uploads.items.create', async (payload, _meta, { database }) => {
    const input = payload as Record<string, unknown>;
    const id = typeof input.id === 'string' && input.id ? input.id : randomUUID();
    // The run is linked to the upload by the job itself (job_runs.upload is a foreign key and
    // the upload row does not exist yet at this point of the transaction).
    await enqueueJob(database as unknown as Knex, 'process-upload', { upload: id }, { uniqueKey: `process-upload:${id}`, period: typeof input.period === 'string' ? input.period : null });
    return { ...input, id };
  });
}
