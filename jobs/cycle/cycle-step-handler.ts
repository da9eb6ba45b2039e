/**
 * The job handler for kind `cycle-step` (args `{ step, period, dryRun, today }`), registered
 * in jobs/handlers.ts. Before it acts it checks that no other run with the same key already
 * finished: the calendar enqueues under a lock, so this only matters if two workers' ticks
 * still crossed — then the second run is recorded but does nothing.
 */
import { PermanentJobError, type JobHandler } from '../job-types.ts';
import { cycleStepArgsSchema, type CycleStepArgs } from './cycle-step-args.ts';
import { runCycleStep } from './run-cycle-step.ts';

export const cycleStepHandler: JobHandler<CycleStepArgs> = async (rawArgs, context) => {
  const parsed = cycleStepArgsSchema.safeParse(rawArgs);
  if (!parsed.success) throw new PermanentJobError('De stap van de maandcyclus heeft ongeldige gegevens (stap, periode of datum); neem contact op met de beheerder.', `invalid cycle-step args: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
  const own = (await context.knex('job_runs').select('unique_key').where({ id: context.jobRunId }).first()) as { unique_key: string | null } | undefined;
  if (own?.unique_key) {
    const earlier = (await context.knex('job_runs').select('id').where({ unique_key: own.unique_key, status: 'done' }).whereNot({ id: context.jobRunId }).first()) as { id: string } | undefined;
    if (earlier) return { message: `Deze stap is al uitgevoerd (run ${earlier.id}); niets opnieuw gedaan.`, counts: { skipped: 1 } };
  }
  return await runCycleStep(parsed.data, context);
};
