/**
 * Everything the calendar planner needs on a day, read from the project database: the
 * periods in play with their inputs and waiting signals, and the earlier step runs.
 */
import type { Knex } from 'knex';
import { periodInputsComplete } from '../../core/cycle/period-inputs.ts';
import { calendarSettingsFrom, periodsInPlay, type CalendarSettings, type PeriodFacts, type StepRun } from '../../core/cycle/plan-due-steps.ts';
import { AWAITING_ENRICHMENT } from './enrich-step.ts';
import { countCasesAwaitingLetter, countReferralsAwaitingRelease, countSignals, readPartners, readSourceLists, readStepRuns, readUploads } from './read-cycle-facts.ts';

/**
 * Every signal without a case waits for the route: enriched ones are routed, unsettled ones
 * wait for the BRP review until the feedback deadline (core/routing/plan-routing.ts), so the
 * route step runs each day while any remain.
 */
const ANY_MATCH_STATUS = ['pending', 'waiting', 'failed', 'matched', 'confirmed', 'ambiguous', 'not_found', 'not_resident', 'out_of_area'];

/** The days the functional admin set (Instellingen); the covenant's 10th and 11th without a row. */
export async function readCalendarSettings(knex: Knex): Promise<CalendarSettings> {
  return calendarSettingsFrom((await knex('app_settings').select('partner_feedback_day', 'amw_overview_day').first()) as Record<string, unknown> | undefined);
}

export async function gatherCalendarFacts(knex: Knex, today: string): Promise<{ periods: PeriodFacts[]; runs: StepRun[]; settings: CalendarSettings }> {
  const inPlay = periodsInPlay(today);
  const partners = await readPartners(knex);
  const sourceLists = await readSourceLists(knex);
  const periods: PeriodFacts[] = [];
  for (const period of inPlay) {
    periods.push({
      period,
      inputsComplete: periodInputsComplete({ period, partners, uploads: await readUploads(knex, period), sourceLists }),
      signalsAwaitingEnrichment: await countSignals(knex, period, AWAITING_ENRICHMENT),
      signalsAwaitingRouting: await countSignals(knex, period, ANY_MATCH_STATUS, true),
      casesAwaitingLetter: await countCasesAwaitingLetter(knex, period),
      referralsAwaitingRelease: await countReferralsAwaitingRelease(knex, period),
    });
  }
  return { periods, runs: await readStepRuns(knex, inPlay), settings: await readCalendarSettings(knex) };
}
