/**
 * The steps of the covenant's monthly cycle (flow chart, steps 2-4) plus the daily chores.
 * Order matters where the covenant says so: the AMW overview names only tenants who already
 * received the advance notice, so `letters` comes before `amw-overview` (and before `feedback`).
 */
export const CYCLE_STEPS = ['missing-uploads', 'enrich', 'route', 'letters', 'feedback', 'amw-overview', 'overdue', 'figures', 'retention'] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number];

export const CYCLE_STEP_LABELS: Record<CycleStep, string> = {
  'missing-uploads': 'Ontbrekende uploads',
  enrich: 'Verrijken',
  route: 'Routeren',
  letters: 'Brieven (vooraankondiging)',
  feedback: 'Terugkoppeling aan signaalpartners',
  'amw-overview': 'Overzicht voor AMW',
  overdue: 'Verlopen termijnen',
  figures: 'Kengetallen (dashboard)',
  retention: 'Bewaartermijnen',
};

/**
 * Steps that run once a day (for today's period) instead of once per period. `figures`
 * before `retention`: a month's figures are stored before any of its records are deleted.
 */
export const DAILY_STEPS: readonly CycleStep[] = ['overdue', 'figures', 'retention'];

export function isCycleStep(value: string): value is CycleStep {
  return (CYCLE_STEPS as readonly string[]).includes(value);
}

/**
 * The key under which a step is enqueued: two workers (or a worker and a person) never run
 * the same step twice. Steps that may run more than once for a period (daily steps;
 * enrich/route while signals wait; letters and the AMW overview for late decisions) carry the date.
 */
export function cycleStepKey(step: CycleStep, period: string, date: string | null): string {
  return date ? `cycle-step:${step}:${period}:${date}` : `cycle-step:${step}:${period}`;
}

/** Steps that may run again for the same period on a later day (see cycleStepKey). */
const DATED_STEPS: readonly CycleStep[] = [...DAILY_STEPS, 'enrich', 'route', 'letters', 'amw-overview'];

/** The key of a run of `step` for `period` on `today`, for the calendar and `npm run cycle` alike. */
export function cycleStepKeyOn(step: CycleStep, period: string, today: string): string {
  return cycleStepKey(step, period, DATED_STEPS.includes(step) ? today : null);
}
