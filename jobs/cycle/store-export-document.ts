/**
 * Stores one monthly export (the feedback to a corporation, the overview for AMW) as a Directus
 * file with `partner` set, records it in `documents` and tells the partner's active users.
 *
 * Idempotent by content: there is one document per kind, partner and period. A repeat run
 * writes the sheet again and compares it, read back cell by cell, with the stored file; when
 * nothing changed it does nothing (no new file, no notification). When something changed (a
 * signal settled later, a referral withdrawn) the document keeps its id and gets the new file,
 * the old file is deleted and the users hear of the update: a partner never sees two versions
 * of the same month. Comparing what the file holds, rather than a stored hash, needs no extra
 * field and also catches a file someone replaced or deleted by hand.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import { readExportSheet } from '../../adapters/xlsx/read-export-sheet.ts';
import { writeSheet } from '../../adapters/xlsx/write-sheet.ts';
import type { ExportColumn, ExportRow } from '../../core/documents/export-column.ts';
import { exportFileName, exportReadyNotice, exportTitle, type ExportKind } from '../../core/documents/export-notice.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobLog, WorkerDirectusApi } from '../job-types.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportDocumentContext {
  knex: Knex;
  directus: WorkerDirectusApi;
  now: Date;
  log: JobLog;
}

export interface ExportDocumentInput<Key extends string> {
  kind: ExportKind;
  partner: { id: number; name: string };
  period: string;
  columns: ReadonlyArray<ExportColumn<Key>>;
  rows: ReadonlyArray<ExportRow<Key>>;
  /** Dutch, counts only. */
  summary: string;
}

export interface ExportDocumentResult {
  outcome: 'created' | 'replaced' | 'unchanged';
  document: string;
  notified: number;
  /** The file is stored but the users could not be told (the step's message says so). */
  notifyFailed: boolean;
}

export async function storeExportDocument<Key extends string>(context: ExportDocumentContext, input: ExportDocumentInput<Key>): Promise<ExportDocumentResult> {
  const { knex, directus, now } = context;
  const { kind, partner, period } = input;
  const title = exportTitle(kind, period);
  const bytes = await writeSheet({ sheetName: title, columns: input.columns, rows: input.rows, createdAt: now });
  const existing = (await knex('documents').select('id', 'file').where({ kind, partner: partner.id, period }).orderBy('date_created', 'asc').first()) as { id: string; file: string | null } | undefined;

  if (existing?.file && (await sameContents(directus, existing.file, bytes, input.columns))) {
    return { outcome: 'unchanged', document: existing.id, notified: 0, notifyFailed: false };
  }

  const file = await directus.uploadFile(bytes, { filename: exportFileName(kind, period, partner.name), title: `${title} — ${partner.name}`, type: XLSX_TYPE, partner: partner.id });
  const dates = dbDates(knex);
  const fields = { file, rows: input.rows.length, summary: input.summary };
  let document: string;
  try {
    if (existing) {
      await knex('documents').update(fields).where({ id: existing.id });
      document = existing.id;
    } else {
      document = randomUUID();
      await knex('documents').insert({ id: document, kind, status: 'ready', partner: partner.id, period, ...fields, date_created: dates.timestamp(now) });
    }
  } catch (error) {
    // The document was not written: the new file would be an orphan nobody can find.
    await directus.deleteFile(file);
    throw error;
  }
  if (existing?.file) await directus.deleteFile(existing.file);

  // The file is there and on the start page even when the bell fails: a failed notification
  // does not undo the document (a retry would find it unchanged and tell nobody either).
  let notified = 0;
  let notifyFailed = false;
  try {
    notified = await notifyPartnerUsers(context, { partner: partner.id, kind, period, document, replaced: Boolean(existing) });
  } catch (error) {
    notifyFailed = true;
    context.log.warn(`${kind} ${period} partner ${partner.id}: notifications failed (${(error as Error).name})`);
  }
  context.log.info(`${kind} ${period} partner ${partner.id}: document ${document} ${existing ? 'replaced' : 'created'}, ${input.rows.length} rows, ${notified} users notified`);
  return { outcome: existing ? 'replaced' : 'created', document, notified, notifyFailed };
}

/** True when the stored file holds the same sheet (headers and every cell) as `bytes`. */
async function sameContents<Key extends string>(directus: WorkerDirectusApi, fileId: string, bytes: Buffer, columns: ReadonlyArray<ExportColumn<Key>>): Promise<boolean> {
  let stored: Uint8Array;
  try {
    stored = (await directus.downloadFile(fileId)).bytes;
  } catch {
    // Gone or unreadable: write it again.
    return false;
  }
  try {
    const [before, after] = await Promise.all([readExportSheet(Buffer.from(stored), columns), readExportSheet(bytes, columns)]);
    return before.sheetName === after.sheetName && isDeepStrictEqual(before.headers, after.headers) && isDeepStrictEqual(before.rows, after.rows);
  } catch {
    return false;
  }
}

/** A notification for each active user of the partner; the text names the period only. */
async function notifyPartnerUsers(context: ExportDocumentContext, input: { partner: number; kind: ExportKind; period: string; document: string; replaced: boolean }): Promise<number> {
  const users = (await context.knex('directus_users').select('id').where({ partner: input.partner, status: 'active' })) as Array<{ id: string }>;
  const notice = exportReadyNotice(input.kind, input.period, input.replaced);
  await context.directus.notify(users.map((user) => ({ recipient: user.id, subject: notice.subject, message: notice.message, collection: 'documents', item: input.document })));
  return users.length;
}
