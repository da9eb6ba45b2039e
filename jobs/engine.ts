/**
 * Starts Sidequest inside the worker process: no fork and inline runs, because jobs need this
 * process's database pool and its one BRP client. Jobs live in the project database (the
 * tables are created by scripts/lib/prepare-instance.ts before Directus starts).
 */
import { fileURLToPath } from 'node:url';
import { configureLogger, Engine, releaseStaleJobs } from 'sidequest';
import { engineBackendConfig, type DbSettings } from './db-settings.ts';
import { policyFor } from './job-policies.ts';
import type { JobRuntime } from './job-runtime.ts';
import { setJobRuntime } from './job-runtime.ts';
import { reconcileRuns } from './reconcile-runs.ts';
import { JOB_KINDS } from './job-types.ts';

export interface EngineOptions {
  db: DbSettings;
  /** Jobs this worker runs at the same time, over all kinds. */
  concurrency: number;
  /** How often an idle worker looks for new jobs. */
  pollIntervalMs: number;
  /** How often expired leases are released and runs reconciled. */
  leaseCheckIntervalMs: number;
}

export interface RunningEngine {
  /** Stops claiming, lets running jobs finish (they get the stop signal), closes the engine's pool. */
  stop(): Promise<void>;
}

const JOBS_FILE = fileURLToPath(new URL('./sidequest-jobs.ts', import.meta.url));
/** A claimed job starts within milliseconds; one still "claimed" after this was lost with its worker. */
const MAX_CLAIMED_MS = 30_000;

export async function startJobEngine(runtime: JobRuntime, stopController: AbortController, options: EngineOptions): Promise<RunningEngine> {
  setJobRuntime(runtime);
  // Sidequest logs each job at info; our own lines say what ran (ids and counts only).
  configureLogger({ level: 'warn', json: false });
  const engine = new Engine();
  await engine.start({
    backend: engineBackendConfig(options.db),
    queues: JOB_KINDS.map((kind) => ({ name: kind, concurrency: policyFor(kind).concurrency, state: 'active' as const, priority: kind === 'noop' || kind === 'probe' ? 0 : 10 })),
    maxConcurrentJobs: options.concurrency,
    fork: false,
    runner: 'inline',
    manualJobResolution: true,
    jobsFilePath: JOBS_FILE,
    skipMigration: true,
    gracefulShutdown: false,
    jobPollingInterval: options.pollIntervalMs,
    // Sidequest's own release runs at most once a minute (a cron expression); ours runs every
    // few seconds, so a job whose worker died waits little longer than its lease.
    releaseStaleJobsIntervalMin: false,
    releaseStaleJobsMaxClaimedMs: MAX_CLAIMED_MS,
    cleanupFinishedJobsIntervalMin: 60,
    cleanupFinishedJobsOlderThan: 30 * 24 * 60 * 60 * 1000,
    logger: { level: 'warn', json: false },
  });
  const backend = engine.getBackend();
  if (!backend) throw new Error('Sidequest started without a backend');
  const log = runtime.log('[worker]');

  let checking: Promise<void> | null = null;
  const checkLeases = async () => {
    try {
      await releaseStaleJobs(backend, 60 * 60_000, MAX_CLAIMED_MS);
      const { requeued, failed } = await reconcileRuns(runtime.knex, runtime.now());
      if (requeued || failed) log.warn(`expired leases: ${requeued} run(s) queued again, ${failed} run(s) failed`);
    } catch (error) {
      log.error(`lease check failed: ${(error as Error).name}`);
    }
  };
  const timer = setInterval(() => {
    if (!checking) checking = checkLeases().finally(() => (checking = null));
  }, options.leaseCheckIntervalMs);
  checking = checkLeases().finally(() => (checking = null));

  return {
    async stop() {
      clearInterval(timer);
      stopController.abort(new Error('worker stopping'));
      await checking;
      await engine.close();
      setJobRuntime(null);
    },
  };
}
