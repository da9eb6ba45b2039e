/**
 * One step of the covenant's calendar, the same code for the worker's job (`cycle-step`)
 * and for `npm run cycle`. Steps whose content arrives with later issues (routing,
 * documents, privacy) exist already, do nothing and say so.
 */
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { CYCLE_STEP_LABELS, type CycleStep } from '../../core/cycle/cycle-steps.ts';
import type { JobContext, JobOutcome } from '../job-types.ts';
import type { ParsedCycleStepArgs } from './cycle-step-args.ts';
import { runAmwOverviewStep } from './amw-overview-step.ts';
import { runEnrichStep } from './enrich-step.ts';
import { runFeedbackStep } from './feedback-step.ts';
import { runLettersStep } from './letters-step.ts';
import { runMissingUploadsStep } from './missing-uploads-step.ts';
import { runRouteStep } from './route-step.ts';
import { runOverdueStep } from './overdue-step.ts';
import { runRetentionStep } from './retention-step.ts';
import { runFiguresStep } from './figures-step.ts';

const NOT_YET: Partial<Record<CycleStep, string>> = {};

export type CycleStepContext = Pick<JobContext, 'knex' | 'directus' | 'enqueue' | 'now' | 'log' | 'chromiumPath'> & Partial<Pick<JobContext, 'abortSignal'>>;

export async function runCycleStep(args: ParsedCycleStepArgs, context: CycleStepContext): Promise<JobOutcome> {
  const today = args.today ?? amsterdamDate(context.now());
  const label = CYCLE_STEP_LABELS[args.step];
  context.log.info(`cycle step ${args.step} for ${args.period} as of ${today}${args.dryRun ? ' (dry run)' : ''}`);
  switch (args.step) {
    case 'missing-uploads':
      return await runMissingUploadsStep(context.knex, { period: args.period, today, dryRun: args.dryRun, now: context.now() });
    case 'enrich':
      return await runEnrichStep(context, { period: args.period, dryRun: args.dryRun });
    case 'route':
      return await runRouteStep(context.knex, { period: args.period, today, dryRun: args.dryRun, now: context.now() });
    case 'overdue':
      return await runOverdueStep(context.knex, { period: args.period, today, dryRun: args.dryRun, now: context.now() });
    case 'letters':
      return await runLettersStep(context, { period: args.period, today, dryRun: args.dryRun, now: context.now() });
    case 'feedback':
      return await runFeedbackStep({ knex: context.knex, directus: context.directus, now: context.now(), log: context.log }, { period: args.period, today, dryRun: args.dryRun });
    case 'amw-overview':
      return await runAmwOverviewStep(context.knex, { period: args.period, today, dryRun: args.dryRun, now: context.now() }, { directus: context.directus, log: context.log });
    case 'figures':
      return await runFiguresStep(context.knex, { today, dryRun: args.dryRun, now: context.now() });
    case 'retention':
      return await runRetentionStep(context, { period: args.period, today, dryRun: args.dryRun, now: context.now() });
    default: {
      const why = NOT_YET[args.step] ?? 'deze stap heeft nog geen inhoud';
      return { message: `${label} (${args.period}): nog niets te doen — ${why}.`, counts: {} };
    }
  }
}
