/**
 * Enqueue from anywhere: a Directus hook or endpoint (pass Directus's `database`, or the
 * transaction a filter hook gets, so the job is stored atomically with the item), the worker
 * or a script. Writes the visible run (`job_runs`, status `queued`) and the engine's job row
 * in one transaction. Imports nothing of the engine, so esbuild can bundle it into the
 * Directus extension.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { policyFor } from './job-policies.ts';
import { insertEngineJob, JOB_RUNS, runTimestamp } from './job-store.ts';
import type { EnqueuedJob, EnqueueOptions, JobKind } from './job-types.ts';

export const RETRIED_FROM_APP_MESSAGE = 'Opnieuw gestart vanuit de app.';
/** Each try but the last met a run that ended at once; more than a few means something is wrong. */
const MAX_ENQUEUE_ATTEMPTS = 3;

async function inTransaction<T>(knex: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  if (knex.isTransaction) return await work(knex as Knex.Transaction);
  return await knex.transaction(work);
}

/**
 * Stores a job. With `uniqueKey`, while a run with that key is queued or running, this
 * returns that run (`existing: true`) instead: the key sits in a unique column
 * (`job_runs.active_key`) that is cleared when the run ends, so two enqueuers racing with the
 * same key get one run on SQLite and PostgreSQL alike.
 */
export async function enqueueJob(knex: Knex, kind: JobKind, args: Record<string, unknown>, options: EnqueueOptions = {}, now: Date = new Date()): Promise<EnqueuedJob> {
  const policy = policyFor(kind);
  if (!policy) throw new Error(`Unknown job kind: ${String(kind)}`);
  const maxAttempts = options.maxAttempts ?? policy.maxAttempts;
  const timeoutMs = options.timeoutMs ?? policy.timeoutMs;
  const runAt = options.runAt && options.runAt > now ? options.runAt : now;
  return await inTransaction(knex, async (trx) => {
    // The run that holds the key can end between the insert that met it and the read that
    // looks it up (its worker clears the key; seen on PostgreSQL under load): then the key is
    // free again and the insert is tried once more.
    for (let attempt = 1; ; attempt++) {
      const id = randomUUID();
      await trx(JOB_RUNS)
        .insert({
          id,
          kind,
          status: 'queued',
          attempts: 0,
          max_attempts: maxAttempts,
          unique_key: options.uniqueKey ?? null,
          active_key: options.uniqueKey ?? null,
          args: JSON.stringify(args),
          upload: options.upload ?? null,
          period: options.period ?? null,
          next_attempt_at: runAt > now ? runTimestamp(trx, runAt) : null,
          message: 'In de wachtrij.',
          date_created: runTimestamp(trx, now),
        })
        .onConflict('active_key')
        .ignore();
      const inserted = await trx(JOB_RUNS).select('id').where({ id }).first();
      if (inserted) {
        const engineJobId = await insertEngineJob(trx, { queue: kind, jobRunId: id, maxAttempts, timeoutMs, retryDelayMs: policy.backoffBaseMs, availableAt: runAt, now });
        await trx(JOB_RUNS).where({ id }).update({ sidequest_job_id: engineJobId });
        return { jobRunId: id, existing: false };
      }
      const existing = (await trx(JOB_RUNS).select('id').where({ active_key: options.uniqueKey ?? null }).first()) as { id: string } | undefined;
      if (existing) return { jobRunId: existing.id, existing: true };
      if (attempt === MAX_ENQUEUE_ATTEMPTS) throw new Error(`Enqueue of ${kind} conflicted ${attempt} times, but no active run holds its key`);
    }
  });
}

export type RetryResult =
  | { result: 'requeued'; jobRunId: string }
  /** Another run with the same unique key is queued or running; nothing was started. */
  | { result: 'duplicate'; jobRunId: string }
  | { result: 'not-failed'; jobRunId: string; status: string }
  | { result: 'not-found' };

/** Starts a failed run again from its first try, as the same run (staff retry from the app). */
export async function retryJobRun(knex: Knex, jobRunId: string, now: Date = new Date()): Promise<RetryResult> {
  return await inTransaction(knex, async (trx) => {
    const run = (await trx(JOB_RUNS).select('id', 'kind', 'status', 'unique_key', 'max_attempts').where({ id: jobRunId }).first()) as
      | { id: string; kind: JobKind; status: string; unique_key: string | null; max_attempts: number | null }
      | undefined;
    if (!run) return { result: 'not-found' };
    if (run.status !== 'failed') return { result: 'not-failed', jobRunId, status: run.status };
    if (run.unique_key) {
      const active = (await trx(JOB_RUNS).select('id').where({ active_key: run.unique_key }).first()) as { id: string } | undefined;
      if (active) return { result: 'duplicate', jobRunId: active.id };
    }
    const policy = policyFor(run.kind) ?? policyFor('noop');
    const maxAttempts = run.max_attempts ?? policy.maxAttempts;
    const engineJobId = await insertEngineJob(trx, { queue: run.kind, jobRunId, maxAttempts, timeoutMs: policy.timeoutMs, retryDelayMs: policy.backoffBaseMs, availableAt: now, now });
    await trx(JOB_RUNS).where({ id: jobRunId }).update({
      status: 'queued',
      attempts: 0,
      active_key: run.unique_key,
      started_at: null,
      finished_at: null,
      next_attempt_at: null,
      error: null,
      message: RETRIED_FROM_APP_MESSAGE,
      sidequest_job_id: engineJobId,
    });
    return { result: 'requeued', jobRunId };
  });
}
