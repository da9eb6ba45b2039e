/**
 * Runs one try of a job: marks its run `running`, calls the handler with a JobContext,
 * decides what comes next (jobs/job-decision.ts) and records it on the run. Returns the
 * decision for the engine (complete, retry after a delay, fail, snooze).
 */
import { enqueueJob } from './enqueue.ts';
import { decideAfterRun, WORKER_STOPPED_MESSAGE, type RunDecision, type RunResult } from './job-decision.ts';
import { policyFor } from './job-policies.ts';
import type { JobRuntime } from './job-runtime.ts';
import { JOB_RUNS, readJson, runTimestamp } from './job-store.ts';
import { PermanentJobError, type JobContext, type JobKind } from './job-types.ts';
import { handlerFor } from './handlers.ts';

export interface EngineTry {
  /** 1 for the first try (Sidequest's `attempt` after it marked the job running). */
  attempt: number;
  maxAttempts: number;
  abortSignal: AbortSignal;
}

export type EngineVerdict = RunDecision | { next: 'skip'; reason: string };

interface RunRow {
  id: string;
  kind: JobKind;
  status: string;
  args: unknown;
}

export async function runJobTry(runtime: JobRuntime, jobRunId: string, engineTry: EngineTry, random: () => number = Math.random): Promise<EngineVerdict> {
  const { knex } = runtime;
  const run = (await knex(JOB_RUNS).select('id', 'kind', 'status', 'args').where({ id: jobRunId }).first()) as RunRow | undefined;
  if (!run) return { next: 'failed', message: 'De taak bestaat niet meer.', error: `Job run ${jobRunId} not found` };
  // A repeat after a crash between recording the outcome and telling the engine: already done.
  if (run.status === 'done') return { next: 'skip', reason: 'run already done' };
  const log = runtime.log(`[job ${run.kind} ${jobRunId}]`);
  const { attempt, maxAttempts } = engineTry;
  // Claimed just as the worker began to stop (the engine's loop may still claim once): hand it
  // back untouched, without using up a try.
  if (runtime.stopSignal.aborted) return { next: 'snooze', delayMs: 0, message: WORKER_STOPPED_MESSAGE };
  const startedAt = runtime.now();
  await knex(JOB_RUNS).where({ id: jobRunId }).update({
    status: 'running',
    attempts: attempt,
    max_attempts: maxAttempts,
    started_at: runTimestamp(knex, startedAt),
    finished_at: null,
    next_attempt_at: null,
    message: `Bezig (poging ${attempt} van ${maxAttempts}).`,
  });

  const policy = policyFor(run.kind) ?? policyFor('noop');
  const handler = handlerFor(run.kind);
  const abortSignal = AbortSignal.any([engineTry.abortSignal, runtime.stopSignal]);
  const context: JobContext = {
    knex,
    directus: runtime.directus,
    brp: runtime.brp,
    chromiumPath: runtime.chromiumPath,
    now: runtime.now,
    log,
    jobRunId,
    attempt,
    maxAttempts,
    abortSignal,
    enqueue: (kind, args, options) => enqueueJob(knex, kind, args, options, runtime.now()),
  };
  let result: RunResult;
  try {
    if (!handler) throw new PermanentJobError('Onbekende soort taak; neem contact op met de beheerder.', `No handler registered for job kind ${run.kind}`);
    result = { ok: true, outcome: await handler(readJson<Record<string, unknown>>(run.args, {}), context) };
  } catch (error) {
    result = { ok: false, error };
  }
  const decision = decideAfterRun(result, attempt, maxAttempts, policy, random(), runtime.stopSignal.aborted);
  const finishedAt = runtime.now();
  const fence = { id: jobRunId, status: 'running', attempts: attempt };
  let written = 0;
  switch (decision.next) {
    case 'done':
      written = await knex(JOB_RUNS).where(fence).update({ status: 'done', finished_at: runTimestamp(knex, finishedAt), message: decision.message, counts: JSON.stringify(decision.counts), error: null, active_key: null });
      log.info(`done in ${finishedAt.getTime() - startedAt.getTime()} ms (try ${attempt}/${maxAttempts})`);
      break;
    case 'retry':
      written = await knex(JOB_RUNS).where(fence).update({ status: 'queued', message: decision.message, error: decision.error, next_attempt_at: runTimestamp(knex, new Date(finishedAt.getTime() + decision.delayMs)) });
      log.warn(`try ${attempt}/${maxAttempts} failed, retry in ${decision.delayMs} ms: ${decision.error}`);
      break;
    case 'failed':
      written = await knex(JOB_RUNS).where(fence).update({ status: 'failed', finished_at: runTimestamp(knex, finishedAt), message: decision.message, error: decision.error, active_key: null });
      log.error(`failed on try ${attempt}/${maxAttempts}: ${decision.error}`);
      break;
    case 'snooze':
      written = await knex(JOB_RUNS).where(fence).update({ status: 'queued', attempts: attempt - 1, message: decision.message, next_attempt_at: runTimestamp(knex, new Date(finishedAt.getTime() + decision.delayMs)) });
      log.info(`snoozed for ${decision.delayMs} ms`);
      break;
  }
  // The lease ran out and another worker took the run over: its outcome counts, not ours.
  if (written === 0) log.warn(`run was taken over by another try; outcome of try ${attempt} not recorded`);
  return decision;
}
