/**
 * Enriches signals against the BRP: gather the signals, ask the register (a bounded
 * request rate, a few at a time), let the core decide, write the outcome. Signals a
 * person has decided on (confirmed, not a resident) are never touched again. When the
 * register cannot be reached the signals wait; nothing is lost.
 */
import type { Knex } from 'knex';
import { createBrpClient, type BrpClient } from '../../../adapters/brp/brp-client.ts';
import { parseBrpConfig } from '../../../adapters/brp/brp-config.ts';
import { BrpUnavailableError } from '../../../adapters/brp/brp-errors.ts';
import { enrichSignal, type AddressCache } from '../../../adapters/enrichment/enrich-signal.ts';
import type { EnrichmentOutcome } from '../../../core/enrichment/enrichment-outcome.ts';
import { dbDates, readDbDate } from '../lib/db-dates.ts';
import { chunks } from '../lib/chunks.ts';

export const DECIDED_BY_A_PERSON = ['confirmed', 'not_resident'];
const PARALLEL = 6;

export interface EnrichmentSummary {
  considered: number;
  matched: number;
  ambiguous: number;
  not_found: number;
  waiting: number;
  skipped_decided: number;
}

interface SignalRow {
  id: string;
  household: string | null;
  initials: string;
  name_prefix: string | null;
  surname: string;
  birth_date: string | number | Date;
  postcode: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
  match_status: string | null;
}

export type BrpClientFactory = () => BrpClient | null;

/** The BRP client from the environment; null when no register is configured. */
export const brpFromEnvironment: BrpClientFactory = () => {
  const parsed = parseBrpConfig(process.env);
  return parsed.ok ? createBrpClient(parsed.config) : null;
};


export async function runEnrichment(knex: Knex, selection: { signalIds?: string[]; period?: string }, options: { now: Date; brp: BrpClientFactory; log: (line: string) => void }): Promise<EnrichmentSummary> {
  const summary: EnrichmentSummary = { considered: 0, matched: 0, ambiguous: 0, not_found: 0, waiting: 0, skipped_decided: 0 };
  const columns = ['id', 'household', 'initials', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number', 'house_letter', 'house_number_addition', 'match_status'];
  let rows: SignalRow[] = [];
  if (selection.signalIds) for (const ids of chunks(selection.signalIds)) rows.push(...((await knex('signals').select(columns).whereIn('id', ids)) as SignalRow[]));
  else if (selection.period) rows = (await knex('signals').select(columns).where({ period: selection.period })) as SignalRow[];
  const todo = rows.filter((row) => !DECIDED_BY_A_PERSON.includes(row.match_status ?? ''));
  summary.skipped_decided = rows.length - todo.length;
  summary.considered = todo.length;
  if (!todo.length) return summary;

  const dates = dbDates(knex);
  const brp = options.brp();
  if (!brp) {
    options.log('BRP_API_URL is not configured: signals wait for enrichment');
    await markWaiting(knex, todo.map((row) => row.id), 'Er is geen BRP-koppeling ingesteld (BRP_API_URL); het signaal wacht op verrijking.');
    summary.waiting = todo.length;
    return summary;
  }
  const today = options.now.toISOString().slice(0, 10);
  const cache: AddressCache = new Map();
  let unavailable: BrpUnavailableError | null = null;
  const queue = [...todo];

  const worker = async () => {
    while (!unavailable) {
      const row = queue.shift();
      if (!row) return;
      try {
        const outcome = await enrichSignal(brp, { ...row, birth_date: readDbDate(row.birth_date) }, today, cache);
        await write(knex, row, outcome, dates.timestamp(options.now));
        summary[outcome.signal.match_status]++;
      } catch (error) {
        if (error instanceof BrpUnavailableError) {
          unavailable = error;
          queue.unshift(row);
        } else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (unavailable) {
    options.log(`BRP unavailable, ${queue.length} signals wait: ${(unavailable as Error).message}`);
    await markWaiting(knex, queue.map((row) => row.id), (unavailable as BrpUnavailableError).userMessage);
    summary.waiting = queue.length;
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

async function markWaiting(knex: Knex, ids: string[], reason: string) {
  for (const batch of chunks(ids)) {
    await knex('signals')
      .update({ match_status: 'waiting', match_reasons: JSON.stringify([reason]) })
      .whereIn('id', batch)
      .where((q) => q.whereNull('match_status').orWhereNotIn('match_status', DECIDED_BY_A_PERSON));
  }
}
