/**
 * The job engine end to end: jobs enqueued into the project database (as hooks and scripts
 * do) and run by real worker processes on Sidequest, on SQLite and on PostgreSQL.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enqueueJob } from '../../jobs/enqueue.ts';
import { ensureProbeTable, startTestWorker, testKnex, waitFor, type TestWorker } from '../support/workers.ts';
import type { ProbeArgs } from '../support/probe-worker.ts';
import { loginAs } from '../support/api.ts';

const directus = inject('directus');
let knex: Knex;
let otherKnex: Knex;
const workers: TestWorker[] = [];

interface RunRow {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  max_attempts: number;
  message: string | null;
  error: string | null;
  started_at: unknown;
  finished_at: unknown;
  next_attempt_at: unknown;
  counts: unknown;
  sidequest_job_id: number | null;
  active_key: string | null;
}

const runOf = async (id: string) => (await knex('job_runs').where({ id }).first()) as RunRow;
const effects = async (id: string, event: string) => Number(((await knex('probe_effects').where({ job_run_id: id, event }).count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n ?? 0);
const probe = (args: ProbeArgs, options: Parameters<typeof enqueueJob>[3] = {}) => enqueueJob(knex, 'probe', args as Record<string, unknown>, options);
const finished = (id: string, timeoutMs = 30_000) => waitFor(`run ${id} to finish`, async () => {
  const run = await runOf(id);
  return run.status === 'done' || run.status === 'failed' ? run : undefined;
}, timeoutMs);
const startWorker = async (env: Record<string, string> = {}) => {
  const worker = await startTestWorker({ db: directus.db, directusUrl: directus.url, workerToken: directus.workerToken, env });
  workers.push(worker);
  return worker;
};

beforeAll(async () => {
  knex = testKnex(directus.db);
  otherKnex = testKnex(directus.db);
  await ensureProbeTable(knex);
});

afterAll(async () => {
  for (const worker of workers) await worker.kill();
  await knex?.destroy();
  await otherKnex?.destroy();
});

describe(`job engine (${directus.dbClient})`, () => {
  let first: TestWorker;

  beforeAll(async () => {
    first = await startWorker();
  });

  test('a job enqueued by writing the rows directly is run by Sidequest and recorded as done', async () => {
    const { jobRunId, existing } = await enqueueJob(knex, 'noop', { note: 'contract' });
    expect(existing).toBe(false);
    const queued = await runOf(jobRunId);
    expect(queued).toMatchObject({ kind: 'noop', status: 'queued', attempts: 0 });
    expect(queued.sidequest_job_id).toEqual(expect.any(Number));
    const run = await finished(jobRunId);
    expect(run).toMatchObject({ status: 'done', attempts: 1, message: 'Niets te doen.', error: null, active_key: null });
    expect(run.started_at).toBeTruthy();
    expect(run.finished_at).toBeTruthy();
    // The run is recorded first, then Sidequest records its own end: wait for that too.
    const engineJob = await waitFor('the engine job to complete', async () => {
      const row = (await knex('sidequest_jobs').where({ id: queued.sidequest_job_id }).first()) as { state: string; attempt: number };
      return row.state === 'running' ? undefined : row;
    });
    expect(engineJob).toMatchObject({ state: 'completed', attempt: 1 });
  });

  test('a transient error is retried with back-off, shown as queued with the reason, then done', async () => {
    const { jobRunId } = await probe({ failTimes: 2 });
    const waiting = await waitFor('the first retry to be scheduled', async () => {
      const run = await runOf(jobRunId);
      return run.status === 'queued' && run.attempts === 1 ? run : undefined;
    });
    expect(waiting.next_attempt_at).toBeTruthy();
    expect(waiting.message).toContain('De proefdienst is tijdelijk niet bereikbaar.');
    expect(waiting.message).toContain('Poging 1 van 3');
    expect(waiting.error).toContain('TransientJobError');
    const run = await finished(jobRunId);
    expect(run).toMatchObject({ status: 'done', attempts: 3, message: 'Proef uitgevoerd.', error: null });
    expect(await effects(jobRunId, 'started')).toBe(3);
    expect(await effects(jobRunId, 'ran')).toBe(1);
  });

  test('after the last try the run fails with the Dutch reason; unknown errors get a generic message and no values in the log', async () => {
    const transient = await probe({ failTimes: 5 }, { maxAttempts: 2 });
    const unknown = await probe({ failTimes: 5, plainError: true }, { maxAttempts: 1 });
    const failedRun = await finished(transient.jobRunId);
    expect(failedRun).toMatchObject({ status: 'failed', attempts: 2, message: 'De proefdienst is tijdelijk niet bereikbaar. (opgegeven na 2 pogingen)', active_key: null });
    const unknownRun = await finished(unknown.jobRunId);
    expect(unknownRun.status).toBe('failed');
    expect(unknownRun.message).toContain('technische fout');
    expect(unknownRun.error).toBe('Error');
    expect(first.output()).not.toContain('1234567890');
  });

  test('a permanent error fails the run at once with its Dutch message', async () => {
    const { jobRunId } = await probe({ permanent: true });
    const run = await finished(jobRunId);
    expect(run).toMatchObject({ status: 'failed', attempts: 1, message: 'De proef is blijvend mislukt.' });
    expect(run.error).toContain('PermanentJobError');
    expect(await effects(jobRunId, 'started')).toBe(1);
  });

  test('a snoozed job runs again later without using up a try', async () => {
    const { jobRunId } = await probe({ snoozeOnceMs: 300 }, { maxAttempts: 1 });
    const run = await finished(jobRunId);
    expect(run).toMatchObject({ status: 'done', attempts: 1 });
    expect(await effects(jobRunId, 'snoozed')).toBe(1);
    expect(await effects(jobRunId, 'ran')).toBe(1);
  });

  test('enqueueing with the same unique key while queued or running gives one run, also under a race', async () => {
    const key = `probe-race-${Date.now()}`;
    // The run lasts longer than the race: on a loaded machine twenty enqueues took more than
    // the half second the run used to last, and a run that has ended frees its key (the
    // enqueuers after it rightly start a new one).
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueueJob(i % 2 ? knex : otherKnex, 'probe', { sleepMs: 4_000 }, { uniqueKey: key })));
    const ids = new Set(results.map((r) => r.jobRunId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.existing)).toHaveLength(1);
    const [id] = [...ids] as [string];
    const stored = (await knex('job_runs').where({ unique_key: key }).count({ n: '*' })) as Array<{ n: number | string }>;
    expect(Number(stored[0]?.n)).toBe(1);
    await finished(id);
    const again = await enqueueJob(knex, 'probe', {}, { uniqueKey: key });
    expect(again.existing).toBe(false);
    expect(again.jobRunId).not.toBe(id);
    await finished(again.jobRunId);
    expect(await effects(id, 'ran')).toBe(1);
  });

  test('enqueuers racing with runs that end at once never fail: each gets the active run or starts the next', async () => {
    // The run holding a key can end between an enqueuer's insert that met it and its look-up
    // of that run; the enqueuer then starts a new run instead of failing (seen on PostgreSQL).
    const key = `probe-churn-${Date.now()}`;
    const outcomes: Array<PromiseSettledResult<Awaited<ReturnType<typeof enqueueJob>>>> = [];
    for (let round = 0; round < 15; round += 1) {
      outcomes.push(...(await Promise.allSettled(Array.from({ length: 8 }, (_, i) => enqueueJob(i % 2 ? knex : otherKnex, 'probe', {}, { uniqueKey: key })))));
      await new Promise((resolve) => setTimeout(resolve, round * 7));
    }
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    const ids = [...new Set(outcomes.map((outcome) => (outcome as PromiseFulfilledResult<{ jobRunId: string }>).value.jobRunId))];
    const stored = (await knex('job_runs').whereIn('id', ids).select('id')) as Array<{ id: string }>;
    expect(stored).toHaveLength(ids.length);
    for (const id of ids) await finished(id);
    const active = (await knex('job_runs').where({ active_key: key }).count({ n: '*' })) as Array<{ n: number | string }>;
    expect(Number(active[0]?.n)).toBe(0);
  }, 120_000);

  test('two workers and 200 jobs: every job runs exactly once, while the app keeps writing without "database is locked"', async () => {
    const second = await startWorker();
    const admin = await loginAs('admin');
    const ids: string[] = [];
    for (let i = 0; i < 200; i += 1) ids.push((await probe({})).jobRunId);
    const appWrites: number[] = [];
    const writing = (async () => {
      for (let i = 0; i < 30; i += 1) appWrites.push((await admin.patch('/items/app_settings', { municipality_name: 'Gemeente Weert' })).status);
    })();
    await waitFor('200 jobs done', async () => {
      const rows = (await knex('job_runs').whereIn('id', ids).whereIn('status', ['done', 'failed']).count({ n: '*' })) as Array<{ n: number | string }>;
      return Number(rows[0]?.n) === 200;
    }, 120_000, 250);
    await writing;
    const runs = (await knex('job_runs').whereIn('id', ids).select('status', 'attempts')) as Array<{ status: string; attempts: number }>;
    expect(runs.filter((r) => r.status === 'done' && Number(r.attempts) === 1)).toHaveLength(200);
    const ran = (await knex('probe_effects').whereIn('job_run_id', ids).andWhere({ event: 'ran' }).select('job_run_id', 'pid')) as Array<{ job_run_id: string; pid: number }>;
    expect(ran).toHaveLength(200);
    expect(new Set(ran.map((r) => r.job_run_id)).size).toBe(200);
    expect(new Set(ran.map((r) => Number(r.pid)))).toEqual(new Set([first.pid, second.pid]));
    expect(appWrites.every((status) => status === 200)).toBe(true);
    for (const worker of [first, second]) expect(worker.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
  }, 180_000);

  // SQLite only (PostgreSQL has row locks, no database lock): registered only there, never skipped.
  if (directus.dbClient === 'sqlite3') test('Directus waits while the worker holds the SQLite write lock, instead of failing with "database is locked"', async () => {
    const admin = await loginAs('admin');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locked = new Promise<void>((resolve) => {
      void knex.transaction(async (trx) => {
        await trx('probe_effects').insert({ job_run_id: 'lock-holder', event: 'lock', attempt: 0, pid: process.pid });
        resolve();
        await held;
      });
    });
    await locked;
    const started = Date.now();
    const write = admin.patch('/items/app_settings', { municipality_name: 'Gemeente Weert' });
    // Longer than node-sqlite3's own 1 s wait, which Directus would otherwise give up after.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    release();
    expect((await write).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  });

  test('SIGTERM stops a worker cleanly; a worker killed mid-run leaves its job to another after the lease', async () => {
    for (const worker of [...workers]) expect(await worker.stop()).toBe(0);
    const doomed = await startWorker();
    const { jobRunId } = await probe({ sleepMs: 2_000 }, { timeoutMs: 3_000 });
    await waitFor('the job to start', async () => (await effects(jobRunId, 'started')) > 0);
    await doomed.kill();
    expect((await runOf(jobRunId)).status).toBe('running');
    await startWorker();
    const run = await finished(jobRunId, 60_000);
    expect(run).toMatchObject({ status: 'done', attempts: 2 });
    expect(await effects(jobRunId, 'started')).toBe(2);
    expect(await effects(jobRunId, 'ran')).toBe(1);
  }, 90_000);

  test('a worker stopped with SIGTERM mid-run hands its job back at once, without using up a try', async () => {
    for (const worker of workers) await worker.stop();
    const stopping = await startWorker();
    const { jobRunId } = await probe({ sleepMs: 8_000 }, { maxAttempts: 1 });
    await waitFor('the job to start', async () => (await effects(jobRunId, 'started')) > 0);
    const stopStarted = Date.now();
    expect(await stopping.stop()).toBe(0);
    expect(Date.now() - stopStarted, `the worker must not wait for the whole 8 s job:\n${stopping.output().slice(-3000)}`).toBeLessThan(6_000);
    expect(await runOf(jobRunId)).toMatchObject({ status: 'queued', attempts: 0, message: expect.stringContaining('De worker werd gestopt') });
    await startWorker();
    const run = await finished(jobRunId);
    expect(run).toMatchObject({ status: 'done', attempts: 1 });
    expect(await effects(jobRunId, 'started')).toBe(2);
    expect(await effects(jobRunId, 'ran')).toBe(1);
  }, 90_000);

  test('a job whose worker died on its last try ends failed with a Dutch reason, never stuck on running', async () => {
    for (const worker of workers) await worker.stop();
    const doomed = await startWorker();
    const { jobRunId } = await probe({ sleepMs: 2_000 }, { timeoutMs: 3_000, maxAttempts: 1 });
    await waitFor('the job to start', async () => (await effects(jobRunId, 'started')) > 0);
    await doomed.kill();
    await startWorker();
    const run = await finished(jobRunId, 60_000);
    expect(run).toMatchObject({ status: 'failed', attempts: 1, active_key: null, message: expect.stringContaining('Het proces dat deze taak uitvoerde is gestopt') });
    expect(await effects(jobRunId, 'ran')).toBe(0);
  }, 90_000);
});
