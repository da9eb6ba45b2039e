/**
 * Step `retention` (daily, art. 12.5): reads the terms and the rows' dates, asks the core what
 * has expired (core/privacy/plan-retention.ts), carries out the deletion and shielding requests
 * staff approved (jobs/privacy/run-privacy-requests.ts), erases everything in one go — rows,
 * revisions, activity, files (jobs/privacy/erase-items.ts) — and stores a deletion report as a
 * `documents` row of kind `deletion_report` (counts only). It looks at every period; the
 * step's period only names the run. A dry run plans and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { deletionReportSummary, retentionMessage, totalRows, type DeletionReportInput } from '../../core/privacy/deletion-report.ts';
import { countItems, mergeErasureSets } from '../../core/privacy/erasure-set.ts';
import { planRetention } from '../../core/privacy/plan-retention.ts';
import { retentionTerms } from '../../core/privacy/retention-terms.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome, WorkerDirectusApi } from '../job-types.ts';
import { clearSavedSearches } from '../privacy/clear-saved-searches.ts';
import { eraseItems } from '../privacy/erase-items.ts';
import { readPrivacyGraph } from '../privacy/read-privacy-graph.ts';
import { completePrivacyRequests, planPrivacyRequests } from '../privacy/run-privacy-requests.ts';
import { runFiguresStep } from './figures-step.ts';

export async function runRetentionStep(context: { knex: Knex; directus: Pick<WorkerDirectusApi, 'deleteFile'> }, input: { period: string; today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const { knex } = context;
  const { today, dryRun, now } = input;
  const terms = retentionTerms((await knex('app_settings').first()) as Record<string, unknown> | undefined);
  const graph = await readPrivacyGraph(knex);
  const plan = planRetention({ today, terms, graph });
  const requests = await planPrivacyRequests(knex, graph);
  const accessLogIds = await expiredAccessLog(knex, plan.accessLogBefore);

  const erase = mergeErasureSets([plan.erase, requests.erase, { items: accessLogIds.length ? { access_log: accessLogIds } : {}, files: [] }]);
  const categories = { ...plan.counts, access_log: accessLogIds.length };
  const report: DeletionReportInput = {
    today,
    terms,
    categories,
    rows: countItems(erase),
    files: erase.files.length,
    revisions: 0,
    activity: 0,
    deletionRequests: requests.deletions.length,
    shieldingRequests: requests.shieldings.length,
  };
  const waiting = requests.waiting.length ? ` ${requests.waiting.length === 1 ? 'Eén verzoek' : `${requests.waiting.length} verzoeken`} van betrokkenen ${requests.waiting.length === 1 ? 'wacht' : 'wachten'}: ${[...new Set(requests.waiting.map((row) => row.why))].join('; ')}.` : '';
  const counts = (extra: Record<string, number>) => ({ ...categories, ...Object.fromEntries(Object.entries(report.rows).map(([collection, n]) => [`rows_${collection}`, n])), files: report.files, ...extra, requests_waiting: requests.waiting.length });

  if (dryRun) return { message: retentionMessage({ ...report, dryRun, errorReports: plan.clearErrorReports.length }) + waiting, counts: counts({}) };

  // issue 13: the figures of every month are stored before any of its records go.
  await runFiguresStep(knex, { today, dryRun: false, now });

  // The surnames of who is erased, in memory only: saved searches naming them are emptied after.
  const names = await surnamesOf(knex, erase.items);
  let tasks = 0;
  const erasureIds = new Set([...Object.values(requests.erase.items).flat(), ...requests.erase.files]);
  const erased = await eraseItems({ knex, directus: context.directus, now }, {
    ...erase,
    reason: (_collection, id) => (erasureIds.has(id) ? 'erasure' : 'retention'),
    unlogged: ['access_log'],
    clear: plan.clearErrorReports.length ? [{ collection: 'uploads', ids: plan.clearErrorReports, fields: ['error_report'] }] : [],
    within: async (trx) => {
      if (requests.deletions.length || requests.shieldings.length) tasks = (await completePrivacyRequests(trx, requests, now, today)).tasks;
    },
  });
  const searches = await clearSavedSearches(knex, names);

  const done: DeletionReportInput = { ...report, rows: erased.rows, files: erased.files, revisions: erased.revisions, activity: erased.activity };
  let document: string | null = null;
  if (totalRows(erased.rows) || erased.files || erased.cleared || requests.deletions.length || requests.shieldings.length) {
    document = randomUUID();
    await knex('documents').insert({ id: document, kind: 'deletion_report', status: 'ready', period: today.slice(0, 7), rows: totalRows(erased.rows), summary: deletionReportSummary(done), date_created: dbDates(knex).timestamp(now) });
  }
  const taskText = tasks ? ` ${tasks === 1 ? 'Eén taak' : `${tasks} taken`} om partners te informeren.` : '';
  return {
    message: retentionMessage({ ...done, dryRun, errorReports: erased.cleared }) + taskText + waiting,
    counts: counts({ revisions: erased.revisions, activity: erased.activity, error_reports_cleared: erased.cleared, saved_searches_cleared: searches, tasks_created: tasks, report: document ? 1 : 0 }),
  };
}

/** Ids of access log entries older than the cut-off (the table arrives with the access log). */
async function expiredAccessLog(knex: Knex, before: string): Promise<string[]> {
  if (!(await knex.schema.hasTable('access_log'))) return [];
  const rows = (await knex('access_log').select('id').where('timestamp', '<', dbDates(knex).timestamp(new Date(`${before}T00:00:00Z`)))) as Array<{ id: unknown }>;
  return rows.map((row) => String(row.id));
}

async function surnamesOf(knex: Knex, items: Record<string, string[]>): Promise<string[]> {
  const names: string[] = [];
  for (const collection of ['signals', 'referrals']) {
    const ids = items[collection] ?? [];
    for (let i = 0; i < ids.length; i += 500) names.push(...((await knex(collection).select('surname').whereIn('id', ids.slice(i, i + 500))) as Array<{ surname: string | null }>).map((row) => row.surname ?? ''));
  }
  return names;
}
