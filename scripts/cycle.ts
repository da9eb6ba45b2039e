/**
 * `npm run cycle -- --period YYYY-MM --step <step> [--dry-run] [--today YYYY-MM-DD]`: runs one
 * step of the covenant's calendar by hand, with the same code as the worker's `cycle-step` job
 * (jobs/cycle/run-cycle-step.ts), in this process: it also works when no worker runs (catching
 * up after downtime, tests) and the exit code says at once how the step went. The run is
 * recorded in `job_runs` like the worker's, under the same key.
 *
 * Exit codes: 0 the step succeeded (also with nothing to do); 1 the step failed, or the same
 * step is already queued or running; 2 wrong arguments, bad configuration, or the database or
 * Directus unreachable. `--dry-run` plans and prints, and writes nothing (no run either).
 */
import knexFactory, { type Knex } from 'knex';
import { amsterdamDate } from '../core/cycle/amsterdam-date.ts';
import { cycleStepKeyOn } from '../core/cycle/cycle-steps.ts';
import { cycleStepArgsSchema } from '../jobs/cycle/cycle-step-args.ts';
import { finishManualRun, startManualRun } from '../jobs/cycle/record-manual-run.ts';
import { runCycleStep } from '../jobs/cycle/run-cycle-step.ts';
import { createWorkerDirectusApi } from '../jobs/worker-directus-api.ts';
import { projectKnexConfig } from '../jobs/db-settings.ts';
import { enqueueJob } from '../jobs/enqueue.ts';
import { PermanentJobError, TransientJobError, type JobLog } from '../jobs/job-types.ts';
import { parseWorkerConfig } from '../jobs/worker-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { parseCycleArguments } from './lib/cycle-arguments.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { fromRoot, projectRoot } from './lib/project-paths.ts';
import { processIsRunning, readInstanceRecord, resolveDirectusUrl } from './lib/running-instance.ts';
import { describeError } from '../core/logging/describe-error.ts';
import { beginSqliteTransactionsImmediately } from '../jobs/sqlite-immediate-transactions.ts';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const parsed = parseCycleArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(EXIT_USAGE);
}
const { step, dryRun } = parsed.value;
// A daily step without --period: the period of the day it acts as (the calendar does the same).
const period = parsed.value.period ?? (parsed.value.today ?? amsterdamDate(new Date())).slice(0, 7);
// The instance `npm start` runs (running-instance.ts); a dry run needs no Directus, so without
// one the old default stands and only a step that calls Directus reports it unreachable.
const resolved = resolveDirectusUrl(process.env, readInstanceRecord(), processIsRunning);
const worker = parseWorkerConfig({ ...process.env, DIRECTUS_URL: resolved.ok ? resolved.url : 'http://127.0.0.1:8055' }, projectRoot);
if (!worker.ok) {
  console.error('De instellingen zijn niet in orde; de stap is niet uitgevoerd. Pas de omgevingsvariabelen of .env aan (zie README).');
  for (const problem of worker.problems) console.error(`  - ${problem}`);
  process.exit(EXIT_USAGE);
}
const { db, directusUrl, workerToken, chromiumPath } = worker.config;

// English, ids and counts only, on stderr: stdout is the Dutch report for the person.
const log: JobLog = { info: (line) => console.error(`[cycle] ${line}`), warn: (line) => console.error(`[cycle] ${line}`), error: (line) => console.error(`[cycle] ${line}`) };

const knex: Knex = knexFactory(projectKnexConfig(db));
beginSqliteTransactionsImmediately(knex);
async function exit(code: number): Promise<never> {
  await knex.destroy();
  process.exit(code);
}

try {
  await knex.raw('SELECT 1');
  if (!(await knex.schema.hasTable('job_runs')) || !(await knex.schema.hasTable('tasks'))) {
    console.error('De database is nog niet ingericht voor deze versie. Start de applicatie eerst met npm start.');
    await exit(EXIT_USAGE);
  }
} catch (error) {
  console.error(`Kan de database niet bereiken (${db.client === 'pg' ? 'PostgreSQL' : 'SQLite'}); de stap is niet uitgevoerd. Controleer de DB_-instellingen.`);
  log.error(`database check failed: ${(error as Error).name}`);
  await exit(EXIT_USAGE);
}
try {
  const response = await fetch(`${directusUrl}/users/me?fields=id`, { headers: { authorization: `Bearer ${workerToken}` } });
  if (response.status === 401 || response.status === 403) {
    console.error('Directus weigert het WORKER_TOKEN; de stap is niet uitgevoerd. Controleer WORKER_TOKEN (en of npm start de rollen heeft ingericht).');
    await exit(EXIT_USAGE);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  console.error(`Kan Directus op ${directusUrl} niet bereiken; de stap is niet uitgevoerd. Draait de applicatie (npm start)?`);
  log.error(`directus check failed: ${describeError(error)}`);
  await exit(EXIT_USAGE);
}

const now = new Date();
const today = parsed.value.today ?? amsterdamDate(now);
const args = { ...cycleStepArgsSchema.parse({ step, period, dryRun, today }), today };
const context = {
  knex,
  directus: createWorkerDirectusApi(directusUrl, workerToken),
  chromiumPath,
  now: () => now,
  log,
  enqueue: (kind: Parameters<typeof enqueueJob>[1], jobArgs: Record<string, unknown>, options?: Parameters<typeof enqueueJob>[3]) => enqueueJob(knex, kind, jobArgs, options, new Date()),
};

if (dryRun) {
  try {
    const outcome = await runCycleStep(args, context);
    console.log(outcome.message);
    await exit(0);
  } catch (error) {
    console.error(`Proefrun mislukt: ${userMessage(error)}`);
    log.error(`dry run failed: ${describeError(error)}`);
    await exit(EXIT_FAILED);
  }
}

const uniqueKey = cycleStepKeyOn(step, period, today);
const run = await startManualRun(knex, args, uniqueKey, now);
if (!run.started) {
  console.error(`Deze stap (${step}, ${period}) staat al in de wachtrij of wordt uitgevoerd (run ${run.holder}, status ${run.status}); niet nog eens gestart. Probeer het later opnieuw.`);
  await exit(EXIT_FAILED);
}
const jobRunId = (run as { jobRunId: string }).jobRunId;
// Ctrl+C while the step runs: record that it stopped, so the key is free again.
const interrupted = async () => {
  await finishManualRun(knex, jobRunId, new Date(), { ok: false, message: 'Handmatig afgebroken; start de stap opnieuw.', error: 'Interrupted (SIGINT/SIGTERM)' });
  await exit(EXIT_FAILED);
};
process.once('SIGINT', () => void interrupted());
process.once('SIGTERM', () => void interrupted());
try {
  const outcome = await runCycleStep(args, { ...context, log });
  await finishManualRun(knex, jobRunId, new Date(), { ok: true, outcome });
  console.log(outcome.message);
  await exit(0);
} catch (error) {
  const message = userMessage(error);
  await finishManualRun(knex, jobRunId, new Date(), { ok: false, message, error: `${describeError(error)}`.slice(0, 2000) });
  console.error(`De stap is mislukt: ${message}`);
  log.error(`step ${step} ${period} failed: ${(error as Error).name}`);
  await exit(EXIT_FAILED);
}

function userMessage(error: unknown): string {
  if (error instanceof PermanentJobError || error instanceof TransientJobError) return error.userMessage;
  return 'onverwachte fout; zie het logboek of neem contact op met de beheerder.';
}
