/**
 * The safety net under "hooks only enqueue": at worker start and every few minutes, work
 * that should have a job but has none gets one. Idempotent (unique keys), so several
 * workers may run it at once.
 *
 * - an upload or source list still `received`/`processing` without a live run: enqueued
 *   again; if its last run failed (e.g. the worker died during the last try), it is marked
 *   failed with a Dutch reason and its file is deleted, so nothing stays `processing`;
 * - signals still `pending` or `waiting` for the BRP in a period without a live enrichment
 *   run: a sweep of that period is enqueued, so waiting signals are enriched again without
 *   anyone pressing a button;
 * - households without a readable address (made before households carried one) get the
 *   address of their latest signal.
 */
import type { Knex } from 'knex';
import { markUploadFailed } from './handlers/process-upload.ts';
import { backfillHouseholdAddresses } from './lib/backfill-household-addresses.ts';
import { SWEEP_STATUSES } from './lib/run-enrichment.ts';
import type { JobContext } from './job-types.ts';

export interface ReconcileReport {
  uploadsEnqueued: number;
  uploadsFailed: number;
  sourceListsEnqueued: number;
  enrichmentSweeps: number;
  householdAddresses: number;
}

const LIVE = ['queued', 'running'];

export async function reconcileWork(context: Pick<JobContext, 'knex' | 'directus' | 'log' | 'enqueue' | 'now'> & { brpConfigured: boolean }): Promise<ReconcileReport> {
  const { knex } = context;
  const report: ReconcileReport = { uploadsEnqueued: 0, uploadsFailed: 0, sourceListsEnqueued: 0, enrichmentSweeps: 0, householdAddresses: 0 };

  const uploads = (await knex('uploads').select('id', 'period').whereIn('status', ['received', 'processing'])) as Array<{ id: string; period: string }>;
  for (const upload of uploads) {
    const key = `process-upload:${upload.id}`;
    const last = await lastRun(knex, key);
    if (last && LIVE.includes(last.status)) continue;
    if (last?.status === 'failed') {
      await markUploadFailed(context, upload.id, context.now());
      report.uploadsFailed++;
      continue;
    }
    const { existing } = await context.enqueue('process-upload', { upload: upload.id }, { uniqueKey: key, upload: upload.id, period: upload.period });
    if (!existing) report.uploadsEnqueued++;
  }

  const lists = (await knex('source_lists').select('id').whereIn('status', ['received', 'processing'])) as Array<{ id: string }>;
  for (const list of lists) {
    const key = `process-source-list:${list.id}`;
    const last = await lastRun(knex, key);
    if (last && (LIVE.includes(last.status) || last.status === 'failed')) continue;
    const { existing } = await context.enqueue('process-source-list', { sourceList: list.id }, { uniqueKey: key });
    if (!existing) report.sourceListsEnqueued++;
  }

  if (context.brpConfigured) {
    const periods = ((await knex('signals').distinct('period').whereIn('match_status', SWEEP_STATUSES)) as Array<{ period: string }>).map((row) => row.period);
    for (const period of periods) {
      const live = await knex('job_runs').select('id').where({ kind: 'enrich-signals', period }).whereIn('status', LIVE).first();
      if (live) continue;
      const { existing } = await context.enqueue('enrich-signals', { period }, { uniqueKey: `enrich-signals:sweep:${period}`, period });
      if (!existing) report.enrichmentSweeps++;
    }
  }
  report.householdAddresses = await backfillHouseholdAddresses(knex);
  const total = report.uploadsEnqueued + report.uploadsFailed + report.sourceListsEnqueued + report.enrichmentSweeps + report.householdAddresses;
  if (total) context.log.info(`Reconciled: ${JSON.stringify(report)}`);
  return report;
}

async function lastRun(knex: Knex, uniqueKey: string) {
  return (await knex('job_runs').select('status').where({ unique_key: uniqueKey }).orderBy('date_created', 'desc').first()) as { status: string } | undefined;
}
