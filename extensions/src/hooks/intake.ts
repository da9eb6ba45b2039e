import type { Knex } from 'knex';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';

/**
 * Every new upload, from the app or from `npm run import`, becomes a `process-upload` job in
 * the same transaction that stores the upload: no upload exists without its job, and an
 * upload that is refused (a wrong period, no permission) leaves no job behind. The worker
 * processes it and enqueues the enrichment.
 *
 * The upload also gets its file's name at once, so the corporation recognises its upload in
 * the list while it waits in the queue (the worker sets it again when it reads the file).
 */
export function registerIntakeHooks(register: Register, _context: HookContext) {
  onItemCreatedInTransaction(register, 'uploads', async (id, database) => {
    const trx = database as unknown as Knex;
    const file = (await trx('uploads as u').join('directus_files as f', 'f.id', 'u.file').select('f.filename_download as name').where('u.id', id).first()) as { name: string | null } | undefined;
    if (file?.name) await trx('uploads').where({ id }).whereNull('file_name').update({ file_name: file.name });
    // The run is linked to the upload by the job itself (it stays a plain key here).
    await enqueueJob(trx, 'process-upload', { upload: id }, { uniqueKey: `process-upload:${id}` });
  });
}
