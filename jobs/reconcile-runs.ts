/**
 * Keeps the visible runs in step with the engine where the engine changed a job without our
 * code running: a worker died mid-run, and Sidequest's stale-job release either put the job
 * back in the queue or, after its last try, failed it.
 */
import type { Knex } from 'knex';
import { JOB_RUNS, runTimestamp, SIDEQUEST_JOBS } from './job-store.ts';

export const WORKER_DIED_REQUEUED = 'Het proces dat deze taak uitvoerde is gestopt; de taak wordt automatisch opnieuw gestart.';
export const WORKER_DIED_FAILED = 'Het proces dat deze taak uitvoerde is gestopt en er zijn geen pogingen meer over. Start de taak opnieuw of neem contact op met de beheerder.';

export async function reconcileRuns(knex: Knex, now: Date): Promise<{ requeued: number; failed: number }> {
  const engineJobs = (states: string[]) => knex(SIDEQUEST_JOBS).select('id').whereIn('state', states);
  const failed = await knex(JOB_RUNS)
    .whereIn('status', ['queued', 'running'])
    .whereIn('sidequest_job_id', engineJobs(['failed', 'canceled']))
    .update({ status: 'failed', finished_at: runTimestamp(knex, now), active_key: null, message: WORKER_DIED_FAILED, error: 'Engine job ended without a recorded outcome (worker stopped or lease expired on the last try)' });
  const requeued = await knex(JOB_RUNS)
    .where('status', 'running')
    .whereIn('sidequest_job_id', engineJobs(['waiting']))
    .update({ status: 'queued', message: WORKER_DIED_REQUEUED, error: 'Lease expired: the worker running this job stopped' });
  return { requeued, failed };
}
