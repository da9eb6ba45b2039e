/**
 * The two tables behind a job, written with plain knex so the same code works inside a
 * Directus hook (Directus's own connection or the transaction of a filter hook), in the
 * worker and in scripts — and never pulls the engine into the Directus extension bundle.
 *
 * - `job_runs` (a Directus collection): what staff see.
 * - `sidequest_jobs` (Sidequest's table, invisible to Directus): what the engine claims.
 *   A row is written exactly as Sidequest's own `SQLBackend.createNewJob` writes it (1.16.4);
 *   test/integration/job-engine.test.ts proves the engine runs a job enqueued this way.
 */
import type { Knex } from 'knex';

export const JOB_RUNS = 'job_runs';
export const SIDEQUEST_JOBS = 'sidequest_jobs';
/** Every job runs through one class exported by jobs/sidequest-jobs.ts, resolved manually. */
export const SIDEQUEST_JOB_CLASS = 'DurableJob';
/** Sidequest's marker for "resolve the class through the configured jobs file". */
export const SIDEQUEST_MANUAL_SCRIPT = 'sidequest.jobs.js';

export function isSqlite(knex: Knex): boolean {
  return String((knex.client as { config?: { client?: unknown } }).config?.client ?? '').includes('sqlite');
}

/** job_runs timestamps as Directus stores them: epoch ms on SQLite, ISO text on PostgreSQL. */
export function runTimestamp(knex: Knex, date: Date | null): number | string | null {
  if (date === null) return null;
  return isSqlite(knex) ? date.getTime() : date.toISOString();
}

/** Sidequest's timestamps: epoch ms on SQLite (as better-sqlite3 binds a Date), a Date on PostgreSQL. */
export function engineTimestamp(knex: Knex, date: Date): number | Date {
  return isSqlite(knex) ? date.getTime() : date;
}

/** A json column read back: parsed by pg, text on SQLite. */
export function readJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

export interface NewEngineJob {
  queue: string;
  jobRunId: string;
  maxAttempts: number;
  timeoutMs: number;
  retryDelayMs: number;
  availableAt: Date;
  now: Date;
}

/** Inserts the Sidequest job row for a run and returns its id. */
export async function insertEngineJob(knex: Knex, job: NewEngineJob): Promise<number> {
  const rows = (await knex(SIDEQUEST_JOBS)
    .insert({
      queue: job.queue,
      script: SIDEQUEST_MANUAL_SCRIPT,
      class: SIDEQUEST_JOB_CLASS,
      args: JSON.stringify([job.jobRunId]),
      constructor_args: JSON.stringify([]),
      state: 'waiting',
      attempt: 0,
      max_attempts: job.maxAttempts,
      available_at: engineTimestamp(knex, job.availableAt),
      timeout: job.timeoutMs,
      unique_digest: null,
      uniqueness_config: null,
      inserted_at: engineTimestamp(knex, job.now),
      // Our policy computes the exponential back-off and hands Sidequest the exact delay, so the
      // run can show when the next try is; "fixed" keeps Sidequest from doubling it again.
      backoff_strategy: 'fixed',
      retry_delay: job.retryDelayMs,
    })
    .returning('id')) as Array<{ id: number | string } | number | string>;
  const first = rows[0];
  // PostgreSQL returns a bigint id as text.
  const id = Number(typeof first === 'object' ? first.id : first);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error('Inserting the engine job returned no id');
  return id;
}
