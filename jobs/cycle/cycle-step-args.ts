/**
 * The arguments of a `cycle-step` job: which step, for which period, acting as which day,
 * and whether only to plan (dry run). Validated before anything runs: a bad argument is a
 * permanent error, retrying does not help.
 */
import { z } from 'zod';
import { isCalendarDate, isPeriod } from '../../core/cycle/calendar-date.ts';
import { CYCLE_STEPS } from '../../core/cycle/cycle-steps.ts';

export const cycleStepArgsSchema = z.object({
  step: z.enum(CYCLE_STEPS),
  period: z.string().refine(isPeriod, { error: 'period must be YYYY-MM' }),
  dryRun: z.boolean().default(false),
  /** The calendar date (Europe/Amsterdam) the step acts as; defaults to today. */
  today: z.string().refine(isCalendarDate, { error: 'today must be YYYY-MM-DD' }).optional(),
});

export type CycleStepArgs = z.input<typeof cycleStepArgsSchema>;
export type ParsedCycleStepArgs = z.output<typeof cycleStepArgsSchema>;
