/**
 * Enrichment asked for by a person (the admin, `npm run enrich`): enqueue the jobs, and on
 * request wait until each has had its first try, then summarise from the signals themselves.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { enqueueJob } from '../enqueue.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { ENRICH_CHUNK } from './enqueue-enrichment.ts';
import type { EnrichmentSummary } from './run-enrichment.ts';

/** The same counts a run reports, read back from the signals. */
export type EnrichmentTally = EnrichmentSummary;

export async function enqueueEnrichmentRequest(knex: Knex, signalIds: string[], options: { period?: string | null } = {}): Promise<string[]> {
  const runs: string[] = [];
  for (const batch of chunks([...signalIds].sort(), ENRICH_CHUNK)) {
    runs.push((await enqueueJob(knex, 'enrich-signals', { signals: batch }, { period: options.period ?? null })).jobRunId);
  }
  return runs;
}

/** Waits until every run finished or had its first try (a run waiting for the BRP is retried later). */
export async function waitForFirstTries(knex: Knex, runIds: string[], timeoutMs = 10 * 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let open = 0;
    for (const batch of chunks(runIds)) {
      const rows = (await knex('job_runs').select('status', 'attempts').whereIn('id', batch)) as Array<{ status: string; attempts: number | null }>;
      open += rows.filter((row) => row.status === 'running' || (row.status === 'queued' && !Number(row.attempts))).length;
    }
    if (!open) return true;
    await sleep(300);
  }
  return false;
}

export async function tallySignals(knex: Knex, signalIds: string[]): Promise<EnrichmentTally> {
  const tally: EnrichmentTally = { considered: 0, matched: 0, ambiguous: 0, not_found: 0, waiting: 0, failed: 0, out_of_area: 0, skipped_decided: 0 };
  for (const batch of chunks(signalIds)) {
    for (const row of (await knex('signals').select('match_status').whereIn('id', batch)) as Array<{ match_status: string | null }>) {
      const status = row.match_status ?? 'pending';
      if (status === 'confirmed' || status === 'not_resident') tally.skipped_decided++;
      else {
        tally.considered++;
        if (status === 'pending') tally.waiting++;
        else if (status in tally) tally[status as keyof EnrichmentTally]++;
      }
    }
  }
  return tally;
}
