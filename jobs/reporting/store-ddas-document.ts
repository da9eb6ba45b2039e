/**
 * Stores a validated DDAS delivery as a Directus file and records it in `documents`
 * (kind `ddas_export`), one document per window: a second delivery for the same window
 * replaces the file and keeps the document. The file has no `partner`, so no partner's users
 * can download it; staff read documents. The summary holds counts only.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { dutchDate } from '../../core/routing/dutch-date.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobLog, WorkerDirectusApi } from '../job-types.ts';

export interface DdasDocumentInput {
  window: { from: string; to: string };
  json: string;
  counts: { signals: number; cases: number; contactAttempts: number };
  now: Date;
}

export function ddasFileName(window: { from: string; to: string }): string {
  return `ddas-levering-${window.from}-${window.to}.json`;
}

/** Dutch, as staff read it in Documenten and on the reporting page; its words up to the colon name the window. */
export function ddasSummary(window: { from: string; to: string }, counts: DdasDocumentInput['counts']): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `DDAS-levering ${dutchDate(window.from)} t/m ${dutchDate(window.to)}: ${count(counts.signals, 'signaal', 'signalen')}, ${count(counts.cases, 'vroegsignaalzaak', 'vroegsignaalzaken')}, ${count(counts.contactAttempts, 'contactpoging', 'contactpogingen')}.`;
}

export async function storeDdasDocument(context: { knex: Knex; directus: Pick<WorkerDirectusApi, 'uploadFile' | 'deleteFile'>; log: JobLog }, input: DdasDocumentInput): Promise<{ document: string; outcome: 'created' | 'replaced' }> {
  const { knex, directus } = context;
  const fileName = ddasFileName(input.window);
  // `period` holds a month; a window is found back by its file name in the summary's first words.
  const period = input.window.from.slice(0, 7) === input.window.to.slice(0, 7) ? input.window.from.slice(0, 7) : null;
  const summary = ddasSummary(input.window, input.counts);
  const prefix = summary.slice(0, summary.indexOf(':') + 1);
  const existing = (await knex('documents').select('id', 'file').where({ kind: 'ddas_export' }).andWhere('summary', 'like', `${prefix}%`).orderBy('date_created', 'asc').first()) as { id: string; file: string | null } | undefined;
  const file = await directus.uploadFile(new TextEncoder().encode(input.json), { filename: fileName, title: `DDAS-levering ${dutchDate(input.window.from)} t/m ${dutchDate(input.window.to)}`, type: 'application/json', partner: null });
  const dates = dbDates(knex);
  let document: string;
  try {
    if (existing) {
      await knex('documents').update({ file, rows: input.counts.signals, summary }).where({ id: existing.id });
      document = existing.id;
    } else {
      document = randomUUID();
      await knex('documents').insert({ id: document, kind: 'ddas_export', status: 'ready', period, file, rows: input.counts.signals, summary, date_created: dates.timestamp(input.now) });
    }
  } catch (error) {
    // Not recorded: the new file would be an orphan nobody finds.
    await directus.deleteFile(file);
    throw error;
  }
  if (existing?.file) await directus.deleteFile(existing.file);
  context.log.info(`ddas_export ${input.window.from}..${input.window.to}: document ${document} ${existing ? 'replaced' : 'created'}, ${input.counts.signals} signals, ${input.counts.cases} cases`);
  return { document, outcome: existing ? 'replaced' : 'created' };
}
