/**
 * Job `process-upload`: the intake of one upload, for the app and `npm run import` alike.
 * Gather (upload, partner mapping, the file's bytes in memory) → the pure intake core →
 * signals, superseded uploads and the Dutch report in ONE transaction → delete the original
 * (minimisation) only after that committed → enqueue enrichment.
 *
 * Idempotent: the upload's status is written in the same transaction as its signals, so a
 * run that died before the commit starts over (nothing was written), and a run that died
 * after it only finishes the clean-up. Serialised per partner and period: an upload is
 * processed only while no other upload of the same partner and period is `processing`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { intakeFile } from '../../adapters/intake/read-intake-file.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { planSignalWrites } from '../../core/signals/plan-signal-writes.ts';
import { describeIntake, uploadReport, type UploadReport } from '../../core/uploads/upload-report.ts';
import { PermanentJobError, SnoozeJob, TransientJobError, type JobContext, type JobHandler, type JobOutcome } from '../job-types.ts';
import { claimUpload, releaseUpload } from '../lib/claim-upload.ts';
import { enqueueEnrichment } from '../lib/enqueue-enrichment.ts';
import { gatherSignalState } from '../lib/gather-signal-state.ts';
import { writeSignalPlan } from '../lib/write-signal-plan.ts';
import { describeError } from '../../core/logging/describe-error.ts';

export const ERROR_REPORT_PATH = (id: string) => `/vroegsignalering/uploads/${id}/foutenrapport.xlsx`;

/** Statuses after which an upload is never processed again (only its file is cleaned up). */
export const FINISHED_UPLOAD_STATUSES = ['processed', 'refused', 'superseded'];

/** How long an upload waits while another one of the same partner and period is processed. */
export const SERIALISE_SNOOZE_MS = 1_000;

export interface ProcessUploadArgs {
  upload: string;
}

interface UploadRow {
  id: string;
  partner: number;
  period: string;
  file: string | null;
  user_created: string | null;
  status: string;
}

type PartnerMapping = Array<{ header?: string; target?: string }> | null;

export function processUploadHandler(options: { publicUrl: string }): JobHandler<ProcessUploadArgs> {
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  return async ({ upload: uploadId }, context) => {
    const { knex, log } = context;
    const now = context.now();
    const upload = (await knex('uploads').select('id', 'partner', 'period', 'file', 'user_created', 'status').where({ id: uploadId }).first()) as UploadRow | undefined;
    if (!upload) return { message: 'Deze upload bestaat niet meer; er is niets verwerkt.' };
    // Staff find the run from the upload (the hook could not link it: same transaction, no row yet).
    await knex('job_runs').update({ upload: uploadId }).where({ id: context.jobRunId }).whereNull('upload');

    if (FINISHED_UPLOAD_STATUSES.includes(upload.status)) {
      // A repeat, or a run that died after its commit: only the clean-up may be left.
      if (upload.file) await context.directus.deleteFile(upload.file);
      if (upload.status === 'processed') await enqueueEnrichment(context, await unenrichedSignalsOf(knex, uploadId), { upload: uploadId, period: upload.period });
      return { message: `De upload was al afgehandeld (${upload.status}); er is niets opnieuw gedaan.` };
    }
    if (!upload.file) {
      if (upload.status === 'failed') throw new PermanentJobError('Het bestand van deze upload is al verwijderd. Upload het bestand opnieuw.', `upload ${uploadId} failed earlier and its file is gone`);
      await writeReport(knex, uploadId, describeIntake.noFile(), now);
      return { message: 'Geweigerd: er is geen bestand toegevoegd.' };
    }

    if (!(await claimUpload(knex, upload))) {
      throw new SnoozeJob(SERIALISE_SNOOZE_MS, `another upload of partner ${upload.partner} for ${upload.period} is being processed`);
    }

    try {
      return await processClaimed(upload, upload.file, context, publicUrl, now);
    } catch (error) {
      if (error instanceof SnoozeJob || error instanceof PermanentJobError) throw error;
      log.error(`Upload ${uploadId}: attempt ${context.attempt}/${context.maxAttempts} failed: ${describeError(error)}`);
      if (context.attempt < context.maxAttempts) {
        // Let another upload of this partner and period go first while this one waits for its next try.
        await releaseUpload(knex, uploadId);
        throw new TransientJobError('De verwerking van de upload wordt zo opnieuw geprobeerd.', `upload ${uploadId}: ${describeError(error)}`, { cause: error });
      }
      await failUpload(context, upload, now);
      throw new PermanentJobError('De verwerking van de upload is mislukt; het bestand is verwijderd. Upload het bestand opnieuw.', `upload ${uploadId}: ${describeError(error)}`, { cause: error });
    }
  };
}

async function processClaimed(upload: UploadRow, fileId: string, context: JobContext, publicUrl: string, now: Date): Promise<JobOutcome> {
  const { knex } = context;
  const uploadId = upload.id;
  const { bytes, fileName } = await context.directus.downloadFile(fileId);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const errorReportUrl = `${publicUrl}${ERROR_REPORT_PATH(uploadId)}`;

  const earlierSame = (await knex('uploads').select('id').where({ partner: upload.partner, content_hash: contentHash, status: 'processed' }).andWhereNot({ id: uploadId }).first()) as { id: string } | undefined;
  if (earlierSame) return refuse(context, upload, fileId, describeIntake.sameFile({ fileName, contentHash, earlierUpload: earlierSame.id }), now);

  const partner = (await knex('signal_partners').select('header_mapping').where({ id: upload.partner }).first()) as { header_mapping: string | PartnerMapping } | undefined;
  const today = now.toISOString().slice(0, 10);
  const result = await intakeFile(bytes, { partnerMapping: toPartnerMapping(partner?.header_mapping ?? null), today });
  if (result.status === 'refused') return refuse(context, upload, fileId, uploadReport(result, { fileName, contentHash, errorReportUrl, outcome: null }), now);

  const state = await gatherSignalState(knex, {
    partner: upload.partner,
    period: upload.period,
    tenantKeys: result.signals.map((s) => s.tenant_key),
    householdKeys: result.signals.map((s) => s.household_key),
  });
  const plan = planSignalWrites(
    result.signals.map(({ row: _row, ...signal }) => signal),
    { partner: upload.partner, period: upload.period, upload: uploadId, uploadDate: today, ...state, newId: randomUUID },
  );
  const replaced = (await knex('uploads').select('id').where({ partner: upload.partner, period: upload.period, status: 'processed' }).andWhereNot({ id: uploadId })) as Array<{ id: string }>;
  const report = uploadReport(result, {
    fileName,
    contentHash,
    errorReportUrl,
    outcome: { inserted: plan.inserts.length, updated: plan.updates.length, removed: plan.deletes.length, keptInProgress: plan.keptInProgress, repeats: plan.repeats, replaces: replaced[0]?.id ?? null },
  });
  if (context.abortSignal.aborted) throw new TransientJobError('De verwerking werd onderbroken en wordt opnieuw geprobeerd.', `upload ${uploadId}: lease ended before the write`);
  const written = await knex.transaction(async (trx) => {
    // Still ours? Locks the upload's row, so a second run of the same upload (a lease that
    // ran out while this one was still going) cannot write the same rows again.
    const stillProcessing = await trx('uploads').update({ status: 'processing' }).where({ id: uploadId, status: 'processing' });
    if (Number(stillProcessing) !== 1) return false;
    await writeSignalPlan(trx, plan, { now, user: upload.user_created });
    if (replaced.length) await trx('uploads').update({ status: 'superseded' }).whereIn('id', replaced.map((u) => u.id));
    await writeReport(trx, uploadId, report, now);
    return true;
  });
  if (!written) return { message: 'De upload is intussen door een andere poging afgehandeld; er is niets dubbel geschreven.' };
  context.log.info(`Upload ${uploadId}: ${report.log}`);
  await context.directus.deleteFile(fileId);
  const signalIds = [...plan.inserts.map((row) => row.id), ...plan.updates.map((update) => update.id)];
  await enqueueEnrichment(context, signalIds, { upload: uploadId, period: upload.period });
  return {
    message: `Verwerkt: ${report.fields.accepted} signalen geaccepteerd, ${report.fields.rejected} rijen afgewezen.`,
    counts: { rows_read: report.fields.rows_read, accepted: report.fields.accepted, rejected: report.fields.rejected, inserted: plan.inserts.length, updated: plan.updates.length, removed: plan.deletes.length },
  };
}

async function refuse(context: JobContext, upload: UploadRow, fileId: string, report: UploadReport, now: Date): Promise<JobOutcome> {
  await writeReport(context.knex, upload.id, report, now);
  context.log.info(`Upload ${upload.id}: ${report.log}`);
  await context.directus.deleteFile(fileId);
  // A refused file is the partner's to fix, not a failed run: the upload itself says why.
  return { message: 'Geweigerd: zie de samenvatting op de upload.', counts: { rows_read: report.fields.rows_read, rejected: report.fields.rejected } };
}

/** After the last try: a visible, Dutch failure on the upload and the original deleted (minimisation). */
async function failUpload(context: JobContext, upload: UploadRow, now: Date) {
  let fileKept = false;
  if (upload.file) {
    try {
      await context.directus.deleteFile(upload.file);
    } catch (error) {
      fileKept = true;
      context.log.error(`Upload ${upload.id}: deleting the original after the last try failed: ${(error as Error).name}`);
    }
  }
  const report = describeIntake.failed({ fileKept });
  await writeReport(context.knex, upload.id, report, now);
  context.log.warn(`Upload ${upload.id}: ${report.log}`);
}

export async function markUploadFailed(context: Pick<JobContext, 'knex' | 'directus' | 'log'>, uploadId: string, now: Date) {
  const upload = (await context.knex('uploads').select('id', 'partner', 'period', 'file', 'user_created', 'status').where({ id: uploadId }).first()) as UploadRow | undefined;
  if (!upload || FINISHED_UPLOAD_STATUSES.includes(upload.status) || upload.status === 'failed') return;
  await failUpload(context as JobContext, upload, now);
}

async function writeReport(knex: Knex, uploadId: string, report: UploadReport, now: Date) {
  const { fields } = report;
  await knex('uploads')
    .update({
      ...fields,
      dropped_columns: JSON.stringify(fields.dropped_columns),
      error_report: JSON.stringify(fields.error_report),
      processed_at: dbDates(knex).timestamp(now),
    })
    .where({ id: uploadId });
}

async function unenrichedSignalsOf(knex: Knex, uploadId: string): Promise<string[]> {
  return ((await knex('signals').select('id').where({ upload: uploadId }).whereIn('match_status', ['pending', 'waiting', 'failed'])) as Array<{ id: string }>).map((row) => row.id);
}

function toPartnerMapping(raw: string | PartnerMapping): Record<string, string> | undefined {
  const list = (typeof raw === 'string' ? (JSON.parse(raw) as PartnerMapping) : raw) ?? [];
  const entries = list.filter((entry) => entry.header && entry.target).map((entry) => [entry.header!, entry.target!] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
