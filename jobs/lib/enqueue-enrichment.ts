/**
 * Enrichment runs as jobs of at most ENRICH_CHUNK signals each: a BRP outage then holds up
 * one small job at a time, each retried with back-off (jobs/job-policies.ts: tries spread
 * over many hours), and progress is visible per job.
 */
import type { EnqueueOptions, JobContext } from '../job-types.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';

export const ENRICH_CHUNK = 200;

type Enqueue = JobContext['enqueue'];

export async function enqueueEnrichment(context: { enqueue: Enqueue }, signalIds: string[], options: Pick<EnqueueOptions, 'upload' | 'period'> = {}): Promise<number> {
  let jobs = 0;
  for (const batch of chunks([...signalIds].sort(), ENRICH_CHUNK)) {
    await context.enqueue('enrich-signals', { signals: batch }, options);
    jobs++;
  }
  return jobs;
}
