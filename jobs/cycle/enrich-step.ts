/**
 * Step `enrich`: enrichment itself is the `enrich-signals` job (a sweep over the period's
 * signals that are not enriched yet, 200 at a time). This step only starts that sweep, once
 * per period at a time: while a sweep for the period is queued or running, it is not added again.
 */
import type { Knex } from 'knex';
import type { JobContext, JobOutcome } from '../job-types.ts';
import { countSignals } from './read-cycle-facts.ts';

/**
 * Not enriched yet: never tried, or waiting for the BRP (the sweep also retries failures).
 * `out_of_area` is settled: the rented address lies outside the municipality, never asked.
 */
export const AWAITING_ENRICHMENT = ['pending', 'waiting', 'failed'];

export async function countAwaitingEnrichment(knex: Knex, period: string): Promise<number> {
  return await countSignals(knex, period, AWAITING_ENRICHMENT);
}

export async function runEnrichStep(context: Pick<JobContext, 'knex' | 'enqueue'>, input: { period: string; dryRun: boolean }): Promise<JobOutcome> {
  const { period, dryRun } = input;
  const waiting = await countAwaitingEnrichment(context.knex, period);
  if (waiting === 0) return { message: `Alle signalen van ${period} zijn al verrijkt; niets te doen.`, counts: { awaiting: 0, enqueued: 0 } };
  if (dryRun) return { message: `Proefrun: zou de verrijking starten voor ${waiting} signalen van ${period}; er is niets in de wachtrij gezet.`, counts: { awaiting: waiting, enqueued: 0 } };
  const job = await context.enqueue('enrich-signals', { period }, { uniqueKey: `enrich-signals:period:${period}`, period });
  return {
    message: job.existing
      ? `De verrijking van ${period} loopt al (${waiting} signalen wachten); niet opnieuw gestart.`
      : `Verrijking gestart voor ${waiting} signalen van ${period}.`,
    counts: { awaiting: waiting, enqueued: job.existing ? 0 : 1 },
  };
}
