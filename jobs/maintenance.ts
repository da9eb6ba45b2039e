/**
 * What the worker does besides running jobs: at start and every RECONCILE_INTERVAL_SECONDS
 * it gives work without a live job its job (jobs/reconcile-work.ts); at start it enqueues a
 * sweep of orphan files (the calendar repeats it hourly).
 */
import { enqueueJob } from './enqueue.ts';
import type { JobRuntime } from './job-runtime.ts';
import type { EnqueueOptions, JobKind } from './job-types.ts';
import { reconcileWork } from './reconcile-work.ts';

export function startMaintenance(runtime: JobRuntime, options: { intervalSeconds: number }): { stop(): Promise<void> } {
  const log = runtime.log('[reconcile]');
  const enqueue = (kind: JobKind, args: Record<string, unknown>, enqueueOptions: EnqueueOptions = {}) => enqueueJob(runtime.knex, kind, args, enqueueOptions, runtime.now());
  let current: Promise<void> | null = null;
  const reconcile = async () => {
    try {
      await reconcileWork({ knex: runtime.knex, directus: runtime.directus, log, enqueue, now: runtime.now, brpConfigured: runtime.brp !== null });
    } catch (error) {
      log.error(`reconcile failed: ${(error as Error).name}: ${(error as Error).message}`);
    }
  };
  const tick = () => {
    // One pass at a time; a slow pass simply skips a tick.
    current ??= reconcile().finally(() => (current = null));
    return current;
  };
  const started = (async () => {
    await tick();
    try {
      // No unique key: a sweep left running by a worker that died would otherwise hold the
      // key until its lease ends. A second sweep is harmless (it deletes only orphans).
      await enqueue('sweep-orphan-files', {});
    } catch (error) {
      log.error(`enqueueing the orphan sweep failed: ${(error as Error).name}`);
    }
  })();
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      await started;
      await current;
    },
  };
}
