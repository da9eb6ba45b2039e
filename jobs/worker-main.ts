/**
 * The worker process: validates its settings, builds what jobs share (database pool, Directus
 * API, one BRP client), starts the job engine and the calendar, and stops cleanly on SIGTERM.
 * scripts/worker.ts runs it; the engine tests run it with an extra test handler registered.
 */
import knexFactory from 'knex';
import type { BrpClient } from '../adapters/brp/brp-client.ts';
import { BrpSettingsError, createProcessBrpClient } from '../adapters/brp/process-brp-client.ts';
import { projectRoot } from '../scripts/lib/project-paths.ts';
import { projectKnexConfig } from './db-settings.ts';
import { startCalendar } from './calendar.ts';
import { startJobEngine } from './engine.ts';
import { policyOverrides } from './job-policies.ts';
import { registerJobHandler } from './handlers.ts';
import { startMaintenance } from './maintenance.ts';
import { projectHandlers, projectJobSettings, type ProjectJobSettings } from './project-handlers.ts';
import { consoleJobLog, type JobRuntime } from './job-runtime.ts';
import { parseWorkerConfig } from './worker-config.ts';
import { createWorkerDirectusApi } from './worker-directus-api.ts';
import { beginSqliteTransactionsImmediately } from './sqlite-immediate-transactions.ts';

export const EXIT_BAD_CONFIG = 2;

export async function runWorker(env: Record<string, string | undefined> = process.env): Promise<void> {
  const parsed = parseWorkerConfig(env, projectRoot);
  if (!parsed.ok) {
    console.error('De instellingen van de worker zijn niet in orde; de worker start niet. Pas de omgevingsvariabelen of .env aan (zie README).');
    for (const problem of parsed.problems) console.error(`  - ${problem}`);
    process.exit(EXIT_BAD_CONFIG);
  }
  const config = parsed.config;

  let settings: ProjectJobSettings;
  try {
    settings = projectJobSettings(env);
    policyOverrides(env.JOB_POLICY_OVERRIDES);
  } catch {
    console.error('De instellingen van de worker zijn niet in orde; de worker start niet. Pas de omgevingsvariabelen of .env aan (zie README).');
    console.error('  - ORPHAN_FILE_MINUTES (0 tot 10080), ORPHAN_SWEEP_INTERVAL_SECONDS (1 tot 86400), RECONCILE_INTERVAL_SECONDS (1 tot 86400) of JOB_POLICY_OVERRIDES (JSON) is ongeldig.');
    process.exit(EXIT_BAD_CONFIG);
  }

  // One BRP client per process, so its rate limit holds for the whole worker; a wrong setting stops the start.
  let brp: BrpClient | null = null;
  try {
    brp = createProcessBrpClient(env);
  } catch (error) {
    if (!(error instanceof BrpSettingsError)) throw error;
    console.error('De BRP-instellingen zijn niet in orde; de worker start niet. Pas de BRP_-instellingen aan (zie README).');
    console.error(error.message);
    process.exit(EXIT_BAD_CONFIG);
  }
  if (!brp) console.warn('[worker] BRP_API_URL is not set: enrichment jobs wait for a configured BRP');
  for (const [kind, handler] of Object.entries(projectHandlers(settings))) registerJobHandler(kind as keyof ReturnType<typeof projectHandlers>, handler);

  const knex = knexFactory(projectKnexConfig(config.db));
  beginSqliteTransactionsImmediately(knex);
  const stopController = new AbortController();
  const runtime: JobRuntime = {
    knex,
    directus: createWorkerDirectusApi(config.directusUrl, config.workerToken),
    brp,
    chromiumPath: config.chromiumPath,
    now: () => new Date(),
    stopSignal: stopController.signal,
    log: consoleJobLog,
  };
  const engine = await startJobEngine(runtime, stopController, {
    db: config.db,
    concurrency: config.concurrency,
    pollIntervalMs: config.pollIntervalMs,
    leaseCheckIntervalMs: config.leaseCheckIntervalMs,
  });

  // ── The covenant's calendar (jobs/calendar.ts) ───────────────────────────────────────────
  // Hourly (Europe/Amsterdam) and now: enqueues the due steps as `cycle-step` jobs under their
  // unique keys. WORKER_CALENDAR=off leaves it out (a worker that only runs jobs).
  const calendar = env.WORKER_CALENDAR === 'off' ? null : startCalendar({ knex, now: runtime.now, log: runtime.log('[calendar]') });
  const stopCalendar: () => Promise<void> = async () => await calendar?.stop();
  // ─────────────────────────────────────────────────────────────────────────────────────────

  // Work without a live job gets one (at start and every RECONCILE_INTERVAL_SECONDS); orphan files are swept.
  const maintenance = startMaintenance(runtime, { intervalSeconds: settings.RECONCILE_INTERVAL_SECONDS, sweepIntervalSeconds: settings.ORPHAN_SWEEP_INTERVAL_SECONDS });

  console.log(`[worker] running jobs (${config.db.client === 'pg' ? 'PostgreSQL' : 'SQLite'}, concurrency ${config.concurrency}), pid ${process.pid}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal} received: no new jobs are claimed; waiting for running jobs`);
    try {
      await stopCalendar();
      await maintenance.stop();
      await engine.stop();
      await knex.destroy();
      console.log('[worker] stopped');
      process.exit(0);
    } catch (error) {
      console.error(`[worker] error while stopping: ${(error as Error).name}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
