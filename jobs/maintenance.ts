/**
 * What the worker does besides running jobs: at start and every RECONCILE_INTERVAL_SECONDS
 * it gives work without a live job its job (jobs/reconcile-work.ts); at start and every
 * ORPHAN_SWEEP_INTERVAL_SECONDS it enqueues a sweep of orphan files (files no upload, list or
 * document refers to, such as the file of an upload item that was refused or abandoned in
 * the form, or an upload cut off with a 413).
 */
import { enqueueJob } from './enqueue.ts';
import type { JobRuntime } from './job-runtime.ts';
import type { EnqueueOptions, JobKind } from './job-types.ts';
import { reconcileWork } from './reconcile-work.ts';
import { describeError } from '../core/logging/describe-error.ts';

export function startMaintenance(runtime: JobRuntime, options: { intervalSeconds: number; sweepIntervalSeconds: number }): { stop(): Promise<void> } {
  const log = runtime.log('[reconcile]');
  const enqueue = (kind: JobKind, args: Record<string, unknown>, enqueueOptions: EnqueueOptions = {}) => enqueueJob(runtime.knex, kind, args, enqueueOptions, runtime.now());
  let current: Promise<void> | null = null;
  const reconcile = async () => {
    try {
      await reconcileWork({ knex: runtime.knex, directus: runtime.directus, log, enqueue, now: runtime.now, brpConfigured: runtime.brp !== null });
    } catch (error) {
      log.error(`reconcile failed: ${describeError(error)}`);
    }
  };
  const tick = () => {
    // One pass at a time; a slow pass simply skips a tick.
    current ??= reconcile().finally(() => (current = null));
    return current;
  };
  const sweep = async () => {
    try {
      // No unique key: a sweep left running by a worker that died would otherwise hold the
      // key until its lease ends. A second sweep is harmless (it deletes only orphans).
      await enqueue('sweep-orphan-files', {});
    } catch (error) {
      log.error(`enqueueing the orphan sweep failed: ${(error as Error).name}`);
    }
  };
  const started = (async () => {
    await tick();
    await sweep();
  })();
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  const sweepTimer = setInterval(() => void sweep(), options.sweepIntervalSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(sweepTimer);
      await started;
      await current;
    },
  };
}
