/**
 * The covenant's calendar: given today (a Dutch calendar date), the periods in play and the
 * record of earlier step runs, which steps are due for which period. Pure: the worker
 * gathers the facts, asks this planner every hour (and at start) and enqueues what it returns.
 *
 * Catch-up comes free: a step is due from its day on until a run of it exists, so a step
 * missed while the system was down is due when it comes back — once, because the run it
 * then gets is in the record at the next tick. A failed run is not planned again: the
 * engine already retried it; staff see it among the failed runs and retry it from the app.
 */
import { addMonths, dayOfPeriod, firstDayOfPeriod, periodOfDate } from './calendar-date.ts';
import { cycleStepKeyOn, DAILY_STEPS, type CycleStep } from './cycle-steps.ts';
import { dutchDate } from '../routing/dutch-date.ts';

export interface CalendarSettings {
  /** Feedback to the signal partners goes out before this day of the next month (covenant: the 10th). */
  feedbackDay: number;
  /** AMW receives its overview on this day of the next month (covenant: the 11th). */
  amwOverviewDay: number;
  /**
   * From this day of the next month the period's inputs count as in, even when a partner or a
   * source list is still missing (staff chase those through a task): the letters and the
   * feedback must still make it before the feedback day.
   */
  inputsDeadlineDay: number;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { feedbackDay: 10, amwOverviewDay: 11, inputsDeadlineDay: 5 };

/** The days the functional admin set (Instellingen); a missing or impossible day is the covenant's. */
export function calendarSettingsFrom(row: { partner_feedback_day?: unknown; amw_overview_day?: unknown } | null | undefined): CalendarSettings {
  const day = (value: unknown, fallback: number) => {
    const number = Number(value);
    return value !== null && value !== undefined && value !== '' && Number.isInteger(number) && number >= 1 && number <= 28 ? number : fallback;
  };
  const d = DEFAULT_CALENDAR_SETTINGS;
  return { ...d, feedbackDay: day(row?.partner_feedback_day, d.feedbackDay), amwOverviewDay: day(row?.amw_overview_day, d.amwOverviewDay) };
}

export interface PeriodFacts {
  period: string;
  /** Every active signal partner delivered its upload for the period and the source lists are in. */
  inputsComplete: boolean;
  /** Signals of the period still waiting for enrichment (not yet enriched, or waiting for the BRP). */
  signalsAwaitingEnrichment: number;
  /** Enriched signals of the period without a route yet. */
  signalsAwaitingRouting: number;
  /** Decided cases of the period whose household has no letter yet (routed after the letters ran, e.g. settled at feedback). */
  casesAwaitingLetter?: number;
  /** AMW referrals of the period not yet released to AMW (e.g. their advance notice went out after the overview). */
  referralsAwaitingRelease?: number;
}

export type StepRunStatus = 'queued' | 'running' | 'done' | 'failed';

export interface StepRun {
  step: CycleStep;
  period: string;
  /** The calendar date the run acted as (`today` of the run). */
  date: string;
  status: StepRunStatus;
}

export interface DueStep {
  step: CycleStep;
  period: string;
  /** The date the run acts as; part of the unique key for steps that may run more than once. */
  today: string;
  uniqueKey: string;
  /** True when the step's own day has passed: the system was down or the inputs were late. */
  catchUp: boolean;
  /** Dutch, for the run's record and the command's output. */
  reason: string;
}

/** The periods the calendar looks at on a day: last month (whose cycle runs now) and this month. */
export function periodsInPlay(today: string): string[] {
  const current = periodOfDate(today);
  return [addMonths(current, -1), current];
}

export function planDueSteps(input: { today: string; periods: PeriodFacts[]; runs: StepRun[]; settings?: CalendarSettings }): DueStep[] {
  const { today, runs } = input;
  const settings = input.settings ?? DEFAULT_CALENDAR_SETTINGS;
  const due: DueStep[] = [];
  const ranFor = (step: CycleStep, period: string) => runs.some((run) => run.step === step && run.period === period);
  const doneFor = (step: CycleStep, period: string) => runs.some((run) => run.step === step && run.period === period && run.status === 'done');
  const ranOn = (step: CycleStep, period: string, date: string) => runs.some((run) => run.step === step && run.period === period && run.date === date);
  const add = (step: CycleStep, period: string, dueFrom: string, reason: string) =>
    due.push({ step, period, today, uniqueKey: cycleStepKeyOn(step, period, today), catchUp: today > dueFrom, reason });

  const periods = [...input.periods].sort((a, b) => a.period.localeCompare(b.period));
  for (const facts of periods) {
    const { period } = facts;
    const next = addMonths(period, 1);
    const closed = firstDayOfPeriod(next);
    const inputsDeadline = dayOfPeriod(next, settings.inputsDeadlineDay);
    const feedbackDeadline = dayOfPeriod(next, settings.feedbackDay - 1);
    const amwDay = dayOfPeriod(next, settings.amwOverviewDay);

    // The day after the last day of the month: who has not delivered?
    if (today >= closed && !ranFor('missing-uploads', period)) add('missing-uploads', period, closed, `De maand ${period} is om: controleren welke signaalpartners niets hebben aangeleverd.`);

    // As soon as the inputs are in, and again each day while signals wait.
    const inputsIn = facts.inputsComplete || today >= inputsDeadline;
    if (inputsIn) {
      const inputsFrom = facts.inputsComplete ? today : inputsDeadline;
      if (!ranFor('enrich', period)) add('enrich', period, inputsFrom, `De uploads en bronlijsten van ${period} zijn binnen: verrijken.`);
      else if (facts.signalsAwaitingEnrichment > 0 && !ranOn('enrich', period, today)) add('enrich', period, today, `${facts.signalsAwaitingEnrichment} signalen van ${period} wachten nog op verrijking.`);

      // Route once enrichment has had its run and nothing waits for the BRP any more — or, from
      // the inputs deadline on, with what is enriched (the rest follow daily).
      if (doneFor('enrich', period) && (facts.signalsAwaitingEnrichment === 0 || today >= inputsDeadline)) {
        if (!ranFor('route', period)) add('route', period, inputsFrom, `De signalen van ${period} zijn verrijkt: routeren.`);
        else if (facts.signalsAwaitingRouting > 0 && !ranOn('route', period, today)) add('route', period, today, `${facts.signalsAwaitingRouting} signalen van ${period} wachten nog op een route.`);
      }
    }

    // Before the feedback day of the next month, letters first: the advance notice must reach
    // the tenant before AMW or the corporation hears of the decision.
    // Households decided later (a route on a later day, the feedback step settling what still
    // waited) get their letter on the next day's run; a run makes only letters not yet made.
    const lettersWaiting = facts.casesAwaitingLetter ?? 0;
    if (today >= closed && doneFor('route', period)) {
      if (!ranFor('letters', period)) add('letters', period, feedbackDeadline, `Brieven voor ${period} versturen vóór de ${settings.feedbackDay}e.`);
      else if (lettersWaiting > 0 && !ranOn('letters', period, today)) add('letters', period, today, `${lettersWaiting} ${lettersWaiting === 1 ? 'zaak' : 'zaken'} van ${period} wacht(en) nog op een brief.`);
    }
    if (today >= closed && doneFor('letters', period) && !ranFor('feedback', period)) add('feedback', period, feedbackDeadline, `Terugkoppeling over ${period} aan de signaalpartners vóór de ${settings.feedbackDay}e.`);
    // The AMW overview on its day, and never before the letters went out; a referral whose
    // advance notice went out later follows on a later day.
    const referralsWaiting = facts.referralsAwaitingRelease ?? 0;
    if (today >= amwDay && doneFor('letters', period)) {
      if (!ranFor('amw-overview', period)) add('amw-overview', period, amwDay, `Overzicht over ${period} voor AMW op de ${settings.amwOverviewDay}e.`);
      else if (referralsWaiting > 0 && !ranOn('amw-overview', period, today)) add('amw-overview', period, today, `${referralsWaiting} doorverwijzing(en) van ${period} wacht(en) nog op vrijgave aan AMW.`);
    }
  }

  // Daily chores: once per day, for today's period; days missed while down are not repeated.
  const currentPeriod = periodOfDate(today);
  for (const step of DAILY_STEPS) {
    if (!runs.some((run) => run.step === step && run.date === today)) add(step, currentPeriod, today, `Dagelijkse stap (${dutchDate(today)}).`);
  }
  return due;
}
