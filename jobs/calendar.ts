/**
 * The covenant's calendar in the worker: every hour (Europe/Amsterdam, node-cron) and once at
 * start it asks the planner (core/cycle/plan-due-steps.ts) which steps are due and enqueues
 * them as `cycle-step` jobs with the key `cycle-step:<step>:<period>` (+ date for steps that
 * may run more than once). A step missed while the worker was down is due at the first tick
 * after it comes back, and runs once.
 *
 * Several workers tick at the same time: a tick reads and enqueues under one lock (a
 * PostgreSQL advisory lock; on SQLite the write lock), so a step one worker enqueued and
 * finished is in the record before the other worker plans.
 */
import type { Knex } from 'knex';
import cron from 'node-cron';
import { amsterdamDate } from '../core/cycle/amsterdam-date.ts';
import { planDueSteps, type DueStep } from '../core/cycle/plan-due-steps.ts';
import { gatherCalendarFacts } from './cycle/gather-calendar-facts.ts';
import { enqueueJob } from './enqueue.ts';
import { isSqlite } from './job-store.ts';
import type { JobLog } from './job-types.ts';
import { describeError } from '../core/logging/describe-error.ts';

/** Any fixed number: the advisory lock of the calendar tick. */
const CALENDAR_LOCK = 2017_02_13;

export interface EnqueuedStep extends DueStep {
  jobRunId: string;
  existing: boolean;
}

async function lockCalendar(trx: Knex.Transaction): Promise<void> {
  if (isSqlite(trx)) await trx.raw('UPDATE job_runs SET id = id WHERE 1 = 0');
  else await trx.raw('SELECT pg_advisory_xact_lock(?)', [CALENDAR_LOCK]);
}

/** One tick: plan as of `now` (its Dutch calendar date) and enqueue what is due. */
export async function calendarTick(knex: Knex, now: Date): Promise<EnqueuedStep[]> {
  const today = amsterdamDate(now);
  return await knex.transaction(async (trx) => {
    await lockCalendar(trx);
    const facts = await gatherCalendarFacts(trx, today);
    const due = planDueSteps({ today, periods: facts.periods, runs: facts.runs, settings: facts.settings });
    const enqueued: EnqueuedStep[] = [];
    for (const step of due) {
      // `now` decides what is due; the job itself is stored as of the real time, so it runs at once.
      const job = await enqueueJob(trx, 'cycle-step', { step: step.step, period: step.period, dryRun: false, today: step.today }, { uniqueKey: step.uniqueKey, period: step.period });
      enqueued.push({ ...step, ...job });
    }
    return enqueued;
  });
}

export interface RunningCalendar {
  stop(): Promise<void>;
}

/** Hourly at minute 0 and once now; `stop()` waits for a tick in progress. */
export function startCalendar(options: { knex: Knex; now(): Date; log: JobLog; schedule?: string }): RunningCalendar {
  let inProgress: Promise<void> = Promise.resolve();
  const tick = () => {
    inProgress = (async () => {
      try {
        const enqueued = await calendarTick(options.knex, options.now());
        const fresh = enqueued.filter((step) => !step.existing);
        if (fresh.length) options.log.info(`calendar: enqueued ${fresh.map((step) => `${step.step} ${step.period}${step.catchUp ? ' (catch-up)' : ''}`).join(', ')}`);
      } catch (error) {
        // The next tick tries again; nothing is lost because nothing was marked as run.
        options.log.error(`calendar tick failed: ${describeError(error)}`);
      }
    })();
    return inProgress;
  };
  void tick();
  const task = cron.schedule(options.schedule ?? '0 * * * *', tick, { timezone: 'Europe/Amsterdam', noOverlap: true, name: 'covenant-calendar' });
  return {
    async stop() {
      await task.stop();
      await inProgress;
    },
  };
}
