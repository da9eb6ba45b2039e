/**
 * Everything the calendar planner needs on a day, read from the project database: the
 * periods in play with their inputs and waiting signals, and the earlier step runs.
 */
import type { Knex } from 'knex';
import { periodInputsComplete } from '../../core/cycle/period-inputs.ts';
import { periodsInPlay, type PeriodFacts, type StepRun } from '../../core/cycle/plan-due-steps.ts';
import { AWAITING_ENRICHMENT } from './enrich-step.ts';
import { countSignals, readPartners, readSourceLists, readStepRuns, readUploads } from './read-cycle-facts.ts';

/** Enriched (by the BRP or by staff), so ready for the covenant's route. */
const ENRICHED = ['matched', 'confirmed'];

export async function gatherCalendarFacts(knex: Knex, today: string): Promise<{ periods: PeriodFacts[]; runs: StepRun[] }> {
  const inPlay = periodsInPlay(today);
  const partners = await readPartners(knex);
  const sourceLists = await readSourceLists(knex);
  const periods: PeriodFacts[] = [];
  for (const period of inPlay) {
    periods.push({
      period,
      inputsComplete: periodInputsComplete({ period, partners, uploads: await readUploads(knex, period), sourceLists }),
      signalsAwaitingEnrichment: await countSignals(knex, period, AWAITING_ENRICHMENT),
      signalsAwaitingRouting: await countSignals(knex, period, ENRICHED, true),
    });
  }
  return { periods, runs: await readStepRuns(knex, inPlay) };
}
