/**
 * Enriches signals against the BRP: gather the signals, ask the register (the process's one
 * client, so one request-rate limit; a few at a time), let the core decide, write the
 * outcome. Signals a person has decided on (confirmed, not a resident) are never touched
 * again. When the register cannot be reached the rest wait (`waiting`) and the error is
 * thrown, so the job is retried; another error marks the rest `failed`, never leaving them
 * silently `pending`.
 *
 * Before anything is sent to the BRP, signals whose rented address lies outside the
 * municipality's area (app_settings) are set aside as `out_of_area` (art. 3.1, 12.1: a
 * regional corporation may send its whole region). An area setting that cannot be read
 * stops the run with a Dutch message: guessing would send strangers to the BRP.
 */
import type { Knex } from 'knex';
import type { BrpClient } from '../../adapters/brp/brp-client.ts';
import { BrpUnavailableError } from '../../adapters/brp/brp-errors.ts';
import { enrichSignal, type AddressCache } from '../../adapters/enrichment/enrich-signal.ts';
import type { EnrichmentOutcome } from '../../core/enrichment/enrichment-outcome.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';
import { describeError } from '../../core/logging/describe-error.ts';
import { isInMunicipalityArea } from '../../core/routing/municipality-area.ts';
import { PermanentJobError } from '../job-types.ts';
import { readMunicipalityArea, UNREADABLE_AREA_MESSAGE } from './read-municipality-area.ts';

export const DECIDED_BY_A_PERSON = ['confirmed', 'not_resident'];
/** Not (yet) enriched: what a retry asks the BRP about again. */
export const UNENRICHED = ['pending', 'waiting', 'failed'];
/** What a sweep picks up without anyone asking (failed ones wait for a retry of their run). */
export const SWEEP_STATUSES = ['pending', 'waiting'];
/**
 * Signals enriched side by side. Their searches share the BRP's details requests (up to 20
 * BSNs each, adapters/brp/bsn-batcher.ts): more in flight, fuller batches, fewer requests.
 */
export const ENRICHMENT_PARALLEL = 12;

export const NO_BRP_MESSAGE = 'Er is geen BRP-koppeling ingesteld (BRP_API_URL); het signaal wacht op verrijking.';
export const OUT_OF_AREA_REASON = 'Adres ligt buiten de gemeente (instelling postcodegebied en woonplaatsen); niet bij het BRP nagevraagd.';
export const ENRICHMENT_FAILED_MESSAGE = 'Verrijken is mislukt door een fout (niet door het BRP). De taak staat bij Mislukte taken en wordt opnieuw geprobeerd.';

export interface EnrichmentSummary {
  considered: number;
  matched: number;
  ambiguous: number;
  not_found: number;
  waiting: number;
  failed: number;
  /** Rented address outside the municipality's area: set aside, never sent to the BRP. */
  out_of_area: number;
  skipped_decided: number;
}

/** Thrown after the remaining signals were marked waiting (BRP away) or failed (another error). */
export class EnrichmentInterrupted extends Error {
  constructor(readonly summary: EnrichmentSummary, readonly reason: unknown, readonly brpUnavailable: boolean) {
    super(`enrichment interrupted: ${describeError(reason)}`, { cause: reason });
    this.name = 'EnrichmentInterrupted';
  }
}

interface SignalRow {
  id: string;
  household: string | null;
  initials: string;
  name_prefix: string | null;
  surname: string;
  birth_date: string | number | Date;
  postcode: string;
  city: string | null;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
  match_status: string | null;
}

const COLUMNS = ['id', 'household', 'initials', 'name_prefix', 'surname', 'birth_date', 'postcode', 'city', 'house_number', 'house_letter', 'house_number_addition', 'match_status'];

export async function runEnrichment(knex: Knex, signalIds: string[], options: { now: Date; brp: BrpClient | null; onlyUnenriched?: boolean; log: (line: string) => void }): Promise<EnrichmentSummary> {
  const summary: EnrichmentSummary = { considered: 0, matched: 0, ambiguous: 0, not_found: 0, waiting: 0, failed: 0, out_of_area: 0, skipped_decided: 0 };
  const rows: SignalRow[] = [];
  for (const ids of chunks(signalIds)) rows.push(...((await knex('signals').select(COLUMNS).whereIn('id', ids)) as SignalRow[]));
  const todo = rows.filter((row) => !DECIDED_BY_A_PERSON.includes(row.match_status ?? '') && (!options.onlyUnenriched || UNENRICHED.includes(row.match_status ?? 'pending')));
  summary.skipped_decided = rows.filter((row) => DECIDED_BY_A_PERSON.includes(row.match_status ?? '')).length;
  summary.considered = todo.length;
  if (!todo.length) return summary;

  const dates = dbDates(knex);
  const parsedArea = await readMunicipalityArea(knex);
  if (!parsedArea.ok) {
    options.log('The municipality area in app_settings cannot be read: enrichment stopped, nothing sent to the BRP');
    throw new PermanentJobError(`${UNREADABLE_AREA_MESSAGE}: ${parsedArea.message} Verbeter de instelling; daarna kan de verrijking opnieuw worden gestart.`, 'unreadable municipality area setting');
  }
  const area = parsedArea.area;
  const outside = todo.filter((row) => !isInMunicipalityArea(area, { postcode: row.postcode, city: row.city }));
  if (outside.length) {
    await markOutOfArea(knex, outside.map((row) => row.id), dates.timestamp(options.now));
    summary.out_of_area = outside.length;
  }
  const inside = outside.length ? todo.filter((row) => !outside.includes(row)) : todo;
  if (!inside.length) return summary;

  const brp = options.brp;
  if (!brp) {
    options.log('BRP_API_URL is not configured: signals wait for enrichment');
    await markUnenriched(knex, inside.map((row) => row.id), 'waiting', NO_BRP_MESSAGE);
    summary.waiting = inside.length;
    return summary;
  }
  const today = options.now.toISOString().slice(0, 10);
  const cache: AddressCache = new Map();
  let stopped: unknown = null;
  const queue = [...inside];

  const worker = async () => {
    while (!stopped) {
      const row = queue.shift();
      if (!row) return;
      try {
        const outcome = await enrichSignal(brp, { ...row, birth_date: readDbDate(row.birth_date) }, today, cache, area);
        await write(knex, row, outcome, dates.timestamp(options.now));
        summary[outcome.signal.match_status]++;
      } catch (error) {
        stopped ??= error;
        queue.unshift(row);
      }
    }
  };
  await Promise.all(Array.from({ length: ENRICHMENT_PARALLEL }, worker));
  if (stopped) {
    const unavailable = stopped instanceof BrpUnavailableError;
    options.log(`${unavailable ? 'BRP unavailable' : 'Enrichment error'}, ${queue.length} signals ${unavailable ? 'wait' : 'failed'}: ${describeError(stopped)}`);
    await markUnenriched(knex, queue.map((row) => row.id), unavailable ? 'waiting' : 'failed', unavailable ? (stopped as BrpUnavailableError).userMessage : ENRICHMENT_FAILED_MESSAGE);
    if (unavailable) summary.waiting = queue.length;
    else summary.failed = queue.length;
    throw new EnrichmentInterrupted(summary, stopped, unavailable);
  }
  return summary;
}

async function write(knex: Knex, row: SignalRow, outcome: EnrichmentOutcome, now: string | number) {
  await knex.transaction(async (trx) => {
    await trx('signals')
      .update({
        ...outcome.signal,
        match_reasons: JSON.stringify(outcome.signal.match_reasons),
        match_candidates: JSON.stringify(outcome.signal.match_candidates),
        enriched_at: now,
        date_updated: now,
      })
      .where({ id: row.id })
      .where((q) => q.whereNull('match_status').orWhereNotIn('match_status', DECIDED_BY_A_PERSON));
    if (outcome.household && row.household) {
      await trx('households').update({ ...outcome.household, facts_date: dbDates(trx).date(outcome.household.facts_date) }).where({ id: row.household });
    }
  });
}

/** Settled without the BRP: no BSN, no situation, no candidates (a re-run after the area changed may enrich it). */
async function markOutOfArea(knex: Knex, ids: string[], now: string | number) {
  for (const batch of chunks(ids)) {
    await knex('signals')
      .update({ match_status: 'out_of_area', bsn: null, brp_situation: null, match_confidence: null, match_candidates: JSON.stringify([]), match_reasons: JSON.stringify([OUT_OF_AREA_REASON]), enriched_at: now, date_updated: now })
      .whereIn('id', batch)
      .where((q) => q.whereNull('match_status').orWhereNotIn('match_status', DECIDED_BY_A_PERSON));
  }
}

async function markUnenriched(knex: Knex, ids: string[], status: 'waiting' | 'failed', reason: string) {
  for (const batch of chunks(ids)) {
    await knex('signals')
      .update({ match_status: status, match_reasons: JSON.stringify([reason]) })
      .whereIn('id', batch)
      .where((q) => q.whereNull('match_status').orWhereNotIn('match_status', DECIDED_BY_A_PERSON));
  }
}
