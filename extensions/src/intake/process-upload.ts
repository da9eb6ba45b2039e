/**
 * The intake of one upload, for the app and the `npm run import` command alike:
 * gather (upload, partner mapping, file) → the pure intake core → write signals in one
 * transaction → report in Dutch on the upload → delete the original file (minimisation:
 * the stored file may hold columns the covenant does not allow).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { readStoredFile } from '../lib/download-file.ts';
import { DEFAULT_LIMITS } from '../../../adapters/spreadsheet/read-spreadsheet.ts';
import type { HookContext } from '../lib/hook-types.ts';
import { intakeFile } from '../../../adapters/intake/read-intake-file.ts';
import { planSignalWrites } from '../../../core/signals/plan-signal-writes.ts';
import { describeIntake, uploadReport, type UploadReport } from '../../../core/uploads/upload-report.ts';
import { gatherSignalState } from './gather-signal-state.ts';
import { writeSignalPlan } from './write-signal-plan.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

type PartnerMapping = Array<{ header?: string; target?: string }> | null;

export const ERROR_REPORT_PATH = (id: string) => `/vroegsignalering/uploads/${id}/foutenrapport.xlsx`;

export interface ProcessedUpload {
  report: UploadReport;
  /** Signals written or changed by this upload: the ones to enrich next. */
  signalIds: string[];
}

export async function processUpload(uploadId: string, context: Pick<HookContext, 'services' | 'getSchema' | 'database' | 'logger' | 'env'>, now: Date): Promise<ProcessedUpload> {
  const { services, getSchema, logger } = context;
  const publicUrl = String(context.env.PUBLIC_URL ?? '').replace(/\/+$/, '');
  const knex = context.database as unknown as Knex;
  const schema = await getSchema();
  const uploads = new services.ItemsService('uploads', { schema, knex });
  const upload = (await uploads.readOne(uploadId, { fields: ['id', 'partner', 'period', 'file', 'user_created', 'status'] })) as {
    id: string; partner: number; period: string; file: string | null; user_created: string | null; status: string;
  };
  const finish = async (report: UploadReport, signalIds: string[] = []): Promise<ProcessedUpload> => {
    await uploads.updateOne(uploadId, { ...report.fields, processed_at: now.toISOString() }, { emitEvents: false });
    logger.info(`Upload ${uploadId}: ${report.log}`);
    return { report, signalIds };
  };

  if (!upload.file) return finish(describeIntake.noFile());
  await uploads.updateOne(uploadId, { status: 'processing' }, { emitEvents: false });

  try {
    const { bytes, fileName } = await readStoredFile(services, schema, knex, upload.file, DEFAULT_LIMITS.maxBytes);
    const contentHash = createHash('sha256').update(bytes).digest('hex');

    const earlierSame = (await knex('uploads')
      .select('id', 'date_created')
      .where({ partner: upload.partner, content_hash: contentHash, status: 'processed' })
      .andWhereNot({ id: uploadId })
      .first()) as { id: string } | undefined;
    if (earlierSame) {
      await deleteOriginal(services, schema, knex, upload.file);
      return finish(describeIntake.sameFile({ fileName, contentHash, earlierUpload: earlierSame.id }));
    }

    const partner = (await knex('signal_partners').select('header_mapping').where({ id: upload.partner }).first()) as { header_mapping: string | PartnerMapping } | undefined;
    const mapping = toPartnerMapping(partner?.header_mapping ?? null);
    const today = now.toISOString().slice(0, 10);
    const result = await intakeFile(bytes, { partnerMapping: mapping, today });
    await deleteOriginal(services, schema, knex, upload.file);

    if (result.status === 'refused') return finish(uploadReport(result, { fileName, contentHash, errorReportUrl: `${publicUrl}${ERROR_REPORT_PATH(uploadId)}`, outcome: null }));

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
    await knex.transaction(async (trx) => {
      await writeSignalPlan(trx, plan, { now, user: upload.user_created });
      if (replaced.length) await trx('uploads').update({ status: 'superseded' }).whereIn('id', replaced.map((u) => u.id));
    });
    const report = uploadReport(result, {
      fileName,
      contentHash,
      errorReportUrl: `${publicUrl}${ERROR_REPORT_PATH(uploadId)}`,
      outcome: { inserted: plan.inserts.length, updated: plan.updates.length, removed: plan.deletes.length, keptInProgress: plan.keptInProgress, repeats: plan.repeats, replaces: replaced[0]?.id ?? null },
    });
    return finish(report, [...plan.inserts.map((row) => row.id), ...plan.updates.map((update) => update.id)]);
  } catch (error) {
    logger.error(`Upload ${uploadId} could not be processed: ${describeError(error)}`);
    return finish(describeIntake.failed());
  }
}

async function deleteOriginal(services: HookContext['services'], schema: Awaited<ReturnType<HookContext['getSchema']>>, knex: Knex, fileId: string) {
  const files = new services.FilesService({ schema, knex });
  await files.deleteOne(fileId);
}

function toPartnerMapping(raw: string | PartnerMapping): Record<string, string> | undefined {
  const list = (typeof raw === 'string' ? (JSON.parse(raw) as PartnerMapping) : raw) ?? [];
  const entries = list.filter((entry) => entry.header && entry.target).map((entry) => [entry.header!, entry.target!] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
