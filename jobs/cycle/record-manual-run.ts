/**
 * A run of `npm run cycle` is recorded in `job_runs` like a worker's run (kind `cycle-step`,
 * the same unique key), so staff see it in the app and the calendar does not plan the step
 * again. While it runs it holds the key: the worker cannot start the same step at the same time,
 * and a second person gets a clear refusal.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { JOB_RUNS, runTimestamp } from '../job-store.ts';
import type { JobOutcome } from '../job-types.ts';
import type { ParsedCycleStepArgs } from './cycle-step-args.ts';

/** A manual run still `running` after this long was cut off (Ctrl+C, a killed shell): its key is freed. */
export const MANUAL_RUN_STALE_MS = 15 * 60_000;
export const MANUAL_RUN_MESSAGE = 'Bezig (handmatig gestart met npm run cycle).';

export type ManualRunStart = { started: true; jobRunId: string } | { started: false; holder: string; status: string };

export async function startManualRun(knex: Knex, args: ParsedCycleStepArgs & { today: string }, uniqueKey: string, now: Date): Promise<ManualRunStart> {
  // A manual run that died without an outcome (no engine job behind it, so the engine's own
  // recovery never sees it) must not hold the key forever.
  await knex(JOB_RUNS)
    .where({ active_key: uniqueKey, status: 'running' })
    .whereNull('sidequest_job_id')
    .where('started_at', '<', runTimestamp(knex, new Date(now.getTime() - MANUAL_RUN_STALE_MS))!)
    .update({ status: 'failed', active_key: null, finished_at: runTimestamp(knex, now), message: 'Handmatige run afgebroken zonder uitkomst; start de stap opnieuw.', error: 'Manual run did not finish (process stopped)' });
  const id = randomUUID();
  await knex(JOB_RUNS)
    .insert({
      id,
      kind: 'cycle-step',
      status: 'running',
      attempts: 1,
      max_attempts: 1,
      unique_key: uniqueKey,
      active_key: uniqueKey,
      args: JSON.stringify({ step: args.step, period: args.period, dryRun: false, today: args.today }),
      period: args.period,
      started_at: runTimestamp(knex, now),
      message: MANUAL_RUN_MESSAGE,
      date_created: runTimestamp(knex, now),
    })
    .onConflict('active_key')
    .ignore();
  if (await knex(JOB_RUNS).select('id').where({ id }).first()) return { started: true, jobRunId: id };
  const holder = (await knex(JOB_RUNS).select('id', 'status').where({ active_key: uniqueKey }).first()) as { id: string; status: string } | undefined;
  return { started: false, holder: holder?.id ?? '?', status: holder?.status ?? '?' };
}

export async function finishManualRun(knex: Knex, jobRunId: string, now: Date, result: { ok: true; outcome: JobOutcome } | { ok: false; message: string; error: string }): Promise<void> {
  const finished = { finished_at: runTimestamp(knex, now), active_key: null };
  if (result.ok) await knex(JOB_RUNS).where({ id: jobRunId }).update({ ...finished, status: 'done', message: result.outcome.message, counts: JSON.stringify(result.outcome.counts ?? {}), error: null });
  else await knex(JOB_RUNS).where({ id: jobRunId }).update({ ...finished, status: 'failed', message: result.message, error: result.error });
}
