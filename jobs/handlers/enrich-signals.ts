/**
 * Job `enrich-signals`: BRP enrichment of at most ENRICH_CHUNK signals. Given explicit
 * signal ids (after an upload, a re-run from the admin, `npm run enrich`), or a period to
 * sweep: the period's signals that are not enriched yet (pending, waiting for the BRP,
 * failed), 200 at a time, each job enqueueing the next.
 *
 * BRP unavailable → the rest wait ("Wacht op BRP") and the job is retried with back-off,
 * without anyone pressing a button. Another error → the rest are marked failed and the run
 * fails visibly (and is retried while tries remain).
 */
import { ENRICH_CHUNK } from '../lib/enqueue-enrichment.ts';
import { EnrichmentInterrupted, runEnrichment, SWEEP_STATUSES, type EnrichmentSummary } from '../lib/run-enrichment.ts';
import { TransientJobError, type JobHandler } from '../job-types.ts';

export interface EnrichSignalsArgs {
  signals?: string[];
  /** Sweep: the period's signals that are not enriched yet, after `after` (by id). */
  period?: string;
  after?: string;
}

export const enrichSignalsHandler: JobHandler<EnrichSignalsArgs> = async (args, context) => {
  const { knex } = context;
  let ids: string[];
  let sweep = false;
  if (args.signals) ids = args.signals.slice(0, ENRICH_CHUNK * 5);
  else if (args.period) {
    sweep = true;
    const query = knex('signals').select('id').where({ period: args.period }).whereIn('match_status', SWEEP_STATUSES).orderBy('id').limit(ENRICH_CHUNK);
    if (args.after) query.andWhere('id', '>', args.after);
    ids = ((await query) as Array<{ id: string }>).map((row) => row.id);
  } else return { message: 'Geen signalen opgegeven; er is niets verrijkt.' };

  let summary: EnrichmentSummary;
  try {
    // A retry after a BRP outage only asks again for what is still open.
    summary = await runEnrichment(knex, ids, { now: context.now(), brp: context.brp, onlyUnenriched: sweep || context.attempt > 1, log: (line) => context.log.warn(line) });
  } catch (error) {
    if (error instanceof EnrichmentInterrupted) {
      const counts = countsOf(error.summary);
      if (error.brpUnavailable) {
        throw new TransientJobError(`Het BRP is niet bereikbaar: ${error.summary.waiting} signalen wachten en worden automatisch opnieuw verrijkt.`, error.message, { cause: error.reason });
      }
      throw new TransientJobError(`Verrijken is mislukt voor ${counts.failed} signalen; ze staan op "Verrijking mislukt".`, error.message, { cause: error.reason });
    }
    throw error;
  }
  if (sweep && ids.length === ENRICH_CHUNK) {
    const last = ids[ids.length - 1]!;
    await context.enqueue('enrich-signals', { period: args.period, after: last }, { uniqueKey: `enrich-signals:sweep:${args.period}:${last}`, period: args.period ?? null });
  }
  return {
    message: `Verrijkt: ${summary.considered} signalen bekeken — ${summary.matched} gevonden in het BRP, ${summary.ambiguous} met meerdere kandidaten, ${summary.not_found} niet gevonden, ${summary.waiting} wachten op het BRP, ${summary.out_of_area} buiten de gemeente (niet nagevraagd); ${summary.skipped_decided} al beslist door een medewerker.`,
    counts: countsOf(summary),
  };
};

function countsOf(summary: EnrichmentSummary): Record<string, number> {
  return { ...summary };
}
