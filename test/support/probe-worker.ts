/**
 * The real worker (jobs/worker-main.ts) with one extra handler, `probe`, that tests steer
 * through its arguments: wait, fail transiently a number of times, fail permanently, snooze
 * once. It records each start and each finished run in `probe_effects` (created by the test),
 * so a test can count how often a job's work really happened.
 */
import { registerJobHandler } from '../../jobs/handlers.ts';
import { PermanentJobError, SnoozeJob, TransientJobError, type JobHandler } from '../../jobs/job-types.ts';
import { runWorker } from '../../jobs/worker-main.ts';

export interface ProbeArgs {
  sleepMs?: number;
  /** Throw a TransientJobError on tries 1..failTimes. */
  failTimes?: number;
  /** Throw a plain Error (an "unknown" error) instead of a TransientJobError. */
  plainError?: boolean;
  permanent?: boolean;
  /** Snooze for this long the first time the job runs. */
  snoozeOnceMs?: number;
  /** Fail (transiently) the first n times the job starts, over retries from the app too. */
  failFirstStarts?: number;
}

/** Waits, but stops at once when the lease ends or the worker stops, as real handlers must. */
async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(new TransientJobError('De proef is onderbroken.', 'probe aborted before it slept'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new TransientJobError('De proef is onderbroken.', 'probe aborted (lease ended or worker stopping)'));
    }, { once: true });
  });
}

const probe: JobHandler<ProbeArgs> = async (args, context) => {
  const effect = (event: string) => context.knex('probe_effects').insert({ job_run_id: context.jobRunId, event, attempt: context.attempt, pid: process.pid });
  await effect('started');
  if (args.snoozeOnceMs !== undefined) {
    const snoozed = await context.knex('probe_effects').where({ job_run_id: context.jobRunId, event: 'snoozed' }).first();
    if (!snoozed) {
      await effect('snoozed');
      throw new SnoozeJob(args.snoozeOnceMs, 'probe snoozes once');
    }
  }
  if (args.sleepMs) await sleep(args.sleepMs, context.abortSignal);
  if (args.failFirstStarts) {
    const started = await context.knex('probe_effects').where({ job_run_id: context.jobRunId, event: 'started' }).count({ n: '*' });
    if (Number((started as Array<{ n: number | string }>)[0]?.n) <= args.failFirstStarts) {
      throw new TransientJobError('De proefdienst is tijdelijk niet bereikbaar.', 'probe fails on its first starts');
    }
  }
  if (args.permanent) throw new PermanentJobError('De proef is blijvend mislukt.', 'probe failed permanently');
  if (args.failTimes && context.attempt <= args.failTimes) {
    if (args.plainError) throw new Error('probe: unexpected failure with secret value 1234567890');
    throw new TransientJobError('De proefdienst is tijdelijk niet bereikbaar.', `probe transient failure on try ${context.attempt}`);
  }
  await effect('ran');
  return { message: 'Proef uitgevoerd.', counts: { runs: 1 } };
};

registerJobHandler('probe', probe);
await runWorker();
