/**
 * Job queue benchmark: noop jobs through the real path — enqueueJob writes the visible run
 * and Sidequest's row, real worker processes (scripts/worker.ts) claim and run them — on the
 * embedded SQLite default and on PostgreSQL (when it answers), with one and with two workers.
 * The figure is the engine's overhead per job: a real job adds its own work on top.
 */
import { enqueueJob } from '../jobs/enqueue.ts';
import { startEphemeralInstance } from '../scripts/lib/ephemeral-instance.ts';
import { fromRoot } from '../scripts/lib/project-paths.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER, postgresAnswers } from '../test/setup/postgres.ts';
import { startTestWorker, testKnex, waitFor } from '../test/support/workers.ts';
import type { BenchResult } from './intake.ts';

async function measure(dbClient: 'sqlite3' | 'pg', jobs: number): Promise<Record<string, string>> {
  const instance = await startEphemeralInstance({ dbClient, postgres: { host: PG_HOST, port: PG_PORT, user: PG_USER, createDatabase, dropDatabase } });
  const knex = testKnex(instance.db);
  const figures: Record<string, string> = {};
  try {
    for (const workerCount of [1, 2]) {
      const enqueueStarted = performance.now();
      const ids: string[] = [];
      for (let i = 0; i < jobs; i += 1) ids.push((await enqueueJob(knex, 'noop', { i })).jobRunId);
      const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
      const workers = await Promise.all(
        Array.from({ length: workerCount }, () => startTestWorker({ db: instance.db, directusUrl: instance.url, workerToken: instance.workerToken, entry: fromRoot('scripts', 'worker.ts'), env: { WORKER_CONCURRENCY: '10', WORKER_POLL_INTERVAL_MS: '50' } })),
      );
      const started = performance.now();
      await waitFor(`${jobs} noop jobs done`, async () => {
        const rows = (await knex('job_runs').whereIn('status', ['done', 'failed']).whereIn('id', ids).count({ n: '*' })) as Array<{ n: number | string }>;
        return Number(rows[0]?.n) === jobs;
      }, 600_000, 50);
      const seconds = (performance.now() - started) / 1000;
      for (const worker of workers) await worker.stop();
      figures[`enqueue (${jobs} jobs, one transaction each)`] = `${(jobs / enqueueSeconds).toFixed(0)} jobs/s`;
      figures[`run with ${workerCount} worker${workerCount > 1 ? 's' : ''} (concurrency 10 each)`] = `${(jobs / seconds).toFixed(0)} jobs/s (${seconds.toFixed(1)} s)`;
    }
  } finally {
    await knex.destroy();
    await instance.stop();
  }
  return figures;
}

export async function benchJobs(jobs = 1_000): Promise<BenchResult[]> {
  const results: BenchResult[] = [{ name: `Job queue (Sidequest), SQLite: ${jobs} noop jobs`, figures: await measure('sqlite3', jobs) }];
  if (await postgresAnswers()) results.push({ name: `Job queue (Sidequest), PostgreSQL: ${jobs} noop jobs`, figures: await measure('pg', jobs) });
  else results.push({ name: 'Job queue (Sidequest), PostgreSQL', figures: { skipped: 'PostgreSQL does not answer on 127.0.0.1:5432' } });
  return results;
}
