import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { enqueueJob } from '../../../jobs/enqueue.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';

/** A source list uploaded by staff becomes a `process-source-list` job, stored with the list. */
export function registerSourceListHooks({ filter }: Register, _context: HookContext) {
  filter('source_lists.items.create', async (payload, _meta, { database }) => {
    const input = payload as Record<string, unknown>;
    const id = typeof input.id === 'string' && input.id ? input.id : randomUUID();
    await enqueueJob(database as unknown as Knex, 'process-source-list', { sourceList: id }, { uniqueKey: `process-source-list:${id}` });
    return { ...input, id };
  });
}
