/**
 * Job `process-source-list`: a source list uploaded by staff (benefits, debt services,
 * water, energy, health insurance). Gather (the file's bytes in memory, the matching
 * signals, the facts they carry) → the pure plan → facts, summaries and the list's status in
 * ONE transaction → delete the file (minimisation) after that committed. A repeat after a
 * crash finds the list processed and only finishes the clean-up.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { readSpreadsheet } from '../../adapters/spreadsheet/read-spreadsheet.ts';
import { SpreadsheetRefusal } from '../../adapters/spreadsheet/spreadsheet-refusal.ts';
import type { CellValue } from '../../core/intake/cell-value.ts';
import { readSourceRows, type SourceRows } from '../../core/sources/read-source-rows.ts';
import { planSourceListWrites } from '../../core/sources/plan-source-list-writes.ts';
import type { SourceKind, StoredFact } from '../../core/sources/source-kinds.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { PermanentJobError, TransientJobError, type JobContext, type JobHandler } from '../job-types.ts';
import { describeError } from '../../core/logging/describe-error.ts';

export interface ProcessSourceListArgs {
  sourceList: string;
}

interface ListRow {
  id: string;
  kind: SourceKind;
  reference_date: string | number | Date;
  file: string | null;
  status: string;
}

const FINISHED = ['processed', 'refused'];

export const processSourceListHandler: JobHandler<ProcessSourceListArgs> = async ({ sourceList: id }, context) => {
  const { knex } = context;
  const list = (await knex('source_lists').select('id', 'kind', 'reference_date', 'file', 'status').where({ id }).first()) as ListRow | undefined;
  if (!list) return { message: 'Deze bronlijst bestaat niet meer; er is niets verwerkt.' };
  if (FINISHED.includes(list.status)) {
    if (list.file) await context.directus.deleteFile(list.file);
    return { message: `De bronlijst was al afgehandeld (${list.status}); er is niets opnieuw gedaan.` };
  }
  if (!list.file) {
    if (list.status === 'failed') throw new PermanentJobError('Het bestand van deze bronlijst is al verwijderd. Upload de lijst opnieuw.', `source list ${id} failed earlier and its file is gone`);
    await refuse(knex, id, 'er is geen bestand toegevoegd.');
    return { message: 'Geweigerd: er is geen bestand toegevoegd.' };
  }
  await knex('source_lists').update({ status: 'processing' }).where({ id });
  try {
    return await processList({ ...list, file: list.file, reference_date: isoDate(list.reference_date) }, context);
  } catch (error) {
    context.log.error(`Source list ${id}: attempt ${context.attempt}/${context.maxAttempts} failed: ${describeError(error)}`);
    if (context.attempt < context.maxAttempts) throw new TransientJobError('De verwerking van de bronlijst wordt zo opnieuw geprobeerd.', `source list ${id}: ${describeError(error)}`, { cause: error });
    await context.directus.deleteFile(list.file).catch(() => undefined);
    await knex('source_lists').update({ status: 'failed', summary: 'Mislukt: er ging iets mis bij het verwerken van de lijst, ook na enkele nieuwe pogingen. Er is niets opgeslagen en het bestand is verwijderd. Upload de lijst opnieuw.' }).where({ id });
    throw new PermanentJobError('De verwerking van de bronlijst is mislukt; upload de lijst opnieuw.', `source list ${id}: ${describeError(error)}`, { cause: error });
  }
};

async function processList(list: ListRow & { file: string; reference_date: string }, context: JobContext) {
  const { knex } = context;
  const now = context.now();
  const { bytes, fileName } = await context.directus.downloadFile(list.file);
  const read = await readRows(bytes, now.toISOString().slice(0, 10));
  const dates = dbDates(knex);
  const newer = (await knex('source_lists').select('id').where({ kind: list.kind, status: 'processed' }).andWhere('reference_date', '>', dates.date(list.reference_date)).first()) as { id: string } | undefined;
  const matches = await gatherMatches(knex, read);
  const previousSignals = ((await knex('signal_facts').distinct('signal').where({ source_kind: list.kind })) as Array<{ signal: string }>).map((row) => row.signal);
  const touched = [...new Set([...previousSignals, ...[...matches.signalsByBsn.values(), ...matches.signalsByTenantKey.values()].flat()])];
  const final = planSourceListWrites(read, {
    list: { id: list.id, kind: list.kind, reference_date: list.reference_date },
    newerListExists: Boolean(newer),
    ...matches,
    previousSignals,
    otherFacts: await gatherOtherFacts(knex, touched, list.kind),
    listsPresent: new Set(((await knex('source_lists').distinct('kind').where({ status: 'processed' })) as Array<{ kind: SourceKind }>).map((row) => row.kind)),
  });
  if (final.status === 'refused') {
    await refuse(knex, list.id, final.message);
    context.log.info(`Source list ${list.id}: refused (${final.log})`);
    await context.directus.deleteFile(list.file);
    return { message: `Geweigerd: ${final.message}` };
  }
  await knex.transaction(async (trx) => {
    await trx('signal_facts').delete().where({ source_kind: list.kind });
    const facts = final.facts.map((fact) => ({ id: randomUUID(), ...fact, source_list: list.id, source_kind: list.kind, source_date: dates.date(list.reference_date), date_created: dates.timestamp(now) }));
    for (const batch of chunks(facts)) await trx('signal_facts').insert(batch);
    if (final.resetAll) await trx('signals').update(final.resetAll);
    for (const { signal, fields } of final.summaries) await trx('signals').update({ ...fields, debt_areas: JSON.stringify(fields.debt_areas) }).where({ id: signal });
    await trx('source_lists')
      .update({ status: 'processed', file_name: fileName, ...final.counts, error_report: JSON.stringify(read.rejected), summary: final.summary })
      .where({ id: list.id });
  });
  context.log.info(`Source list ${list.id}: processed: ${final.counts.rows_read} rows, ${final.counts.matched} matched, ${final.counts.rejected} rejected`);
  await context.directus.deleteFile(list.file);
  return { message: final.summary.split('\n')[0]!, counts: final.counts };
}

async function readRows(bytes: Uint8Array, today: string): Promise<SourceRows> {
  const rows: Array<{ row: number; cells: CellValue[] }> = [];
  try {
    for await (const row of readSpreadsheet(bytes)) rows.push(row);
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return { status: 'refused', refusal: error.refusal.message, entries: [], rejected: [], rows_read: 0 };
    throw error;
  }
  return readSourceRows(rows, today);
}

async function gatherMatches(knex: Knex, read: SourceRows) {
  const signalsByBsn = new Map<string, string[]>();
  const signalsByTenantKey = new Map<string, string[]>();
  const bsns = [...new Set(read.entries.flatMap((e) => (e.bsn ? [e.bsn] : [])))];
  const keys = [...new Set(read.entries.flatMap((e) => (e.tenant_key ? [e.tenant_key] : [])))];
  for (const batch of chunks(bsns)) {
    for (const row of (await knex('signals').select('id', 'bsn').whereIn('bsn', batch)) as Array<{ id: string; bsn: string }>) signalsByBsn.set(row.bsn, [...(signalsByBsn.get(row.bsn) ?? []), row.id]);
  }
  for (const batch of chunks(keys)) {
    for (const row of (await knex('signals').select('id', 'tenant_key').whereIn('tenant_key', batch)) as Array<{ id: string; tenant_key: string }>) signalsByTenantKey.set(row.tenant_key, [...(signalsByTenantKey.get(row.tenant_key) ?? []), row.id]);
  }
  return { signalsByBsn, signalsByTenantKey };
}

async function gatherOtherFacts(knex: Knex, signals: string[], kind: SourceKind) {
  const facts = new Map<string, StoredFact[]>();
  for (const batch of chunks(signals)) {
    const rows = (await knex('signal_facts').select('signal', 'fact', 'value').whereIn('signal', batch).andWhereNot({ source_kind: kind })) as Array<StoredFact & { signal: string }>;
    for (const { signal, fact, value } of rows) facts.set(signal, [...(facts.get(signal) ?? []), { fact, value }]);
  }
  return facts;
}

async function refuse(knex: Knex, id: string, message: string) {
  await knex('source_lists').update({ status: 'refused', summary: `Geweigerd: ${message} Er is niets opgeslagen.`, error_report: JSON.stringify([{ row: null, column: null, message }]) }).where({ id });
}

function isoDate(value: string | number | Date): string {
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}
